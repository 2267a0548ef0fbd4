#include "Commands.h"

#include "demo/DemoShop.h"
#include "services/InsightService.h"
#include "store/Config.h"

namespace bd::cli {

namespace {

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override { return tr("Create the shop database, or bring it to this version."); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        int status = Success;
        if (!parse(parser, context, args, &status))
            return status;
        services::Shop* shop = context.shop(CliContext::Open::Create);
        if (!shop)
            return Failure;
        const store::Database& db = shop->db();
        if (!db.backupPath().isEmpty())
            context.out << tr("%1: upgraded to schema version %2; the previous file was kept as %3")
                               .arg(db.path())
                               .arg(db.version())
                               .arg(db.backupPath())
                        << Qt::endl;
        else
            context.out << tr("%1: ready (schema version %2)").arg(db.path()).arg(db.version()) << Qt::endl;
        return Success;
    }
};

class ConfigCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("config"); }
    QString description() const override { return tr("Read or change a setting (shop name, sender, smtp.host, ...)."); }
    QString synopsis() const override { return QStringLiteral("get KEY | set KEY VALUE | list"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 3))
            return status;
        const QStringList words = parser.positionalArguments();
        const QString& action = words[0];
        const bool shape = (action == QLatin1String("get") && words.size() == 2)
                           || (action == QLatin1String("set") && words.size() == 3)
                           || (action == QLatin1String("list") && words.size() == 1);
        if (!shape) {
            context.err << tr("config: usage: backorderdesk-cli config %1").arg(synopsis()) << Qt::endl;
            return UsageError;
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        store::Config& config = shop->config();
        if (action == QLatin1String("list")) {
            const auto values = config.all();
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                context.out << it.key() << QStringLiteral(" = ") << it.value() << Qt::endl;
            return Success;
        }
        if (action == QLatin1String("get")) {
            const core::Result<QString> value = config.get(words[1]);
            if (!value)
                return context.fail(value.errors());
            context.out << value.value() << Qt::endl;
            return Success;
        }
        const core::Status set = config.set(words[1], words[2]);
        if (!set.ok())
            return context.fail(set.errors());
        return Success;
    }
};

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString description() const override { return tr("Fill an empty database with a sample shop."); }
    QString synopsis() const override { return QStringLiteral("[--size small|large] [--seed N]"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption size(QStringLiteral("size"), tr("small (40 items) or large (20,000 items, "
                                                                 "1,000,000 order lines)"),
                                      QStringLiteral("SIZE"), QStringLiteral("small"));
        const QCommandLineOption seed(QStringLiteral("seed"), tr("the same seed makes the same shop"),
                                      QStringLiteral("N"), QStringLiteral("1"));
        parser.addOptions({size, seed});
        int status = Success;
        if (!parse(parser, context, args, &status))
            return status;
        demo::DemoOptions options;
        const QString sizeName = parser.value(size);
        if (sizeName == QLatin1String("large"))
            options.size = demo::DemoOptions::Size::Large;
        else if (sizeName != QLatin1String("small"))
            return context.fail(tr("demo: --size is small or large, not '%1'").arg(sizeName));
        bool ok = false;
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return context.fail(tr("demo: --seed must be a whole number, not '%1'").arg(parser.value(seed)));
        options.now = context.clock->now();
        services::Shop* shop = context.shop(CliContext::Open::Create);
        if (!shop)
            return Failure;
        const core::Result<demo::DemoSummary> summary = demo::DemoShop::build(shop->db(), options);
        if (!summary)
            return context.fail(summary.errors());
        context.out << tr("Sample shop in %1: %2 items, %3 customers, %4 orders with %5 lines, %6 lines waiting, "
                          "%7 purchase orders")
                           .arg(shop->db().path())
                           .arg(summary->items)
                           .arg(summary->customers)
                           .arg(summary->orders)
                           .arg(summary->orderLines)
                           .arg(summary->waitingLines)
                           .arg(summary->purchaseOrders)
                    << Qt::endl;
        return Success;
    }
};

class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString description() const override { return tr("Verify the stock ledger, allocations and order lines."); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        int status = Success;
        if (!parse(parser, context, args, &status))
            return status;
        services::Shop* shop = context.shop(CliContext::Open::Verify);
        if (!shop)
            return Failure;
        const core::Result<services::CheckReport> checked = services::InsightService(*shop).check();
        if (!checked)
            return context.fail(checked.errors());
        const services::CheckReport& report = checked.value();
        if (!report.ok()) {
            for (const QString& problem : report.problems)
                context.err << problem << Qt::endl;
            return Failure;
        }
        context.out << tr("OK: %1 items; on hand equals the ledger, allocations and waiting units equal the order "
                          "lines.")
                           .arg(report.items)
                    << Qt::endl;
        return Success;
    }
};

} // namespace

void addSetupCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<ConfigCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
}

} // namespace bd::cli
