#include "Types.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd::domain {

namespace {
const QString FormatKey = QStringLiteral("format");
// OrderSums::latestPromise when a waiting line has no promised date.
const QString UnknownPromise = QStringLiteral("unknown");
const QString HandleKey = QStringLiteral("handle");
const QString TitleKey = QStringLiteral("title");
const QString OptionsKey = QStringLiteral("options");
const QString IdKey = QStringLiteral("id");
const QString ParentKey = QStringLiteral("parent");
const QString KeyedKey = QStringLiteral("keyed");
const QString SkuKey = QStringLiteral("sku");
const QString CellsKey = QStringLiteral("cells");
} // namespace

bool ShopIdentity::isEmpty() const
{
    return format.isEmpty() && handle.isEmpty() && title.isEmpty() && options.isEmpty() && id.isEmpty()
           && parent.isEmpty() && !keyed && cells.isEmpty();
}

QString ShopIdentity::toText() const
{
    if (isEmpty())
        return {};
    QJsonObject o;
    const auto put = [&o](const QString& key, const QString& value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(FormatKey, format);
    put(HandleKey, handle);
    put(TitleKey, title);
    put(IdKey, id);
    put(ParentKey, parent);
    if (keyed) {
        o.insert(KeyedKey, true);
        o.insert(SkuKey, sku);
    }
    if (!options.isEmpty()) {
        QJsonArray pairs;
        for (const auto& [name, value] : options)
            pairs.append(QJsonArray {name, value});
        o.insert(OptionsKey, pairs);
    }
    if (!cells.isEmpty()) {
        QJsonObject written;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it)
            written.insert(it.key(), it.value());
        o.insert(CellsKey, written);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ShopIdentity ShopIdentity::fromText(const QString& text)
{
    ShopIdentity identity;
    if (text.isEmpty())
        return identity;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    identity.format = o.value(FormatKey).toString();
    identity.handle = o.value(HandleKey).toString();
    identity.title = o.value(TitleKey).toString();
    identity.id = o.value(IdKey).toString();
    identity.parent = o.value(ParentKey).toString();
    const QJsonArray pairs = o.value(OptionsKey).toArray();
    for (const QJsonValue& pair : pairs) {
        const QJsonArray p = pair.toArray();
        identity.options.append({p.at(0).toString(), p.at(1).toString()});
    }
    identity.keyed = o.value(KeyedKey).toBool();
    identity.sku = o.value(SkuKey).toString();
    const QJsonObject cells = o.value(CellsKey).toObject();
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
        identity.cells.insert(it.key(), it.value().toString());
    return identity;
}

QString toString(Policy policy)
{
    switch (policy) {
    case Policy::Stop:
        return QStringLiteral("stop");
    case Policy::Backorder:
        return QStringLiteral("backorder");
    case Policy::Preorder:
        return QStringLiteral("preorder");
    }
    return {};
}

std::optional<Policy> parsePolicy(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("stop"))
        return Policy::Stop;
    if (t == QLatin1String("backorder"))
        return Policy::Backorder;
    if (t == QLatin1String("preorder"))
        return Policy::Preorder;
    return std::nullopt;
}

QString toString(PaymentState state)
{
    switch (state) {
    case PaymentState::None:
        return QStringLiteral("none");
    case PaymentState::Verified:
        return QStringLiteral("verified");
    case PaymentState::Authorized:
        return QStringLiteral("authorized");
    case PaymentState::Captured:
        return QStringLiteral("captured");
    }
    return {};
}

std::optional<PaymentState> parsePaymentState(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("none"))
        return PaymentState::None;
    if (t == QLatin1String("verified"))
        return PaymentState::Verified;
    if (t == QLatin1String("authorized"))
        return PaymentState::Authorized;
    if (t == QLatin1String("captured"))
        return PaymentState::Captured;
    return std::nullopt;
}

int Order::waitingUnits() const
{
    int n = 0;
    for (const OrderLine& l : lines)
        n += l.waiting;
    return n;
}

int Order::allocatedUnits() const
{
    int n = 0;
    for (const OrderLine& l : lines)
        n += l.allocated;
    return n;
}

QString Order::stateName() const
{
    return OrderSums::of(lines).stateName();
}

OrderSums OrderSums::of(const QList<OrderLine>& lines)
{
    OrderSums sums;
    QDate latest;
    bool unknown = false;
    for (const OrderLine& l : lines) {
        ++sums.lines;
        sums.open += l.qty - l.cancelled;
        sums.waiting += l.waiting;
        sums.allocated += l.allocated;
        sums.shipped += l.shipped;
        sums.totalMinor += qint64(l.qty - l.cancelled) * l.unitPriceMinor;
        if (l.waiting > 0) {
            ++sums.waitingLines;
            unknown = unknown || !l.promisedDate.isValid();
            if (l.promisedDate.isValid() && (!latest.isValid() || l.promisedDate > latest))
                latest = l.promisedDate;
        }
    }
    if (unknown)
        sums.latestPromise = UnknownPromise;
    else if (latest.isValid())
        sums.latestPromise = core::toIso(latest);
    return sums;
}

bool OrderSums::promiseUnknown() const
{
    return latestPromise == UnknownPromise;
}

QDate OrderSums::latestPromiseDate() const
{
    return promiseUnknown() || latestPromise.isEmpty() ? QDate() : core::parseIsoDate(latestPromise);
}

QString OrderSums::stateName() const
{
    if (open == 0)
        return QStringLiteral("cancelled");
    if (waiting == 0 && allocated == 0)
        return QStringLiteral("shipped");
    if (shipped > 0)
        return QStringLiteral("partly shipped");
    if (waiting == 0)
        return QStringLiteral("ready");
    if (allocated > 0)
        return QStringLiteral("partly allocated");
    return QStringLiteral("waiting");
}

} // namespace bd::domain
