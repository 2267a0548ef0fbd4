#include "Commands.h"

#include "store/Backup.h"

#include <QDir>
#include <QFileInfo>

namespace bd::cli {

namespace {

class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString description() const override
    {
        return tr("Write a copy of the shop to FILE; safe while the window or a cron job uses it.");
    }
    QString synopsis() const override { return QStringLiteral("FILE"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("the backup file to write (must not exist)"));
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 1))
            return status;
        const QString target = parser.positionalArguments()[0];
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        if (core::Status s = store::Backup::backup(shop->db(), target); !s.ok())
            return context.fail(s.errors());
        context.out << tr("%1: backed up to %2").arg(context.dbPath, target) << Qt::endl;
        return Success;
    }
};

class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString description() const override
    {
        return tr("Replace the shop with a backup FILE; the current file is kept aside.");
    }
    QString synopsis() const override { return QStringLiteral("FILE [--yes]"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("the backup file to restore"));
        const QCommandLineOption yes(QStringLiteral("yes"), tr("replace the shop without asking"));
        parser.addOption(yes);
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 1))
            return status;
        const QString source = parser.positionalArguments()[0];
        if (!parser.isSet(yes)) {
            context.err << tr("restore: this replaces the shop %1 with %2 (the current file is kept aside); "
                              "add --yes to do it")
                               .arg(QDir::toNativeSeparators(context.dbPath),
                                    QDir::toNativeSeparators(source))
                        << Qt::endl;
            return UsageError;
        }
        const core::Result<store::Backup::Restored> restored
            = store::Backup::restore(source, context.dbPath, context.clock->now());
        if (!restored)
            return context.fail(restored.errors());
        if (restored->keptAside.isEmpty())
            context.out << tr("%1: restored from %2").arg(context.dbPath, source) << Qt::endl;
        else
            context.out << tr("%1: restored from %2; the replaced file is kept as %3")
                               .arg(context.dbPath, source, restored->keptAside)
                        << Qt::endl;
        return Success;
    }
};

} // namespace

void addBackupCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
}

} // namespace bd::cli
