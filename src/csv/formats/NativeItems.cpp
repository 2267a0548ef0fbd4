#include "NativeItems.h"

#include "csv/CsvWriter.h"
#include "csv/Exporter.h"
#include "domain/Rules.h"
#include "services/MerchandisingService.h"
#include "store/ItemStore.h"

using namespace bd::domain;

namespace bd::csv {

namespace {

class NativeItemReader final : public ItemReader
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    bool read(Fields& f, ItemRecord& rec) override
    {
        Item& item = rec.input.item;
        rec.skuField = QStringLiteral("sku");
        item.sku = f.required(QStringLiteral("sku"));
        item.name = f.required(QStringLiteral("name"));
        const std::optional<qint64> price = f.money(QStringLiteral("price"));
        item.priceMinor = price.value_or(0);
        // No price: an item already here keeps its own; a new one starts at 0, with a warning.
        rec.hasPrice = price.has_value();
        rec.noPrice = !price.has_value();
        // "tracked" no: nobody counts the item's stock, and on_hand may be empty.
        rec.hasTracked = !f.text(QStringLiteral("tracked")).isEmpty();
        item.tracked = !rec.hasTracked || f.flag(QStringLiteral("tracked"));
        if (f.has(QStringLiteral("on_hand")))
            rec.input.onHand = f.count(QStringLiteral("on_hand"), !item.tracked, 0);
        rec.hasPolicy = f.has(QStringLiteral("policy"));
        const QString policy = f.text(QStringLiteral("policy"));
        const std::optional<Policy> parsed = rec.hasPolicy ? parsePolicy(policy) : Policy::Stop;
        if (!parsed)
            f.error(QStringLiteral("policy"), tr("'%1' is not stop, backorder or preorder").arg(policy));
        item.policy = parsed.value_or(Policy::Stop);
        item.backorderLimit = f.count(QStringLiteral("backorder_limit"), true, 0);
        item.expectedDate = f.date(QStringLiteral("expected_date"));
        item.releaseDate = f.date(QStringLiteral("release_date"));
        item.attributes = f.text(QStringLiteral("attributes"));
        item.currency = f.text(QStringLiteral("currency")).toUpper();
        if (!item.currency.isEmpty() && !isCurrencyCode(item.currency))
            f.error(QStringLiteral("currency"),
                    tr("'%1' is not a three-letter currency code such as EUR or DKK").arg(item.currency));
        rec.hasLimit = f.has(QStringLiteral("backorder_limit"));
        rec.hasExpected = f.has(QStringLiteral("expected_date"));
        rec.hasRelease = f.has(QStringLiteral("release_date"));
        rec.hasAttributes = f.has(QStringLiteral("attributes"));
        rec.policyField = QStringLiteral("policy");
        // The items the follow-up e-mails offer with this one: "SAUCER; LID".
        if (f.has(QStringLiteral("related"))) {
            rec.relatedField = QStringLiteral("related");
            rec.crossSells = NativeItems::splitList(f.text(rec.relatedField));
        }
        return true;
    }
};

} // namespace

QStringList NativeItems::splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(ListSeparator)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QString NativeItems::joinList(const QStringList& list)
{
    return list.join(ListSeparator + QLatin1Char(' '));
}

QString NativeItems::title() const
{
    return tr("items file");
}

QList<ColumnName> NativeItems::columns() const
{
    QList<ColumnName> out;
    for (const char* name : {"sku", "name", "price", "on_hand", "policy", "backorder_limit", "expected_date",
                             "attributes", "release_date", "currency", "tracked", "related",
                             // written by export, read back without complaint
                             "allocated", "available", "waiting"})
        out << ColumnName {QString::fromLatin1(name)};
    return out;
}

QStringList NativeItems::required() const
{
    // A list from elsewhere (an accounting program's, mapped with --map) may have no
    // stock or policy: new items then open with none on hand and sold out at 0.
    return {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")};
}

std::unique_ptr<ItemReader> NativeItems::reader(const Table&, const QDate&) const
{
    return std::make_unique<NativeItemReader>();
}

core::Status NativeItems::write(CsvWriter& out, store::ItemStore& store, const ItemExport& how) const
{
    if (how.feed) {
        out.writeRow({QStringLiteral("sku"), QStringLiteral("status"), QStringLiteral("available"),
                      QStringLiteral("expected_date"), QStringLiteral("message")});
    } else {
        out.writeRow({QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("on_hand"),
                      QStringLiteral("policy"), QStringLiteral("backorder_limit"), QStringLiteral("expected_date"),
                      QStringLiteral("attributes"), QStringLiteral("release_date"), QStringLiteral("allocated"),
                      QStringLiteral("waiting"), QStringLiteral("tracked"), QStringLiteral("related")});
    }
    // A page at a time: the file of a big shop is never all in memory.
    const int pageSize = 2000;
    for (int offset = 0;; offset += pageSize) {
        const core::Result<QList<Item>> read = store.items({}, offset, pageSize);
        if (!read)
            return read.errors();
        const QList<Item>& page = read.value();
        for (const Item& i : page) {
            if (how.feed) {
                const Exporter::ItemAvailability a = Exporter::availabilityOf(i, how.today, how.stages.value(i.id));
                out.writeRow({i.sku, Exporter::statusName(a.status),
                              a.tracked ? QString::number(a.available) : QString(), core::toIso(a.expected),
                              a.message});
                continue;
            }
            const core::Result<QStringList> related
                = store.relatedItems(i.id, services::MerchandisingService::merchantKind());
            if (!related)
                return related.errors();
            out.writeRow({i.sku, i.name, how.money(i.priceMinor), i.tracked ? QString::number(i.onHand) : QString(),
                          toString(i.policy), i.backorderLimit ? QString::number(*i.backorderLimit) : QString(),
                          core::toIso(i.expectedDate), i.attributes, core::toIso(i.releaseDate),
                          QString::number(i.allocated), QString::number(i.waiting),
                          i.tracked ? QStringLiteral("yes") : QStringLiteral("no"), joinList(related.value())});
        }
        if (page.size() < pageSize)
            break;
    }
    return {};
}

} // namespace bd::csv
