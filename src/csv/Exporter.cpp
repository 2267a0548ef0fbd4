#include "Exporter.h"

#include "csv/CsvWriter.h"
#include "csv/formats/Formats.h"
#include "csv/formats/StockCounts.h"
#include "domain/Availability.h"
#include "domain/Money.h"
#include "domain/Rules.h"
#include "domain/SupplyStage.h"
#include "store/Config.h"
#include "store/CustomerStore.h"
#include "store/ItemStore.h"
#include "store/OrderStore.h"
#include "store/PurchaseStore.h"
#include "store/QueueStore.h"

#include <QBuffer>
#include <QLocale>
#include <QRegularExpression>

using namespace bd::domain;

namespace bd::csv {

std::optional<Exporter::Kind> Exporter::parseKind(const QString& name)
{
    if (name == QLatin1String("items"))
        return Kind::Items;
    if (name == QLatin1String("customers"))
        return Kind::Customers;
    if (name == QLatin1String("orders"))
        return Kind::Orders;
    if (name == QLatin1String("waiting"))
        return Kind::Waiting;
    if (name == QLatin1String("coupons"))
        return Kind::Coupons;
    if (name == QLatin1String("availability"))
        return Kind::Availability;
    if (name == QLatin1String("stock"))
        return Kind::Stock;
    return std::nullopt;
}

const ItemFormat* Exporter::itemFormat(const QString& name)
{
    return static_cast<const ItemFormat*>(findFormat(name, DataKind::Items));
}

bool Exporter::supports(const QString& format, Kind kind)
{
    if (kind == Kind::Items || kind == Kind::Availability)
        return itemFormat(format) != nullptr;
    if (kind == Kind::Stock)
        return findFormat(format, DataKind::Stock) != nullptr;
    return format == QLatin1String("native");
}

QStringList Exporter::formatNames(Kind kind)
{
    if (kind == Kind::Items || kind == Kind::Availability)
        return csv::formatNames(DataKind::Items);
    if (kind == Kind::Stock)
        return csv::formatNames(DataKind::Stock);
    return {QStringLiteral("native")};
}

QString Exporter::statusName(Availability status)
{
    switch (status) {
    case Availability::InStock:
        return QStringLiteral("in_stock");
    case Availability::Backorder:
        return QStringLiteral("backorder");
    case Availability::Preorder:
        return QStringLiteral("preorder");
    case Availability::SoldOut:
        return QStringLiteral("sold_out");
    }
    return {};
}

Exporter::ItemAvailability Exporter::availabilityOf(const Item& item, const QDate& today, const QString& stage)
{
    // The status is the domain's one rule; the feed tells an untracked item as in stock.
    const domain::Availability rule = domain::availability(item, today);
    ItemAvailability a;
    a.tracked = item.tracked;
    a.available = rule.available;
    a.expected = rule.expected;
    switch (rule.status) {
    case ItemStatus::InStock:
    case ItemStatus::NotTracked:
        a.status = Availability::InStock;
        break;
    case ItemStatus::Backorder:
        a.status = Availability::Backorder;
        break;
    case ItemStatus::Preorder:
        a.status = Availability::Preorder;
        break;
    case ItemStatus::SoldOut:
        a.status = Availability::SoldOut;
        break;
    }
    // Customers read "12 December"; the year only when it is not this one.
    const QLocale english(QLocale::English);
    const QString date = a.expected.isValid()
                             ? english.toString(a.expected, a.expected.year() == today.year()
                                                                ? QStringLiteral("d MMMM")
                                                                : QStringLiteral("d MMMM yyyy"))
                             : QString();
    // The stage goes with the date only when the date is that delivery's.
    const bool deliveryDate
        = item.nextDelivery.isValid() && a.expected.isValid() && a.expected == std::max(item.nextDelivery, today);
    const bool waits = a.status == Availability::Backorder || a.status == Availability::Preorder;
    if (waits && deliveryDate && supplyStageLabel(stage)) {
        QString said = supplyStageText(stage);
        said[0] = said.at(0).toUpper();
        a.message = tr("%1 — ships around %2").arg(said, date);
        return a;
    }
    switch (a.status) {
    case Availability::InStock:
        a.message = tr("In stock");
        break;
    case Availability::Backorder:
        a.message = date.isEmpty() ? tr("On backorder") : tr("On backorder \u2014 ships around %1").arg(date);
        break;
    case Availability::Preorder:
        a.message = date.isEmpty() ? tr("Pre-order") : tr("Pre-order \u2014 ships around %1").arg(date);
        break;
    case Availability::SoldOut:
        a.message = date.isEmpty() ? tr("Sold out") : tr("Sold out \u2014 back around %1").arg(date);
        break;
    }
    return a;
}

QStringList Exporter::kindNames()
{
    return {QStringLiteral("items"), QStringLiteral("customers"), QStringLiteral("orders"), QStringLiteral("waiting"),
            QStringLiteral("coupons")};
}

QStringList Exporter::allKindNames()
{
    return kindNames() << QStringLiteral("availability") << QStringLiteral("stock");
}

core::Result<QByteArray> Exporter::exportCsv(Kind kind, const Options& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter out(&buffer, options.delimiter);
    if (options.bom)
        out.writeBom();
    ItemExport how;
    how.today = m_shop.now().date();
    how.feed = kind == Kind::Availability;
    // With ';' between fields, amounts get a decimal comma, as such spreadsheets write them.
    how.decimalComma = options.delimiter == QLatin1Char(';');
    // Stored amounts are the shop's currency's minor units: written with its decimals.
    how.currency = m_shop.config().text(store::settings::ShopCurrency);
    if (!supports(options.format, kind))
        return QByteArray();
    if (how.feed) {
        const core::Result<QHash<qint64, qint64>> next = m_shop.purchases().nextDeliveryOrders();
        if (!next)
            return next.errors();
        const core::Result<QHash<qint64, store::PoStage>> stages = m_shop.purchases().latestStages();
        if (!stages)
            return stages.errors();
        for (auto it = next->cbegin(); it != next->cend(); ++it) {
            if (const auto stage = stages->constFind(it.value()); stage != stages->cend())
                how.stages.insert(it.key(), stage->stage);
        }
    }
    if (kind == Kind::Items || kind == Kind::Availability) {
        if (core::Status s = itemFormat(options.format)->write(out, m_shop.items(), how); !s.ok())
            return s.errors();
        return bytes;
    }
    if (kind == Kind::Stock) {
        if (core::Status s = static_cast<const StockFormat*>(findFormat(options.format, DataKind::Stock))
                                 ->write(out, m_shop.items());
            !s.ok())
            return s.errors();
        return bytes;
    }
    core::Status read;

    switch (kind) {
    case Kind::Items:
    case Kind::Availability:
    case Kind::Stock:
        break;
    case Kind::Customers:
        out.writeRow({QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("address")});
        read = m_shop.customers().forEachCustomer(
            [&](const Customer& c) { out.writeRow({c.email, c.name, c.phone, c.address}); });
        break;
    case Kind::Orders:
        out.writeRow({QStringLiteral("order_number"), QStringLiteral("placed_at"), QStringLiteral("customer_email"),
                      QStringLiteral("customer_name"), QStringLiteral("sku"), QStringLiteral("qty"),
                      QStringLiteral("unit_price"), QStringLiteral("payment_state"), QStringLiteral("card_last4"),
                      QStringLiteral("card_expiry"), QStringLiteral("ship_to_name"), QStringLiteral("ship_to_address"),
                      QStringLiteral("hold_until_complete"), QStringLiteral("qty_allocated"),
                      QStringLiteral("qty_shipped"), QStringLiteral("qty_waiting"), QStringLiteral("qty_cancelled"),
                      QStringLiteral("promised_date")});
        read = m_shop.orders().forEachOrder([&](const Order& o) {
            for (const OrderLine& l : o.lines)
                out.writeRow({o.number, core::toIso(o.placedAt), o.customerEmail, o.customerName, l.sku,
                              QString::number(l.qty), how.money(l.unitPriceMinor), toString(o.payment), o.cardLast4,
                              o.cardExpiry, o.shipToName, o.shipToAddress,
                              o.holdUntilComplete ? QStringLiteral("yes") : QStringLiteral("no"),
                              QString::number(l.allocated), QString::number(l.shipped), QString::number(l.waiting),
                              QString::number(l.cancelled), core::toIso(l.promisedDate)});
        });
        break;
    case Kind::Waiting:
        out.writeRow({QStringLiteral("sku"), QStringLiteral("order_number"), QStringLiteral("customer_email"),
                      QStringLiteral("placed_at"), QStringLiteral("qty_waiting"), QStringLiteral("position"),
                      QStringLiteral("promised_date")});
        read = m_shop.queue().forEachWaitingLine(0, [&](const WaitingLine& w) {
            out.writeRow({w.sku, w.orderNumber, w.customerEmail, core::toIso(w.placedAt), QString::number(w.qtyWaiting),
                          QString::number(w.position), core::toIso(w.promisedDate)});
        });
        break;
    case Kind::Coupons: {
        const core::Result<QList<store::CouponRow>> coupons = m_shop.customers().coupons();
        if (!coupons)
            return coupons.errors();
        out.writeRow({QStringLiteral("code"), QStringLiteral("customer_email"), QStringLiteral("percent"),
                      QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("reason"),
                      QStringLiteral("created_at")});
        for (const store::CouponRow& c : coupons.value())
            out.writeRow({c.code, c.customerEmail, c.percent ? QString::number(*c.percent) : QString(),
                          c.amountMinor ? Money{*c.amountMinor, c.currency}.plain(how.decimalComma ? QLatin1Char(',') : QLatin1Char('.')) : QString(), c.currency, c.reason,
                          core::toIso(c.createdAt)});
        break;
    }
    }
    if (!read.ok())
        return read.errors();
    return bytes;
}

} // namespace bd::csv
