#include "Commands.h"

#include "csv/CsvWriter.h"
#include "csv/Importer.h"
#include "services/StockService.h"

namespace bd::cli {

namespace {

QByteArray crossDockCsv(const QList<domain::CrossDockRow>& rows)
{
    QList<QStringList> table{{QStringLiteral("reference"), QStringLiteral("sku"), QStringLiteral("order_number"),
                              QStringLiteral("customer_email"), QStringLiteral("qty"), QStringLiteral("destination")}};
    for (const domain::CrossDockRow& r : rows)
        table << QStringList{r.reference, r.sku, r.orderNumber, r.customerEmail, QString::number(r.qty), r.destination};
    return csv::toCsv(table);
}

bool parseCount(const QString& text, int* value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok;
}

class ReceiveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("receive"); }
    QString description() const override
    {
        return tr("Receive stock: waiting orders are served first; prints the cross-dock list as CSV.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("(--sku SKU --qty N [--ref REF] [--po PO] | --file receipts.csv) [--complete-only] "
                              "[--preview]");
    }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption sku(QStringLiteral("sku"), tr("the item received"), QStringLiteral("SKU"));
        const QCommandLineOption qty(QStringLiteral("qty"), tr("units received"), QStringLiteral("N"));
        const QCommandLineOption ref(QStringLiteral("ref"), tr("delivery reference"), QStringLiteral("REF"));
        const QCommandLineOption po(QStringLiteral("po"), tr("the purchase order it arrived on"), QStringLiteral("PO"));
        const QCommandLineOption file(QStringLiteral("file"), tr("receipts CSV: received_at,sku,qty,reference"),
                                      QStringLiteral("FILE"));
        const QCommandLineOption completeOnly(QStringLiteral("complete-only"),
                                              tr("allocate only to orders that thereby become complete"));
        const QCommandLineOption preview(QStringLiteral("preview"), tr("show the cross-dock list, change nothing"));
        parser.addOptions({sku, qty, ref, po, file, completeOnly, preview});
        int status = Success;
        if (!parse(parser, context, args, &status))
            return status;
        QList<services::ReceiveRequest> requests;
        services::ReceiveOptions options;
        options.completeOnly = parser.isSet(completeOnly);
        options.preview = parser.isSet(preview);
        if (parser.isSet(file)) {
            if (parser.isSet(sku) || parser.isSet(qty)) {
                context.err << tr("receive: give either --file or --sku and --qty") << Qt::endl;
                return UsageError;
            }
            options.sourceFile = parser.value(file);
            services::Shop* shop = context.shop();
            if (!shop)
                return Failure;
            core::Result<QList<services::ReceiveRequest>> read = csv::Importer(*shop).readReceipts(parser.value(file));
            if (!read)
                return context.fail(read.errors());
            requests = read.takeValue();
        } else {
            if (!parser.isSet(sku) || !parser.isSet(qty)) {
                context.err << tr("receive: usage: backorderdesk-cli receive %1").arg(synopsis()) << Qt::endl;
                return UsageError;
            }
            int n = 0;
            if (!parseCount(parser.value(qty), &n) || n <= 0)
                return context.fail(tr("receive: --qty must be a whole number above 0, not '%1'").arg(parser.value(qty)));
            requests << services::ReceiveRequest{parser.value(sku), n, parser.value(ref), parser.value(po), {}, 0};
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const core::Result<QList<domain::CrossDockRow>> rows = services::StockService(*shop).receive(requests, options);
        if (!rows)
            return context.fail(rows.errors());
        if (options.preview)
            context.err << tr("preview: this is what receiving would do; nothing was saved") << Qt::endl;
        return writeOutput(context, QString(), crossDockCsv(rows.value()));
    }
};

class ReturnCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("return"); }
    QString description() const override { return tr("Take shipped units back into stock; they serve the queue first."); }
    QString synopsis() const override { return QStringLiteral("ORDER --sku SKU --qty N [--reason R]"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption sku(QStringLiteral("sku"), tr("the item coming back"), QStringLiteral("SKU"));
        const QCommandLineOption qty(QStringLiteral("qty"), tr("units coming back"), QStringLiteral("N"));
        const QCommandLineOption reason(QStringLiteral("reason"), tr("why it came back"), QStringLiteral("R"));
        parser.addOptions({sku, qty, reason});
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 1))
            return status;
        int n = 0;
        if (!parser.isSet(sku) || !parseCount(parser.value(qty), &n))
            return context.fail(tr("return: --sku and a whole-number --qty are needed"));
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const QString order = parser.positionalArguments().constFirst();
        const core::Status done = services::StockService(*shop).returnUnits(order, parser.value(sku), n, parser.value(reason));
        if (!done.ok())
            return context.fail(done.errors());
        context.out << tr("Order %1: %2 x %3 back in stock").arg(order).arg(n).arg(parser.value(sku)) << Qt::endl;
        return Success;
    }
};

class AdjustCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("adjust"); }
    QString description() const override { return tr("Correct the stock of an item after a count, with a reason."); }
    QString synopsis() const override { return QStringLiteral("SKU DELTA --reason R"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption reason(QStringLiteral("reason"), tr("why the stock changes"), QStringLiteral("R"));
        parser.addOption(reason);
        int status = Success;
        if (!parse(parser, context, args, &status, 2, 2))
            return status;
        int delta = 0;
        if (!parseCount(parser.positionalArguments()[1], &delta))
            return context.fail(tr("adjust: DELTA must be a whole number such as 5 or -3, not '%1'")
                                    .arg(parser.positionalArguments()[1]));
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const QString sku = parser.positionalArguments()[0];
        const core::Status done = services::StockService(*shop).adjust(sku, delta, parser.value(reason));
        if (!done.ok())
            return context.fail(done.errors());
        context.out << tr("%1: stock %2%3").arg(sku, delta > 0 ? QStringLiteral("+") : QString()).arg(delta) << Qt::endl;
        return Success;
    }
};

class EtaCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("eta"); }
    QString description() const override { return tr("Set an item's expected date (YYYY-MM-DD, or none)."); }
    QString synopsis() const override { return QStringLiteral("SKU DATE|none"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        int status = Success;
        if (!parse(parser, context, args, &status, 2, 2))
            return status;
        const QString sku = parser.positionalArguments()[0];
        const QString text = parser.positionalArguments()[1];
        QDate date;
        if (text != QLatin1String("none")) {
            date = core::parseIsoDate(text);
            if (!date.isValid())
                return context.fail(tr("eta: '%1' is not a date in the form YYYY-MM-DD (or none)").arg(text));
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const core::Status done = services::StockService(*shop).setExpectedDate(sku, date);
        if (!done.ok())
            return context.fail(done.errors());
        context.out << tr("%1: expected %2").arg(sku, date.isValid() ? core::toIso(date) : tr("date unknown")) << Qt::endl;
        return Success;
    }
};

} // namespace

void addStockCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ReceiveCommand>());
    commands.push_back(std::make_unique<ReturnCommand>());
    commands.push_back(std::make_unique<AdjustCommand>());
    commands.push_back(std::make_unique<EtaCommand>());
}

} // namespace bd::cli
