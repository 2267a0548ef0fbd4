#include "Commands.h"

#include "csv/CsvWriter.h"
#include "domain/Money.h"
#include "domain/Rules.h"
#include "store/Config.h"
#include "services/InsightService.h"
#include "services/OrderService.h"
#include "services/ShippingService.h"

namespace bd::cli {

namespace {

class ShipCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("ship"); }
    QString description() const override { return tr("Ship what is allocated for an order."); }
    QString synopsis() const override { return QStringLiteral("ORDER [--partial] [--allow-unpaid] [--tracking T]"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption partial(QStringLiteral("partial"),
                                         tr("ship what is allocated now although units still wait"));
        const QCommandLineOption unpaid(QStringLiteral("allow-unpaid"), tr("ship although payment is not captured"));
        const QCommandLineOption tracking(QStringLiteral("tracking"), tr("parcel tracking number"), QStringLiteral("T"));
        parser.addOptions({partial, unpaid, tracking});
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 1))
            return status;
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const core::Result<services::Shipment> shipment = services::ShippingService(*shop).ship(
            parser.positionalArguments().constFirst(),
            services::ShipOptions{parser.isSet(partial), parser.isSet(unpaid), parser.value(tracking)});
        if (!shipment)
            return context.fail(shipment.errors());
        context.out << (shipment->partial ? tr("Order %1: partial shipment (extra shipping cost waived)")
                                          : tr("Order %1: shipped complete"))
                           .arg(shipment->orderNumber)
                    << Qt::endl;
        for (const services::ShippedLine& line : shipment->lines)
            context.out << tr("  %1 x %2 shipped now, %3 before, %4 still to come")
                               .arg(line.qty)
                               .arg(line.sku)
                               .arg(line.shippedBefore)
                               .arg(line.stillToCome)
                        << Qt::endl;
        return Success;
    }
};

class CancelCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("cancel"); }
    QString description() const override
    {
        return tr("Cancel an order or one line of it; released units go to the next in line.");
    }
    QString synopsis() const override { return QStringLiteral("ORDER [--sku SKU] [--reason R] [--message M]"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption sku(QStringLiteral("sku"), tr("cancel only this item's line"), QStringLiteral("SKU"));
        const QCommandLineOption reason(QStringLiteral("reason"),
                                        tr("why it is cancelled, for the shop's records (never sent)"),
                                        QStringLiteral("R"));
        const QCommandLineOption message(QStringLiteral("message"),
                                         tr("a message to the customer, in the cancellation e-mail"),
                                         QStringLiteral("M"));
        parser.addOptions({sku, reason, message});
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 1))
            return status;
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const QString order = parser.positionalArguments().constFirst();
        const core::Status done = services::OrderService(*shop).cancel(order, parser.value(sku), parser.value(reason),
                                                                            parser.value(message));
        if (!done.ok())
            return context.fail(done.errors());
        context.out << (parser.isSet(sku) ? tr("Order %1: %2 cancelled").arg(order, parser.value(sku))
                                          : tr("Order %1 cancelled").arg(order))
                    << Qt::endl;
        return Success;
    }
};

class PriorityCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("priority"); }
    QString description() const override { return tr("Move a waiting order to the front of the queue (or back)."); }
    QString synopsis() const override { return QStringLiteral("ORDER (--reason R | --clear)"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption reason(QStringLiteral("reason"), tr("why it goes first"), QStringLiteral("R"));
        const QCommandLineOption clear(QStringLiteral("clear"), tr("take the priority away again"));
        parser.addOptions({reason, clear});
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 1))
            return status;
        if (parser.isSet(reason) == parser.isSet(clear)) {
            context.err << tr("priority: give either --reason R or --clear") << Qt::endl;
            return UsageError;
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const QString order = parser.positionalArguments().constFirst();
        const core::Status done =
            services::OrderService(*shop).setPriority(order, !parser.isSet(clear), parser.value(reason));
        if (!done.ok())
            return context.fail(done.errors());
        context.out << (parser.isSet(clear) ? tr("Order %1: back in its place in the queue")
                                            : tr("Order %1: moved to the front of the queue"))
                           .arg(order)
                    << Qt::endl;
        return Success;
    }
};

class PaymentCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("payment"); }
    QString description() const override
    {
        return tr("Record an order's payment state: none, verified, authorized or captured.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("ORDER STATE [--card-last4 NNNN] [--card-expiry YYYY-MM] [--authorized-at ISO]");
    }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption last4(QStringLiteral("card-last4"), tr("last four digits of the card"),
                                       QStringLiteral("NNNN"));
        const QCommandLineOption expiry(QStringLiteral("card-expiry"), tr("card expiry month"), QStringLiteral("YYYY-MM"));
        const QCommandLineOption authorizedAt(QStringLiteral("authorized-at"), tr("when the authorization was taken"),
                                              QStringLiteral("ISO"));
        parser.addOptions({last4, expiry, authorizedAt});
        int status = Success;
        if (!parse(parser, context, args, &status, 2, 2))
            return status;
        const QString stateText = parser.positionalArguments()[1];
        const std::optional<domain::PaymentState> state = domain::parsePaymentState(stateText);
        if (!state || stateText.isEmpty())
            return context.fail(tr("payment: STATE is none, verified, authorized or captured, not '%1'").arg(stateText));
        services::PaymentUpdate update;
        update.state = *state;
        if (parser.isSet(last4))
            update.cardLast4 = parser.value(last4);
        if (parser.isSet(expiry))
            update.cardExpiry = parser.value(expiry);
        if (parser.isSet(authorizedAt)) {
            update.authorizedAt = core::parseIsoDateTime(parser.value(authorizedAt));
            if (!update.authorizedAt.isValid())
                return context.fail(tr("payment: --authorized-at '%1' is not an ISO 8601 date and time")
                                        .arg(parser.value(authorizedAt)));
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const QString order = parser.positionalArguments()[0];
        const core::Status done = services::OrderService(*shop).setPayment(order, update);
        if (!done.ok())
            return context.fail(done.errors());
        context.out << tr("Order %1: payment %2").arg(order, domain::toString(*state)) << Qt::endl;
        return Success;
    }
};

class RiskCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("risk"); }
    QString description() const override
    {
        return tr("List payments at risk before the promised date, and orders to capture, as CSV.");
    }
    QString synopsis() const override { return QStringLiteral("[-o FILE]"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption output(QStringLiteral("o"), tr("write to FILE instead of the screen"), QStringLiteral("FILE"));
        parser.addOption(output);
        int status = Success;
        if (!parse(parser, context, args, &status))
            return status;
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        QList<QStringList> table{{QStringLiteral("list"), QStringLiteral("order_number"), QStringLiteral("customer_email"),
                                  QStringLiteral("payment_state"), QStringLiteral("lapse_date"),
                                  QStringLiteral("promised_date"), QStringLiteral("reason")}};
        const core::Result<QList<services::RiskRow>> risks = services::InsightService(*shop).paymentRisk();
        if (!risks)
            return context.fail(risks.errors());
        for (const services::RiskRow& r : risks.value())
            table << QStringList{r.list, r.orderNumber, r.customerEmail, domain::toString(r.payment),
                                 core::toIso(r.lapseDate), core::toIso(r.promisedDate), r.reason};
        return writeOutput(context, parser.value(output), csv::toCsv(table));
    }
};

class CouponCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("coupon"); }
    QString description() const override { return tr("Issue a discount code to a customer as goodwill."); }
    QString synopsis() const override { return QStringLiteral("issue EMAIL (--percent P | --amount A) --reason R"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption percent(QStringLiteral("percent"), tr("percent off"), QStringLiteral("P"));
        const QCommandLineOption amount(QStringLiteral("amount"), tr("amount off, e.g. 10.00"), QStringLiteral("A"));
        const QCommandLineOption reason(QStringLiteral("reason"), tr("why the customer gets it"), QStringLiteral("R"));
        parser.addOptions({percent, amount, reason});
        int status = Success;
        if (!parse(parser, context, args, &status, 2, 2))
            return status;
        if (parser.positionalArguments()[0] != QLatin1String("issue")) {
            context.err << tr("coupon: usage: backorderdesk-cli coupon %1").arg(synopsis()) << Qt::endl;
            return UsageError;
        }
        services::CouponRequest request;
        request.customerEmail = parser.positionalArguments()[1];
        request.reason = parser.value(reason);
        if (parser.isSet(percent)) {
            bool ok = false;
            request.percent = parser.value(percent).toInt(&ok);
            if (!ok)
                return context.fail(tr("coupon: --percent must be a whole number, not '%1'").arg(parser.value(percent)));
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        if (parser.isSet(amount)) {
            // In the shop's currency, with its decimals (10.00 EUR, 1000 JPY).
            const QString currency = shop->config().text(store::settings::ShopCurrency);
            request.amountMinor = domain::parseAmount(parser.value(amount), currency);
            if (!request.amountMinor)
                return context.fail(tr("coupon: --amount '%1' is not an amount in %2 such as %3")
                                        .arg(parser.value(amount), currency, domain::Money{1000, currency}.plain()));
        }
        const core::Result<QString> code = services::InsightService(*shop).issueCoupon(request);
        if (!code)
            return context.fail(code.errors());
        context.out << code.value() << Qt::endl;
        return Success;
    }
};

class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString description() const override { return tr("What happened to an order or an item, oldest first, as CSV."); }
    QString synopsis() const override { return QStringLiteral("(--order ORDER | --sku SKU)"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption order(QStringLiteral("order"), tr("an order"), QStringLiteral("ORDER"));
        const QCommandLineOption sku(QStringLiteral("sku"), tr("an item"), QStringLiteral("SKU"));
        parser.addOptions({order, sku});
        int status = Success;
        if (!parse(parser, context, args, &status))
            return status;
        if (parser.isSet(order) == parser.isSet(sku)) {
            context.err << tr("history: give either --order or --sku") << Qt::endl;
            return UsageError;
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const core::Result<QList<domain::Event>> events
            = services::InsightService(*shop).history(parser.value(order), parser.value(sku));
        if (!events)
            return context.fail(events.errors());
        QList<QStringList> table{{QStringLiteral("at"), QStringLiteral("event"), QStringLiteral("order_number"),
                                  QStringLiteral("sku"), QStringLiteral("details")}};
        for (const domain::Event& e : events.value())
            table << QStringList{core::toIso(e.at), e.kind, e.orderNumber, e.sku, e.details};
        return writeOutput(context, QString(), csv::toCsv(table));
    }
};

} // namespace

void addOrderCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ShipCommand>());
    commands.push_back(std::make_unique<CancelCommand>());
    commands.push_back(std::make_unique<PriorityCommand>());
    commands.push_back(std::make_unique<PaymentCommand>());
    commands.push_back(std::make_unique<RiskCommand>());
    commands.push_back(std::make_unique<CouponCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
}

} // namespace bd::cli
