#include "WooCommerceProducts.h"

#include "csv/CsvWriter.h"
#include "csv/Exporter.h"
#include "domain/Rules.h"
#include "store/ItemStore.h"

#include <QRegularExpression>

#include <limits>

using namespace bd::domain;

namespace bd::csv {

const QString WooCommerceProducts::Id = QStringLiteral("ID");
const QString WooCommerceProducts::Type = QStringLiteral("Type");
const QString WooCommerceProducts::Sku = QStringLiteral("SKU");
const QString WooCommerceProducts::Name = QStringLiteral("Name");
const QString WooCommerceProducts::Published = QStringLiteral("Published");
const QString WooCommerceProducts::InStock = QStringLiteral("In stock?");
const QString WooCommerceProducts::Stock = QStringLiteral("Stock");
const QString WooCommerceProducts::Backorders = QStringLiteral("Backorders allowed?");
const QString WooCommerceProducts::SalePrice = QStringLiteral("Sale price");
const QString WooCommerceProducts::RegularPrice = QStringLiteral("Regular price");
const QString WooCommerceProducts::SaleStarts = QStringLiteral("Date sale price starts");
const QString WooCommerceProducts::SaleEnds = QStringLiteral("Date sale price ends");
const QString WooCommerceProducts::Parent = QStringLiteral("Parent");
const QString WooCommerceProducts::Upsells = QStringLiteral("Upsells");
const QString WooCommerceProducts::CrossSells = QStringLiteral("Cross-sells");

namespace {

using W = WooCommerceProducts;

// The identity cells written back as the shop had them.
const QString InStockCell = QStringLiteral("in_stock");
const QString StockCell = QStringLiteral("stock");
const QString RegularPriceCell = QStringLiteral("regular_price");

// "Attribute 1 name" / "Attribute 1 value(s)" in the admin languages known here.
struct AttributePattern
{
    QRegularExpression name;
    QRegularExpression values;
};

const QList<AttributePattern>& attributePatterns()
{
    const auto re = [](const char* pattern) {
        return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption);
    };
    static const QList<AttributePattern> patterns = {
        {re("^attribute (\\d+) name$"), re("^attribute (\\d+) value\\(s\\)$")},
        {re("^attribut (\\d+) name$"), re("^attribut (\\d+) wert\\(e\\)$")},
        {re("^egenskab (\\d+) navn$"), re("^egenskab (\\d+) værdi\\(er\\)$")},
        {re("^название атрибута (\\d+)$"), re("^значени[ея] атрибута (\\d+)$")},
    };
    return patterns;
}

// Other columns of the exporter that describe an attribute ("visible", "global", "default").
bool isAttributeDetail(const QString& name)
{
    static const QRegularExpression detail(
        QStringLiteral("^(attribute|attribut|egenskab) \\d+ (visible|global|globalt|default|sichtbar|standard|er synlig)$"),
        QRegularExpression::CaseInsensitiveOption);
    return detail.match(name).hasMatch();
}

// The attribute columns of a file, in their order: (name column, values column).
QList<std::pair<QString, QString>> attributeColumns(const Table& table)
{
    QMap<int, std::pair<QString, QString>> byNumber;
    for (const QString& header : table.header) {
        const QString name = ColumnMap::normalised(header);
        for (const AttributePattern& p : attributePatterns()) {
            if (const auto m = p.name.match(name); m.hasMatch())
                byNumber[m.captured(1).toInt()].first = header;
            else if (const auto v = p.values.match(name); v.hasMatch())
                byNumber[v.captured(1).toInt()].second = header;
        }
    }
    QList<std::pair<QString, QString>> out;
    for (const auto& columns : std::as_const(byNumber)) {
        if (!columns.first.isEmpty() && !columns.second.isEmpty())
            out << columns;
    }
    return out;
}

// A list of related products as the exporter writes it: "WOOALBUM, WOOSINGLE" or "id:41, id:42".
QStringList relatedList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

class WooItemReader final : public ItemReader
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    WooItemReader(const Table& table, const QList<ColumnName>& columns, const QDate& today)
        : m_col(table, columns)
        , m_attributes(attributeColumns(table))
        , m_today(today)
    {
    }

    bool read(Fields& f, ItemRecord& rec) override
    {
        const QStringList types = f.text(m_col(W::Type)).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool simple = false;
        bool variation = false;
        bool uncounted = false; // virtual and downloadable products have no stock
        for (const QString& t : types) {
            const QString type = t.trimmed();
            simple = simple || type == QLatin1String("simple");
            variation = variation || type == QLatin1String("variation");
            uncounted = uncounted || type == QLatin1String("virtual") || type == QLatin1String("downloadable");
        }
        if (!simple && !variation)
            return false;
        Item& item = rec.input.item;
        rec.skuField = m_col(W::Sku);
        item.sku = f.text(m_col(W::Sku));
        item.shop.format = QStringLiteral("woocommerce");
        item.shop.id = f.text(m_col(W::Id));
        item.shop.parent = f.text(m_col(W::Parent));
        item.name = f.text(m_col(W::Name));
        rec.hasName = !item.name.isEmpty();
        readPrice(f, rec);
        readPolicy(f, rec);
        readStock(f, rec, uncounted);
        QList<std::pair<QString, QString>> attributes;
        for (const auto& [nameColumn, valuesColumn] : m_attributes) {
            // A variation has one value per attribute; a simple product may list several
            // ("Red, Blue"), which describes it but is no variant: kept as written.
            attributes.append({f.text(nameColumn), f.text(valuesColumn)});
        }
        item.attributes = attributeText(attributes);
        rec.hasAttributes = true;
        if (m_col.has(W::Upsells))
            rec.upsells = relatedList(f.text(m_col(W::Upsells)));
        if (m_col.has(W::CrossSells))
            rec.crossSells = relatedList(f.text(m_col(W::CrossSells)));
        return true;
    }

    // "wc-44" from the product's ID; without one, its parent and attribute values.
    QString keyFor(const ItemRecord& rec) const override
    {
        const Item& item = rec.input.item;
        if (!item.shop.id.isEmpty())
            return QStringLiteral("wc-") + slug(item.shop.id);
        QStringList values;
        for (const auto& attribute : parseAttributes(item.attributes))
            values << attribute.second;
        const QString base = slug(item.shop.parent.isEmpty() ? item.name : item.shop.parent);
        if (base.isEmpty())
            return {};
        if (values.isEmpty())
            return QStringLiteral("wc-") + base;
        return QStringLiteral("wc-") + base + QLatin1Char('/') + slug(values.join(QLatin1Char(' ')));
    }

private:
    // A sale price in force is the price; the regular one is kept to be written back.
    void readPrice(Fields& f, ItemRecord& rec)
    {
        Item& item = rec.input.item;
        const std::optional<qint64> regular = f.money(m_col(W::RegularPrice));
        const std::optional<qint64> sale = f.money(m_col(W::SalePrice));
        const QDate starts = core::parseIsoDate(f.text(m_col(W::SaleStarts)).left(10));
        const QDate ends = core::parseIsoDate(f.text(m_col(W::SaleEnds)).left(10));
        const bool saleInForce = sale && (!starts.isValid() || starts <= m_today) && (!ends.isValid() || ends >= m_today);
        if (saleInForce) {
            item.priceMinor = *sale;
            item.shop.cells.insert(RegularPriceCell, f.text(m_col(W::RegularPrice)));
        } else {
            item.priceMinor = regular.value_or(0);
        }
        rec.hasPrice = saleInForce || regular.has_value();
        rec.noPrice = !rec.hasPrice;
    }

    void readPolicy(Fields& f, ItemRecord& rec)
    {
        Item& item = rec.input.item;
        const QString backorders = f.text(m_col(W::Backorders)).toLower();
        rec.policyField = m_col(W::Backorders);
        rec.hasPolicy = !backorders.isEmpty();
        if (backorders == QLatin1String("1") || backorders == QLatin1String("notify")
            || backorders == QLatin1String("yes"))
            item.policy = Policy::Backorder;
        else if (backorders == QLatin1String("0") || backorders == QLatin1String("no") || backorders.isEmpty())
            item.policy = Policy::Stop;
        else
            f.error(m_col(W::Backorders), tr("'%1' is not 0, 1 or notify").arg(backorders));
    }

    // Stock the shop manages is a number; an empty Stock (or none at all, or a product
    // that is virtual or downloaded) is stock the shop does not count.
    void readStock(Fields& f, ItemRecord& rec, bool uncounted)
    {
        Item& item = rec.input.item;
        const QString stock = f.text(m_col(W::Stock));
        item.tracked = !uncounted && !stock.isEmpty();
        rec.hasTracked = true;
        if (item.tracked) {
            rec.shopStock = f.count(m_col(W::Stock), true, std::numeric_limits<int>::min());
            rec.stockField = m_col(W::Stock);
            return;
        }
        if (m_col.has(W::InStock))
            item.shop.cells.insert(InStockCell, f.text(m_col(W::InStock)));
        if (m_col.has(W::Stock))
            item.shop.cells.insert(StockCell, stock);
    }

    ColumnMap m_col;
    QList<std::pair<QString, QString>> m_attributes;
    QDate m_today;
};

bool isVariantName(const Item& item, const QStringList& values, const QString& joiner)
{
    const QString suffix = QStringLiteral(" - ") + values.join(joiner);
    return item.name.endsWith(suffix) && item.name.size() > suffix.size();
}

bool fromWoo(const Item& item)
{
    return item.shop.format == QLatin1String("woocommerce");
}

} // namespace

QString WooCommerceProducts::title() const
{
    return tr("WooCommerce product export");
}

QList<ColumnName> WooCommerceProducts::columns() const
{
    // WordPress's translations of the exporter's headers: Danish, German, Russian.
    return {
        {Id, {}},
        {Type, {QStringLiteral("Typ"), QStringLiteral("Тип")}},
        {Sku, {QStringLiteral("Varenummer"), QStringLiteral("Artikelnummer"), QStringLiteral("Артикул")}},
        {Name, {QStringLiteral("Navn"), QStringLiteral("Имя"), QStringLiteral("Название")}},
        {Published, {QStringLiteral("Udgivet"), QStringLiteral("Veröffentlicht"), QStringLiteral("Опубликован")}},
        {InStock, {QStringLiteral("På lager?"), QStringLiteral("Vorrätig?"), QStringLiteral("В наличии?")}},
        {Stock, {QStringLiteral("Lager"), QStringLiteral("Lagerantal"), QStringLiteral("Bestand"),
                 QStringLiteral("Запасы"), QStringLiteral("Склад")}},
        // German: WordPress's translation really writes "Lieferrückstande" (sic).
        {Backorders, {QStringLiteral("Restordrer tilladt?"), QStringLiteral("Lieferrückstande erlaubt?"),
                      QStringLiteral("Lieferrückstände erlaubt?"), QStringLiteral("Возможен ли предзаказ?"),
                      QStringLiteral("Предзаказ разрешен?")}},
        {SalePrice, {QStringLiteral("Tilbudspris"), QStringLiteral("Angebotspreis"), QStringLiteral("Цена распродажи"),
                     QStringLiteral("Акционная цена")}},
        {RegularPrice, {QStringLiteral("Normalpris"), QStringLiteral("Regulärer Preis"), QStringLiteral("Базовая цена"),
                        QStringLiteral("Обычная цена")}},
        {SaleStarts, {QStringLiteral("Den dato hvor tilbudsprisen starter"),
                      QStringLiteral("Datum, an dem Angebotspreis beginnt"),
                      QStringLiteral("Дата начала действия цены распродажи")}},
        {SaleEnds, {QStringLiteral("Den dato hvor tilbudsprisen slutter"),
                    QStringLiteral("Datum, an dem Angebotspreis endet"),
                    QStringLiteral("Дата окончания действия цены распродажи")}},
        // Danish: "Overordnet" today, "Forældre" in earlier releases.
        {Parent, {QStringLiteral("Overordnet"), QStringLiteral("Forældre"), QStringLiteral("Übergeordnetes Produkt"),
                  QStringLiteral("Родительский")}},
        {Upsells, {QStringLiteral("Mersalg"), QStringLiteral("Zusatzverkäufe"), QStringLiteral("Апсейлы"),
                   QStringLiteral("Апсэлы")}},
        {CrossSells, {QStringLiteral("Krydssalg"), QStringLiteral("Cross-Sells (Querverkäufe)"),
                      QStringLiteral("Cross-Sells"), QStringLiteral("Кросселы"), QStringLiteral("Кросс-селы")}},
    };
}

QStringList WooCommerceProducts::required() const
{
    return {Type, Name};
}

// A product type column and a name are not enough: a SKU or an ID must be there too.
int WooCommerceProducts::recognise(const Table& table) const
{
    const ColumnMap map(table, columns());
    if (!missing(table).isEmpty() || (!map.has(Sku) && !map.has(Id)))
        return 0;
    return map.matched();
}

std::unique_ptr<ItemReader> WooCommerceProducts::reader(const Table& table, const QDate& today) const
{
    return std::make_unique<WooItemReader>(table, columns(), today);
}

core::Status WooCommerceProducts::write(CsvWriter& out, store::ItemStore& store, const ItemExport& how) const
{
    const core::Result<QList<Item>> read = itemsInCreationOrder(store);
    if (!read)
        return read.errors();
    const QList<Item>& items = read.value();
    // The SKU the shop knows the item by.
    const auto skuOf = [](const Item& i) { return fromWoo(i) && i.shop.keyed ? i.shop.sku : i.sku; };
    if (how.feed) {
        out.writeRow({Id, Sku, InStock, Stock, Backorders, QStringLiteral("Meta: backorder_desk_status"),
                      QStringLiteral("Meta: backorder_desk_expected_date"), QStringLiteral("Meta: backorder_desk_message")});
        for (const Item& i : items) {
            const Exporter::ItemAvailability a = Exporter::availabilityOf(i, how.today, how.stages.value(i.id));
            const QString inStock = a.status == Exporter::Availability::InStock   ? QStringLiteral("1")
                                    : a.status == Exporter::Availability::SoldOut ? QStringLiteral("0")
                                                                                  : QStringLiteral("backorder");
            const bool backorders = i.policy != Policy::Stop && a.status != Exporter::Availability::SoldOut;
            out.writeRow({fromWoo(i) ? i.shop.id : QString(), skuOf(i),
                          i.tracked ? inStock : i.shop.cells.value(InStockCell, QStringLiteral("1")),
                          i.tracked ? QString::number(shopStock(i)) : i.shop.cells.value(StockCell),
                          backorders ? QStringLiteral("notify") : QStringLiteral("0"), Exporter::statusName(a.status),
                          core::toIso(a.expected), a.message});
        }
        return {};
    }
    int attributeCount = 0;
    for (const Item& i : items)
        attributeCount = std::max(attributeCount, int(parseAttributes(i.attributes).size()));
    QStringList header {Id, Type, Sku, Name, Published, InStock, Stock, Backorders, SalePrice, RegularPrice, Parent,
                        Upsells, CrossSells};
    for (int n = 1; n <= attributeCount; ++n)
        header << QStringLiteral("Attribute %1 name").arg(n) << QStringLiteral("Attribute %1 value(s)").arg(n)
               << QStringLiteral("Attribute %1 visible").arg(n) << QStringLiteral("Attribute %1 global").arg(n);
    out.writeRow(header);
    for (const Item& i : items) {
        const QList<std::pair<QString, QString>> attributes = parseAttributes(i.attributes);
        const Exporter::ItemAvailability a = Exporter::availabilityOf(i, how.today, how.stages.value(i.id));
        // A variation has a parent in the shop, or is named after its product and its
        // values ("Hoodie - Red, S"); an item with attributes but another name is a
        // simple product that has them.
        QStringList values;
        for (const auto& attribute : attributes)
            values << attribute.second;
        const bool variation = fromWoo(i) ? !i.shop.parent.isEmpty()
                                          : !values.isEmpty()
                                                && (isVariantName(i, values, QStringLiteral(" / "))
                                                    || isVariantName(i, values, QStringLiteral(", ")));
        const QString inStock = a.status == Exporter::Availability::InStock   ? QStringLiteral("1")
                                : a.status == Exporter::Availability::SoldOut ? QStringLiteral("0")
                                                                              : QStringLiteral("backorder");
        const bool onSale = i.shop.cells.contains(RegularPriceCell);
        core::Errors unread;
        const auto related = [&](const QString& kind) {
            const core::Result<QStringList> skus = store.relatedItems(i.id, kind);
            if (!skus)
                unread << skus.errors();
            return skus ? skus->join(QStringLiteral(", ")) : QString();
        };
        QStringList row {fromWoo(i) ? i.shop.id : QString(),
                         variation ? QStringLiteral("variation") : QStringLiteral("simple"),
                         skuOf(i),
                         i.name,
                         QStringLiteral("1"),
                         i.tracked ? inStock : i.shop.cells.value(InStockCell, QStringLiteral("1")),
                         i.tracked ? QString::number(shopStock(i)) : i.shop.cells.value(StockCell),
                         i.policy == Policy::Stop ? QStringLiteral("0") : QStringLiteral("notify"),
                         // Under a sale, the price is the sale price and the regular one stays.
                         onSale ? how.money(i.priceMinor) : QString(),
                         onSale ? i.shop.cells.value(RegularPriceCell) : how.money(i.priceMinor),
                         fromWoo(i) ? i.shop.parent : QString(),
                         related(QStringLiteral("upsell")),
                         related(QStringLiteral("cross-sell"))};
        for (int n = 0; n < attributeCount; ++n) {
            if (n < attributes.size())
                row << attributes[n].first << attributes[n].second << QStringLiteral("1") << QStringLiteral("0");
            else
                row << QString() << QString() << QString() << QString();
        }
        if (!unread.isEmpty())
            return unread;
        out.writeRow(row);
    }
    return {};
}

bool WooCommerceProducts::readsColumn(const QString& fileName) const
{
    const QString name = ColumnMap::normalised(fileName);
    for (const AttributePattern& p : attributePatterns()) {
        if (p.name.match(name).hasMatch() || p.values.match(name).hasMatch())
            return true;
    }
    return isAttributeDetail(name) || ItemFormat::readsColumn(fileName);
}

} // namespace bd::csv
