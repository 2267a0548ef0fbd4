#include "Commands.h"

#include "csv/CsvWriter.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"

namespace bd::cli {

namespace {

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override
    {
        return tr("Import a CSV file, all or nothing: items, customers, orders, purchase-orders or receipts.");
    }
    QString synopsis() const override { return QStringLiteral("KIND FILE [--format native] [--dry-run] [--complete-only]"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("check the file and the rules, change nothing"));
        const QCommandLineOption format(QStringLiteral("format"), tr("file format: native"), QStringLiteral("FORMAT"),
                                        QStringLiteral("native"));
        const QCommandLineOption completeOnly(QStringLiteral("complete-only"),
                                              tr("receipts: allocate only to orders that thereby become complete"));
        parser.addOptions({dryRun, format, completeOnly});
        int status = Success;
        if (!parse(parser, context, args, &status, 2, 2))
            return status;
        const QString kindName = parser.positionalArguments()[0];
        const std::optional<csv::Importer::Kind> kind = csv::Importer::parseKind(kindName);
        if (!kind)
            return context.fail(tr("import: KIND is one of %1, not '%2'")
                                    .arg(csv::Importer::kindNames().join(QStringLiteral(", ")), kindName));
        if (parser.value(format) != QLatin1String("native"))
            return context.fail(tr("import: format '%1' is not supported yet; use native").arg(parser.value(format)));
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const QString file = parser.positionalArguments()[1];
        const core::Result<csv::Importer::Report> report =
            csv::Importer(*shop).import(*kind, file, parser.isSet(dryRun), parser.isSet(completeOnly));
        if (!report)
            return context.fail(report.errors());
        for (const QString& warning : report->warnings)
            context.err << tr("warning: %1").arg(warning) << Qt::endl;
        context.out << (parser.isSet(dryRun) ? tr("%1: %2 rows checked, %3 %4 would be imported; nothing was changed")
                                             : tr("%1: %2 rows read, %3 %4 imported"))
                           .arg(file)
                           .arg(report->rows)
                           .arg(report->records)
                           .arg(kindName)
                    << Qt::endl;
        return Success;
    }
};

class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override
    {
        return tr("Export as CSV: items, customers, orders, waiting or coupons.");
    }
    QString synopsis() const override { return QStringLiteral("KIND [-o FILE] [--format native]"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption output(QStringLiteral("o"), tr("write to FILE instead of the screen"), QStringLiteral("FILE"));
        const QCommandLineOption format(QStringLiteral("format"), tr("file format: native"), QStringLiteral("FORMAT"),
                                        QStringLiteral("native"));
        parser.addOptions({output, format});
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 1))
            return status;
        const QString kindName = parser.positionalArguments()[0];
        const std::optional<csv::Exporter::Kind> kind = csv::Exporter::parseKind(kindName);
        if (!kind)
            return context.fail(tr("export: KIND is one of %1, not '%2'")
                                    .arg(csv::Exporter::kindNames().join(QStringLiteral(", ")), kindName));
        if (parser.value(format) != QLatin1String("native"))
            return context.fail(tr("export: format '%1' is not supported yet; use native").arg(parser.value(format)));
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        return writeOutput(context, parser.value(output), csv::Exporter(*shop).exportCsv(*kind));
    }
};

} // namespace

void addDataCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
}

} // namespace bd::cli
