#include "EventPhrases.h"

#include "domain/LocaleFormat.h"
#include "domain/Rules.h"
#include "models/ItemsModel.h"
#include "models/OrdersModel.h"

#include <QRegularExpression>

namespace bd::ui {

QString EventPhrases::payment(const QString& state)
{
    const std::optional<domain::PaymentState> parsed = domain::parsePaymentState(state);
    return parsed ? OrdersModel::paymentName(*parsed) : state;
}

QString EventPhrases::kind(const domain::Event& e)
{
    const QString& k = e.kind;
    if (k == QLatin1String("placed"))
        return tr("Order placed");
    if (k == QLatin1String("backordered"))
        return tr("On backorder");
    if (k == QLatin1String("allocated"))
        return tr("Stock allocated");
    if (k == QLatin1String("ready"))
        return tr("Ready to ship");
    if (k == QLatin1String("shipped"))
        return tr("Shipped");
    if (k == QLatin1String("shipped partly"))
        return tr("Shipped in part");
    if (k == QLatin1String("shipped by the shop"))
        return tr("Shipped by the web shop");
    if (k == QLatin1String("cancelled"))
        return e.sku.isEmpty() ? tr("Message to the customer") : tr("Cancelled");
    if (k == QLatin1String("returned"))
        return tr("Returned");
    if (k == QLatin1String("payment"))
        return tr("Payment recorded");
    if (k == QLatin1String("priority set"))
        return tr("Moved to the front");
    if (k == QLatin1String("priority cleared"))
        return tr("Back in its place in line");
    if (k == QLatin1String("hold until complete"))
        return tr("Held until complete");
    if (k == QLatin1String("hold released"))
        return tr("May ship in parts");
    if (k == QLatin1String("date slipped"))
        return tr("Promised date moved");
    if (k == QLatin1String("coupon"))
        return tr("Coupon issued");
    if (k == QLatin1String("goodwill coupon"))
        return tr("Goodwill coupon for the wait");
    if (k == QLatin1String("stock update"))
        return tr("Told where its stock is");
    if (k == QLatin1String("po stage"))
        return tr("Purchase order stage");
    if (k == QLatin1String("related items"))
        return tr("Related items set");
    if (k == QLatin1String("item created"))
        return tr("Item created");
    if (k == QLatin1String("item changed"))
        return tr("Item changed");
    if (k == QLatin1String("received"))
        return tr("Stock received");
    if (k == QLatin1String("adjusted"))
        return tr("Stock counted");
    if (k == QLatin1String("expected date"))
        return tr("Expected date set");
    if (k == QLatin1String("purchase order"))
        return tr("On a purchase order");
    if (k == QLatin1String("items imported"))
        return tr("Items imported");
    QString sentence = k;
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

QString EventPhrases::details(const domain::Event& e)
{
    const QString& k = e.kind;
    const QString& d = e.details;
    const QLocale locale;
    if (k == QLatin1String("payment"))
        return payment(d);
    if (k == QLatin1String("ready") && d == QLatin1String("every unit is allocated"))
        return tr("every unit is allocated");
    if (k == QLatin1String("placed")) {
        static const QRegularExpression re(QStringLiteral("^(\\d+) lines, (\\d+) units waiting$"));
        if (const QRegularExpressionMatch m = re.match(d); m.hasMatch())
            return tr("%n line(s)", nullptr, m.captured(1).toInt()) + QStringLiteral(", ")
                + tr("%n unit(s) waiting", nullptr, m.captured(2).toInt());
    }
    if (k == QLatin1String("backordered")) {
        static const QRegularExpression re(QStringLiteral("^(\\d+) of (\\d+) x (.+) wait$"));
        if (const QRegularExpressionMatch m = re.match(d); m.hasMatch())
            return tr("%1 of %2 × %3 wait for stock")
                .arg(locale.toString(m.captured(1).toInt()), locale.toString(m.captured(2).toInt()), m.captured(3));
    }
    if (k == QLatin1String("allocated")) {
        static const QRegularExpression re(QStringLiteral("^(\\d+) x (.+) from (receipt|release|return|adjustment)$"));
        if (const QRegularExpressionMatch m = re.match(d); m.hasMatch()) {
            const QString source = m.captured(3);
            const QString from = source == QLatin1String("receipt") ? tr("from a receipt")
                : source == QLatin1String("release")                ? tr("released by a cancellation")
                : source == QLatin1String("return")                 ? tr("from a return")
                                                                    : tr("from a stock count");
            return tr("%1 × %2 %3").arg(locale.toString(m.captured(1).toInt()), m.captured(2), from);
        }
    }
    if (k == QLatin1String("shipped") || k == QLatin1String("shipped partly")) {
        static const QRegularExpression beforeCapture(QStringLiteral("^shipped before payment was captured \\((.*)\\)$"));
        QStringList parts;
        for (const QString& part : d.split(QStringLiteral("; "))) {
            if (part == QLatin1String("complete"))
                parts << tr("complete");
            else if (part == QLatin1String("partial shipment, extra shipping cost waived"))
                parts << tr("partial shipment, extra shipping cost waived");
            else if (part.startsWith(QLatin1String("tracking ")))
                parts << tr("tracking %1").arg(part.mid(9));
            else if (const QRegularExpressionMatch m = beforeCapture.match(part); m.hasMatch())
                parts << tr("shipped before payment was captured (%1)").arg(payment(m.captured(1)));
            else
                parts << part;
        }
        return parts.join(QStringLiteral("; "));
    }
    if (k == QLatin1String("expected date")) {
        const QDate date = QDate::fromString(d, Qt::ISODate);
        if (date.isValid())
            return domain::LocaleFormat().date(date);
        if (d == QLatin1String("none"))
            return tr("not known");
    }
    if (k == QLatin1String("item created")) {
        if (const std::optional<domain::Policy> policy = domain::parsePolicy(d))
            return ItemsModel::policyName(*policy);
    }
    if (k == QLatin1String("purchase order")) {
        static const QRegularExpression re(QStringLiteral("^(.+): (\\d+) due (\\d{4}-\\d{2}-\\d{2}|unknown)$"));
        if (const QRegularExpressionMatch m = re.match(d); m.hasMatch()) {
            const QDate due = QDate::fromString(m.captured(3), Qt::ISODate);
            return tr("%1: %2 due %3")
                .arg(m.captured(1), locale.toString(m.captured(2).toInt()),
                     due.isValid() ? domain::LocaleFormat().date(due) : tr("not known"));
        }
    }
    if (k == QLatin1String("date slipped")) {
        if (const std::optional<domain::DateSlip> slip = domain::parseSlipDetails(d)) {
            QString said = tr("promised %1, now %2")
                               .arg(domain::LocaleFormat().date(slip->was),
                                    slip->now.isValid() ? domain::LocaleFormat().date(slip->now) : tr("not known"));
            if (slip->cause == QLatin1String("supplier"))
                said += tr(": the supplier is late");
            else if (slip->cause == QLatin1String("queue"))
                said += tr(": an order was moved to the front");
            return said;
        }
    }
    return d;
}

} // namespace bd::ui
