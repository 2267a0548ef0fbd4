#include "Importer.h"

#include "csv/CsvReader.h"
#include "csv/RowPipeline.h"
#include "domain/Rules.h"
#include "services/CatalogService.h"
#include "services/OrderService.h"
#include "store/BulkItemWriter.h"
#include "store/OrderSpool.h"
#include "store/PurchaseQueries.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <climits>
#include <limits>

using bd::core::Error;
using bd::core::Errors;
using bd::core::Result;
using bd::core::Status;
using namespace bd::domain;
using namespace bd::services;

namespace bd::csv {

namespace {

const int maxErrors = 100;

// Problems in file order, at most maxErrors of them.
Errors sortedByLine(Errors errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const Error& a, const Error& b) { return a.line < b.line; });
    return errors.mid(0, maxErrors);
}

// Reads typed fields of one row and collects what is wrong with them.
class Fields
{
public:
    Fields(const Table& table, const Row& row, Errors& errors)
        : m_table(table)
        , m_row(row)
        , m_errors(errors)
    {
    }

    bool has(const QString& name) const { return m_table.column(name) >= 0; }
    QString text(const QString& name) const
    {
        QString value = m_table.value(m_row, name).trimmed();
        // Our exports guard formula-like cells with a leading ' (see CsvWriter); a file
        // read back must give the original text, not the guard.
        static const QString formulaStarts = QStringLiteral("=+-@\t\r");
        if (value.size() > 1 && value.startsWith(QLatin1Char('\'')) && formulaStarts.contains(value.at(1)))
            value.remove(0, 1);
        return value;
    }

    void error(const QString& name, const QString& message)
    {
        if (m_errors.size() < maxErrors)
            m_errors << Error::at(m_table.file, m_row.line, name, message);
    }

    QString required(const QString& name)
    {
        const QString value = text(name);
        if (value.isEmpty())
            error(name, Importer::tr("a value is required"));
        return value;
    }

    std::optional<int> count(const QString& name, bool allowEmpty, int minimum)
    {
        const QString value = text(name);
        if (value.isEmpty()) {
            if (!allowEmpty)
                error(name, Importer::tr("a whole number is required"));
            return std::nullopt;
        }
        QString digits = value;
        if (m_table.delimiter == QLatin1Char(';'))
            digits.remove(QLatin1Char('.'));
        bool ok = false;
        const int n = digits.toInt(&ok);
        if (!ok) {
            error(name, Importer::tr("'%1' is not a whole number").arg(value));
            return std::nullopt;
        }
        if (n < minimum) {
            error(name, minimum == 0 ? Importer::tr("%1 is negative; it must be 0 or more").arg(n)
                                     : Importer::tr("%1 must be at least %2").arg(n).arg(minimum));
            return std::nullopt;
        }
        return n;
    }

    std::optional<qint64> money(const QString& name)
    {
        const QString value = text(name);
        if (value.isEmpty())
            return std::nullopt;
        const QChar point = m_table.delimiter == QLatin1Char(';') && value.contains(QLatin1Char(','))
                                ? QLatin1Char(',')
                                : QLatin1Char('.');
        const std::optional<qint64> minor = parseMoney(value, point);
        if (!minor)
            error(name, Importer::tr("'%1' is not an amount such as 12.50").arg(value));
        else if (*minor < 0)
            error(name, Importer::tr("'%1' is negative").arg(value));
        return minor;
    }

    QDate date(const QString& name)
    {
        const QString value = text(name);
        if (value.isEmpty())
            return {};
        const QDate d = core::parseIsoDate(value);
        if (!d.isValid())
            error(name, Importer::tr("'%1' is not a date in the form YYYY-MM-DD").arg(value));
        return d;
    }

    QDateTime dateTime(const QString& name, bool required)
    {
        const QString value = text(name);
        if (value.isEmpty()) {
            if (required)
                error(name, Importer::tr("a date and time is required (YYYY-MM-DDTHH:MM:SS)"));
            return {};
        }
        const QDateTime at = core::parseIsoDateTime(value);
        if (!at.isValid())
            error(name, Importer::tr("'%1' is not an ISO 8601 date and time such as 2026-11-03T14:05:00").arg(value));
        return at;
    }

    bool flag(const QString& name)
    {
        const QString value = text(name).toLower();
        if (value.isEmpty() || value == QLatin1String("0") || value == QLatin1String("no") || value == QLatin1String("false"))
            return false;
        if (value == QLatin1String("1") || value == QLatin1String("yes") || value == QLatin1String("true"))
            return true;
        error(name, Importer::tr("'%1' is not yes or no").arg(value));
        return false;
    }

private:
    const Table& m_table;
    const Row& m_row;
    Errors& m_errors;
};

// Columns the native formats know, so that others can be reported as ignored.
const QMap<Importer::Kind, QStringList>& knownColumns()
{
    static const QMap<Importer::Kind, QStringList> columns = {
        {Importer::Kind::Items,
         {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("on_hand"),
          QStringLiteral("policy"), QStringLiteral("backorder_limit"), QStringLiteral("expected_date"),
          QStringLiteral("attributes"), QStringLiteral("release_date"), QStringLiteral("currency"),
          // written by export, read back without complaint
          QStringLiteral("allocated"), QStringLiteral("available"), QStringLiteral("waiting"),
          QStringLiteral("tracked")}},
        {Importer::Kind::Customers,
         {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("address")}},
        {Importer::Kind::Orders,
         {QStringLiteral("order_number"), QStringLiteral("placed_at"), QStringLiteral("customer_email"),
          QStringLiteral("customer_name"), QStringLiteral("sku"), QStringLiteral("qty"), QStringLiteral("unit_price"),
          QStringLiteral("payment_state"), QStringLiteral("card_last4"), QStringLiteral("card_expiry"),
          QStringLiteral("ship_to_name"), QStringLiteral("ship_to_address"), QStringLiteral("hold_until_complete"),
          QStringLiteral("qty_allocated"), QStringLiteral("qty_shipped"), QStringLiteral("qty_waiting"),
          QStringLiteral("qty_cancelled"), QStringLiteral("promised_date")}},
        {Importer::Kind::PurchaseOrders,
         {QStringLiteral("po_number"), QStringLiteral("supplier"), QStringLiteral("sku"), QStringLiteral("qty"),
          QStringLiteral("expected_date")}},
        {Importer::Kind::Receipts,
         {QStringLiteral("received_at"), QStringLiteral("sku"), QStringLiteral("qty"), QStringLiteral("reference"),
          QStringLiteral("po_number")}},
    };
    return columns;
}

const QMap<Importer::Kind, QStringList>& requiredColumns()
{
    static const QMap<Importer::Kind, QStringList> columns = {
        {Importer::Kind::Items,
         {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("on_hand"),
          QStringLiteral("policy")}},
        {Importer::Kind::Customers, {QStringLiteral("email")}},
        {Importer::Kind::Orders,
         {QStringLiteral("order_number"), QStringLiteral("placed_at"), QStringLiteral("customer_email"),
          QStringLiteral("sku"), QStringLiteral("qty")}},
        {Importer::Kind::PurchaseOrders,
         {QStringLiteral("po_number"), QStringLiteral("sku"), QStringLiteral("qty"), QStringLiteral("expected_date")}},
        {Importer::Kind::Receipts, {QStringLiteral("received_at"), QStringLiteral("sku"), QStringLiteral("qty")}},
    };
    return columns;
}

// Column names of the web shops' exports (as their exporters write them).
namespace woo {
const QString Id = QStringLiteral("ID");
const QString Type = QStringLiteral("Type");
const QString Sku = QStringLiteral("SKU");
const QString Name = QStringLiteral("Name");
const QString Published = QStringLiteral("Published");
const QString InStock = QStringLiteral("In stock?");
const QString Stock = QStringLiteral("Stock");
const QString Backorders = QStringLiteral("Backorders allowed?");
const QString RegularPrice = QStringLiteral("Regular price");
const QString Parent = QStringLiteral("Parent");
QString attributeName(int n) { return QStringLiteral("Attribute %1 name").arg(n); }
QString attributeValues(int n) { return QStringLiteral("Attribute %1 value(s)").arg(n); }
} // namespace woo

namespace shopify {
const QString Handle = QStringLiteral("Handle");
const QString Title = QStringLiteral("Title");
const QString VariantSku = QStringLiteral("Variant SKU");
const QString VariantQty = QStringLiteral("Variant Inventory Qty");
const QString VariantPolicy = QStringLiteral("Variant Inventory Policy");
const QString VariantPrice = QStringLiteral("Variant Price");
QString optionName(int n) { return QStringLiteral("Option%1 Name").arg(n); }
QString optionValue(int n) { return QStringLiteral("Option%1 Value").arg(n); }
// Orders export
const QString OrderName = QStringLiteral("Name");
const QString Email = QStringLiteral("Email");
const QString FinancialStatus = QStringLiteral("Financial Status");
const QString CreatedAt = QStringLiteral("Created at");
const QString LineQty = QStringLiteral("Lineitem quantity");
const QString LineName = QStringLiteral("Lineitem name");
const QString LinePrice = QStringLiteral("Lineitem price");
const QString LineSku = QStringLiteral("Lineitem sku");
const QString BillingName = QStringLiteral("Billing Name");
const QString ShippingName = QStringLiteral("Shipping Name");
const QStringList ShippingAddress = {QStringLiteral("Shipping Address1"), QStringLiteral("Shipping Address2"),
                                     QStringLiteral("Shipping Zip"),      QStringLiteral("Shipping City"),
                                     QStringLiteral("Shipping Province"), QStringLiteral("Shipping Country")};
} // namespace shopify

QStringList requiredFor(Importer::Format format, Importer::Kind kind)
{
    switch (format) {
    case Importer::Format::Native:
        return requiredColumns().value(kind);
    case Importer::Format::WooCommerce:
        return {woo::Type, woo::Sku, woo::Name};
    case Importer::Format::Shopify:
        if (kind == Importer::Kind::Orders)
            return {shopify::OrderName, shopify::Email, shopify::CreatedAt, shopify::LineQty, shopify::LineSku};
        return {shopify::Handle, shopify::VariantSku};
    }
    return {};
}

bool knownShopColumn(Importer::Format format, Importer::Kind kind, const QString& name)
{
    static const QRegularExpression wooAttribute(QStringLiteral("^attribute \\d+ (name|value\\(s\\)|visible|global)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shopifyOption(QStringLiteral("^option[123] (name|value)$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    const auto in = [&](const QStringList& names) { return names.contains(name, Qt::CaseInsensitive); };
    if (format == Importer::Format::WooCommerce)
        return wooAttribute.match(name).hasMatch()
               || in({woo::Id, woo::Type, woo::Sku, woo::Name, woo::Published, woo::InStock, woo::Stock,
                      woo::Backorders, woo::RegularPrice, woo::Parent});
    if (kind == Importer::Kind::Orders)
        return in(QStringList{shopify::OrderName, shopify::Email, shopify::FinancialStatus, shopify::CreatedAt,
                              shopify::LineQty, shopify::LineName, shopify::LinePrice, shopify::LineSku,
                              shopify::BillingName, shopify::ShippingName}
                  + shopify::ShippingAddress);
    return shopifyOption.match(name).hasMatch()
           || in({shopify::Handle, shopify::Title, shopify::VariantSku, shopify::VariantQty, shopify::VariantPolicy,
                  shopify::VariantPrice});
}

// Missing required columns (all of them, before any row) and a warning for the
// columns that are not used.
Status checkHeader(Importer::Kind kind, Importer::Format format, const Table& table, QStringList* warnings)
{
    const Errors missing = requireColumns(table, requiredFor(format, kind));
    if (!missing.isEmpty())
        return missing;
    if (format == Importer::Format::Native) {
        const QStringList known = knownColumns().value(kind);
        for (const QString& name : table.header) {
            if (!name.isEmpty() && !known.contains(name.toLower()))
                warnings->append(Importer::tr("%1: column '%2' is not used and was ignored").arg(table.file, name));
        }
    } else {
        // The shops' exports have dozens of columns we have no use for: one line.
        QStringList unused;
        for (const QString& name : table.header) {
            if (!name.isEmpty() && !knownShopColumn(format, kind, name))
                unused << name;
        }
        if (!unused.isEmpty())
            warnings->append(Importer::tr("%1: %n column(s) not used and ignored: %2", nullptr, int(unused.size()))
                                 .arg(table.file, unused.join(QStringLiteral(", "))));
    }
    return {};
}

// Opens a file to be read row by row, once its header has every required column.
Result<std::unique_ptr<CsvStream>> openChecked(Importer::Kind kind, Importer::Format format, const QString& path,
                                               QStringList* warnings)
{
    Result<std::unique_ptr<CsvStream>> opened = CsvStream::openFile(path);
    if (!opened)
        return opened.errors();
    if (Status s = checkHeader(kind, format, opened.value()->table(), warnings); !s.ok())
        return s.errors();
    return opened;
}

// Rows that do not fit the header are reported alone, as when the whole file was read
// before any row was looked at; otherwise the rows' own problems.
Errors structureFirst(const CsvStream& stream, const Errors& rowErrors)
{
    return stream.errors().isEmpty() ? rowErrors : stream.errors();
}

// Calls the progress function and looks at the cancel flag every so many rows.
class Pacer
{
public:
    Pacer(const Importer::Options& options, const CsvStream& stream)
        : m_options(options)
        , m_stream(stream)
    {
    }

    // False when the import is to stop.
    bool tick()
    {
        if (++m_rows % 4096 != 0)
            return true;
        return report();
    }
    bool report()
    {
        if (m_options.progress)
            m_options.progress(m_stream.position(), m_stream.size());
        return !(m_options.cancel && m_options.cancel->load(std::memory_order_relaxed));
    }

private:
    const Importer::Options& m_options;
    const CsvStream& m_stream;
    qint64 m_rows = 0;
};

Error cancelled(const QString& file)
{
    return Error::at(file, 0, {}, Importer::tr("import cancelled; nothing was changed"));
}

// Hands every data row to `visit`, counted in report.rows, reporting progress and
// looking at the cancel flag as it goes. False when the import was cancelled.
bool readRows(CsvStream& stream, const Importer::Options& options, Importer::Report& report,
              const std::function<void(const Row&)>& visit)
{
    Pacer pacer(options, stream);
    Row row;
    while (stream.next(row)) {
        if (!pacer.tick())
            return false;
        ++report.rows;
        visit(row);
    }
    return pacer.report();
}

// One row of an items file, whatever its format, as the shop would save it.
struct ItemRecord
{
    ItemInput input;
    // Which of the item's fields the row gives; the others keep what the item has.
    bool hasName = true;
    bool hasPrice = true;
    bool hasPolicy = true;
    bool hasLimit = false;
    bool hasExpected = false;
    bool hasRelease = false;
    bool hasAttributes = false;
    bool hasTracked = false;
    // Shopify has a title per product, not a name per variant: an item whose name
    // begins with the title keeps its name.
    QString productTitle;
    // The web shops count stock as what they can still sell: our on hand less what
    // is allocated and waiting. Set for their files instead of input.onHand.
    std::optional<int> shopStock;
    QString stockField;
    QString policyField;
};

// What a Shopify product file carries from a handle's first row to its other rows.
struct ShopifyProduct
{
    QString handle;
    QString title;
    QStringList optionNames;
};

// The attribute text of the brief ("Color=Red; Size=M") from name/value pairs.
QString attributeText(const QList<std::pair<QString, QString>>& pairs)
{
    QStringList parts;
    for (const auto& [name, value] : pairs) {
        if (!name.isEmpty() && !value.isEmpty())
            parts << name + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral("; "));
}

// Reads a native items row. False when the row is not an item (never, here).
bool nativeItem(const Table& table, const Row& row, Fields& f, ItemRecord& rec)
{
    Item& item = rec.input.item;
    item.sku = f.required(QStringLiteral("sku"));
    item.name = f.required(QStringLiteral("name"));
    item.priceMinor = f.money(QStringLiteral("price")).value_or(0);
    // "tracked" no: nobody counts the item's stock, and on_hand may be empty.
    rec.hasTracked = !f.text(QStringLiteral("tracked")).isEmpty();
    item.tracked = !rec.hasTracked || f.flag(QStringLiteral("tracked"));
    rec.input.onHand = f.count(QStringLiteral("on_hand"), !item.tracked, 0);
    const QString policy = f.text(QStringLiteral("policy"));
    const std::optional<Policy> parsed = parsePolicy(policy);
    if (!parsed)
        f.error(QStringLiteral("policy"), Importer::tr("'%1' is not stop, backorder or preorder").arg(policy));
    item.policy = parsed.value_or(Policy::Stop);
    item.backorderLimit = f.count(QStringLiteral("backorder_limit"), true, 0);
    item.expectedDate = f.date(QStringLiteral("expected_date"));
    item.releaseDate = f.date(QStringLiteral("release_date"));
    item.attributes = f.text(QStringLiteral("attributes"));
    item.currency = f.text(QStringLiteral("currency")).toUpper();
    if (!item.currency.isEmpty() && !isCurrencyCode(item.currency))
        f.error(QStringLiteral("currency"),
                Importer::tr("'%1' is not a three-letter currency code such as EUR or DKK").arg(item.currency));
    rec.hasLimit = f.has(QStringLiteral("backorder_limit"));
    rec.hasExpected = f.has(QStringLiteral("expected_date"));
    rec.hasRelease = f.has(QStringLiteral("release_date"));
    rec.hasAttributes = f.has(QStringLiteral("attributes"));
    rec.policyField = QStringLiteral("policy");
    Q_UNUSED(table);
    Q_UNUSED(row);
    return true;
}

// WooCommerce's product export: simple products and variations are items; variable
// parents (and grouped or external products) carry no stock of their own.
bool wooItem(const Table& table, const Row& row, Fields& f, ItemRecord& rec)
{
    const QString type = f.text(woo::Type).toLower();
    const QStringList types = type.split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool simple = false;
    bool variation = false;
    for (const QString& t : types) {
        simple = simple || t.trimmed() == QLatin1String("simple");
        variation = variation || t.trimmed() == QLatin1String("variation");
    }
    if (!simple && !variation)
        return false;
    Item& item = rec.input.item;
    item.sku = f.required(woo::Sku);
    item.name = f.text(woo::Name);
    rec.hasName = !item.name.isEmpty();
    const std::optional<qint64> price = f.money(woo::RegularPrice);
    rec.hasPrice = price.has_value();
    item.priceMinor = price.value_or(0);
    const QString backorders = f.text(woo::Backorders).toLower();
    rec.policyField = woo::Backorders;
    rec.hasPolicy = !backorders.isEmpty();
    if (backorders == QLatin1String("1") || backorders == QLatin1String("notify") || backorders == QLatin1String("yes"))
        item.policy = Policy::Backorder;
    else if (backorders == QLatin1String("0") || backorders == QLatin1String("no") || backorders.isEmpty())
        item.policy = Policy::Stop;
    else
        f.error(woo::Backorders, Importer::tr("'%1' is not 0, 1 or notify").arg(backorders));
    if (f.has(woo::Stock)) {
        rec.shopStock = f.count(woo::Stock, true, std::numeric_limits<int>::min());
        rec.stockField = woo::Stock;
    }
    QList<std::pair<QString, QString>> attributes;
    for (int n = 1; f.has(woo::attributeName(n)); ++n) {
        // A variation has one value per attribute; a simple product may list several
        // ("Red, Blue"), which describes it but is no variant: kept as written.
        attributes.append({f.text(woo::attributeName(n)), f.text(woo::attributeValues(n))});
    }
    item.attributes = attributeText(attributes);
    rec.hasAttributes = true;
    Q_UNUSED(table);
    Q_UNUSED(row);
    return true;
}

// Shopify's product export: one row per variant; a product's title and option names
// are on its first row only; rows that only add an image are not items.
bool shopifyItem(const Table& table, const Row& row, Fields& f, ItemRecord& rec, ShopifyProduct& product)
{
    const QString handle = f.text(shopify::Handle);
    if (handle != product.handle) {
        product = ShopifyProduct {handle, {}, {}};
        for (int n = 1; n <= 3; ++n)
            product.optionNames << f.text(shopify::optionName(n));
    }
    const QString title = f.text(shopify::Title);
    if (!title.isEmpty())
        product.title = title;
    QStringList values;
    for (int n = 1; n <= 3; ++n)
        values << f.text(shopify::optionValue(n));
    const QString sku = f.text(shopify::VariantSku);
    const bool variantData = !sku.isEmpty() || !f.text(shopify::VariantPrice).isEmpty()
                             || !f.text(shopify::VariantQty).isEmpty() || !values.join(QString()).isEmpty();
    if (!variantData)
        return false; // an image row
    Item& item = rec.input.item;
    item.sku = f.required(shopify::VariantSku);
    QList<std::pair<QString, QString>> attributes;
    QStringList shown;
    for (int n = 0; n < 3; ++n) {
        const QString name = product.optionNames.value(n);
        const QString value = values.value(n);
        // A product without variants has the one option "Title" = "Default Title".
        if (value.isEmpty() || (name.compare(QLatin1String("Title"), Qt::CaseInsensitive) == 0
                                && value.compare(QLatin1String("Default Title"), Qt::CaseInsensitive) == 0))
            continue;
        attributes.append({name, value});
        shown << value;
    }
    item.name = shown.isEmpty() ? product.title : product.title + QStringLiteral(" - ") + shown.join(QStringLiteral(" / "));
    rec.hasName = !product.title.isEmpty();
    rec.productTitle = product.title;
    item.attributes = attributeText(attributes);
    rec.hasAttributes = true;
    const std::optional<qint64> price = f.money(shopify::VariantPrice);
    rec.hasPrice = price.has_value();
    item.priceMinor = price.value_or(0);
    const QString policy = f.text(shopify::VariantPolicy).toLower();
    rec.policyField = shopify::VariantPolicy;
    rec.hasPolicy = !policy.isEmpty();
    if (policy == QLatin1String("continue"))
        item.policy = Policy::Backorder;
    else if (policy == QLatin1String("deny") || policy.isEmpty())
        item.policy = Policy::Stop;
    else
        f.error(shopify::VariantPolicy, Importer::tr("'%1' is not continue or deny").arg(policy));
    if (f.has(shopify::VariantQty)) {
        rec.shopStock = f.count(shopify::VariantQty, true, std::numeric_limits<int>::min());
        rec.stockField = shopify::VariantQty;
    }
    Q_UNUSED(table);
    Q_UNUSED(row);
    return true;
}

// "2026-11-20 09:00:00 +0100", as Shopify writes times, or ISO 8601.
QDateTime parseShopTime(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?)\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return core::parseIsoDateTime(text);
    QString offset = m.captured(3);
    if (offset.size() == 5)
        offset.insert(3, QLatin1Char(':'));
    return core::parseIsoDateTime(m.captured(1) + QLatin1Char('T') + m.captured(2) + offset);
}

} // namespace

std::optional<Importer::Kind> Importer::parseKind(const QString& name)
{
    if (name == QLatin1String("items"))
        return Kind::Items;
    if (name == QLatin1String("customers"))
        return Kind::Customers;
    if (name == QLatin1String("orders"))
        return Kind::Orders;
    if (name == QLatin1String("purchase-orders"))
        return Kind::PurchaseOrders;
    if (name == QLatin1String("receipts"))
        return Kind::Receipts;
    return std::nullopt;
}

QStringList Importer::kindNames()
{
    return {QStringLiteral("items"), QStringLiteral("customers"), QStringLiteral("orders"),
            QStringLiteral("purchase-orders"), QStringLiteral("receipts")};
}

std::optional<Importer::Format> Importer::parseFormat(const QString& name)
{
    if (name == QLatin1String("native"))
        return Format::Native;
    if (name == QLatin1String("woocommerce"))
        return Format::WooCommerce;
    if (name == QLatin1String("shopify"))
        return Format::Shopify;
    return std::nullopt;
}

QStringList Importer::formatNames()
{
    return {QStringLiteral("native"), QStringLiteral("woocommerce"), QStringLiteral("shopify")};
}

bool Importer::supports(Format format, Kind kind)
{
    switch (format) {
    case Format::Native:
        return true;
    case Format::WooCommerce:
        return kind == Kind::Items;
    case Format::Shopify:
        return kind == Kind::Items || kind == Kind::Orders;
    }
    return false;
}

Result<Importer::Report> Importer::import(Kind kind, const QString& path, bool dryRun, bool completeOnly)
{
    Options options;
    options.dryRun = dryRun;
    options.completeOnly = completeOnly;
    return import(kind, path, options);
}

Result<Importer::Report> Importer::import(Kind kind, const QString& path, const Options& options)
{
    if (!supports(options.format, kind))
        return Error::at(path, 0, {}, tr("this format has no %1 file").arg(kindNames().value(int(kind))));
    Report report;
    Result<std::unique_ptr<CsvStream>> opened = openChecked(kind, options.format, path, &report.warnings);
    if (!opened)
        return opened.errors();
    CsvStream& stream = *opened.value();
    if (kind == Kind::Receipts) {
        Result<QList<ReceiveRequest>> receipts = receiptsFrom(stream, options, report);
        if (!receipts)
            return receipts.errors();
        report.warnings.append(stream.table().warnings);
        if (receipts->isEmpty())
            return report;
        ReceiveOptions receive;
        receive.completeOnly = options.completeOnly;
        receive.preview = options.dryRun;
        receive.sourceFile = path;
        Result<QList<CrossDockRow>> rows = StockService(m_shop).receive(receipts.value(), receive);
        if (!rows)
            return rows.errors();
        report.records = int(receipts->size());
        report.crossDock = rows.takeValue();
        return report;
    }
    const Status status = m_shop.transact(
        [&](DirtyItems& dirty) -> Status {
            switch (kind) {
            case Kind::Items:
                return importItems(stream, options, dirty, report);
            case Kind::Customers:
                return importCustomers(stream, options, report);
            case Kind::Orders:
                return importOrders(stream, options, dirty, report);
            case Kind::PurchaseOrders:
                return importPurchaseOrders(stream, options, dirty, report);
            case Kind::Receipts:
                break;
            }
            return {};
        },
        !options.dryRun);
    if (!status.ok())
        return status.errors();
    report.warnings.append(stream.table().warnings);
    return report;
}

Status Importer::importItems(CsvStream& stream, const Options& options, DirtyItems& dirty, Report& report)
{
    const Table& table = stream.table();
    Errors errors;
    CatalogService catalog(m_shop);
    store::ShopStore& store = m_shop.store();
    store::BulkItemWriter bulk(m_shop.db());
    // Items created by this file have larger ids: a second row for one is a duplicate.
    const qint64 lastIdBefore = bulk.available() ? bulk.maxItemId() : 0;
    QSet<qint64> updated;
    QSet<QString> seenSlow; // duplicates, when the fast path is not there
    const QString currency = m_shop.config().text(store::settings::ShopCurrency);
    const QDateTime now = m_shop.now();
    int negativeStock = 0;
    ShopifyProduct product;
    const QString skuField = options.format == Format::Native        ? QStringLiteral("sku")
                             : options.format == Format::WooCommerce ? woo::Sku
                                                                     : shopify::VariantSku;
    // Rows are read and checked on a second thread while this one writes them.
    struct ParsedItem
    {
        ItemRecord rec;
        Errors errors;
        int line = 0;
        bool isItem = true;
    };
    RowPipeline<ParsedItem>::Parse parse = [&table, &options, &product](const Row& row, ParsedItem& parsed) {
        Fields f(table, row, parsed.errors);
        parsed.line = row.line;
        parsed.rec.input.sourceLine = row.line;
        switch (options.format) {
        case Format::Native:
            parsed.isItem = nativeItem(table, row, f, parsed.rec);
            break;
        case Format::WooCommerce:
            parsed.isItem = wooItem(table, row, f, parsed.rec);
            break;
        case Format::Shopify:
            parsed.isItem = shopifyItem(table, row, f, parsed.rec, product);
            break;
        }
        return true;
    };
    const qint64 fileSize = stream.size();
    RowPipeline<ParsedItem> rows(stream, std::move(parse), options.cancel);
    auto stopped = [&] {
        rows.stop();
        return cancelled(table.file);
    };
    ParsedItem parsed;
    while (rows.next(parsed)) {
        ++report.rows;
        if (report.rows % 4096 == 0) {
            if (options.progress)
                options.progress(rows.position(), fileSize);
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return stopped();
        }
        if (!parsed.isItem) {
            ++report.skipped;
            continue;
        }
        ItemRecord& rec = parsed.rec;
        Errors& rowErrors = parsed.errors;
        const int line = parsed.line;
        auto rowError = [&](const QString& field, const QString& message) {
            rowErrors << Error::at(table.file, line, field, message);
        };
        Item& item = rec.input.item;
        if (!rowErrors.isEmpty() || item.sku.isEmpty()) {
            errors << rowErrors;
            if (errors.size() >= maxErrors)
                break;
            continue;
        }

        // Find the item: the fast path asks SQLite directly.
        qint64 id = 0;
        std::optional<Item> existing;
        if (bulk.available()) {
            // Into an empty catalogue every row is a new item: the SKU's unique index
            // finds a second row for one when it is inserted, no lookup needed.
            if (lastIdBefore > 0) {
                Result<qint64> found = bulk.itemId(item.sku);
                if (!found)
                    return found.errors();
                id = found.value();
                if (id > 0 && id <= lastIdBefore)
                    existing = store.itemBySku(item.sku);
            }
        } else {
            existing = store.itemBySku(item.sku);
            id = existing ? existing->id : 0;
            if (seenSlow.contains(item.sku))
                id = std::numeric_limits<qint64>::max();
            seenSlow.insert(item.sku);
        }
        const bool duplicate = (id > lastIdBefore && bulk.available()) || id == std::numeric_limits<qint64>::max()
                               || (existing && updated.contains(existing->id));
        if (duplicate) {
            rowError(skuField, tr("SKU '%1' appears more than once in the file").arg(item.sku));
            errors << rowErrors;
            if (errors.size() >= maxErrors)
                break;
            continue;
        }

        // The web shops' stock is what they can still sell.
        if (rec.shopStock && item.tracked) {
            const int stock = *rec.shopStock;
            const int allocated = existing ? existing->allocated : 0;
            const int waiting = existing ? existing->waiting : 0;
            if (stock < -waiting) {
                if (existing) {
                    rowError(rec.stockField,
                            tr("%1: stock %2 means %3 units on backorder in the shop, but %4 wait here; import the "
                               "shop's orders first")
                                .arg(item.sku)
                                .arg(stock)
                                .arg(-stock)
                                .arg(waiting));
                    errors << rowErrors;
                    continue;
                }
                ++negativeStock;
            }
            rec.input.onHand = std::max(stock + allocated + waiting, allocated);
        }

        if (existing) {
            updated.insert(existing->id);
            // A column the file does not have leaves what the item has as it is.
            if (!rec.hasName || (!rec.productTitle.isEmpty() && existing->name.startsWith(rec.productTitle)))
                item.name = existing->name;
            if (!rec.hasPrice)
                item.priceMinor = existing->priceMinor;
            if (!rec.hasPolicy)
                item.policy = existing->policy;
            // The shops know "backorders allowed", which a preorder item is too.
            if (options.format != Format::Native && item.policy == Policy::Backorder
                && existing->policy == Policy::Preorder)
                item.policy = Policy::Preorder;
            if (!rec.hasLimit)
                item.backorderLimit = existing->backorderLimit;
            if (!rec.hasExpected)
                item.expectedDate = existing->expectedDate;
            if (!rec.hasRelease)
                item.releaseDate = existing->releaseDate;
            if (!rec.hasAttributes)
                item.attributes = existing->attributes;
            if (item.currency.isEmpty())
                item.currency = existing->currency;
            if (!rec.hasTracked)
                item.tracked = existing->tracked;
            if (item.shop.isEmpty())
                item.shop = existing->shop;
        }
        if (item.policy == Policy::Preorder && !item.releaseDate.isValid() && rec.hasRelease)
            rowError(QStringLiteral("release_date"), tr("a preorder item needs its release date"));
        if (rowErrors.isEmpty()) {
            if (!existing && bulk.available()) {
                store::BulkItemWriter::NewItem input;
                input.item = item;
                if (input.item.currency.isEmpty())
                    input.item.currency = currency;
                if (input.item.name.isEmpty())
                    input.item.name = item.sku;
                input.onHand = item.tracked ? rec.input.onHand.value_or(0) : 0;
                input.at = now;
                input.line = line;
                if (Status s = bulk.add(input); !s.ok())
                    return s;
            } else {
                Errors saved = catalog.saveItemWithin(rec.input, table.file, dirty).errors();
                // Name the field as the file does.
                for (Error& e : saved) {
                    if (e.field == QLatin1String("on_hand") && !rec.stockField.isEmpty())
                        e.field = rec.stockField;
                    else if (e.field == QLatin1String("policy"))
                        e.field = rec.policyField;
                }
                rowErrors << saved;
            }
        }
        errors << rowErrors;
        if (errors.size() >= maxErrors)
            break;
        ++report.records;
    }
    rows.stop(); // also when the errors are too many to go on
    if (rows.cancelled() || (options.cancel && options.cancel->load(std::memory_order_relaxed)))
        return cancelled(table.file);
    if (options.progress)
        options.progress(rows.position(), fileSize);
    errors << stream.errors();
    if (bulk.available()) {
        if (Status s = bulk.flush(); !s.ok())
            return s;
        for (const store::BulkItemWriter::Rejected& rejected : bulk.rejected()) {
            errors << Error::at(table.file, rejected.line, skuField,
                                rejected.duplicate
                                    ? tr("SKU '%1' appears more than once in the file").arg(rejected.sku)
                                    : tr("database error: %1").arg(rejected.message));
            report.records -= 1;
        }
    }
    if (errors.isEmpty() && bulk.created() > 0) {
        const qint64 created = bulk.created();
        // One event for the items this file created; each item's history shows its
        // creation from the item itself.
        const QString details = tr("%1: %n item(s) created", nullptr, int(std::min<qint64>(created, INT_MAX)))
                                    .arg(QFileInfo(table.file).fileName());
        if (Status s = store.addEvent(now, QStringLiteral("items imported"), 0, 0, 0, details); !s.ok())
            return s;
    }
    if (negativeStock > 0)
        report.warnings << tr("%1: %n item(s) have less than no stock in the shop (orders on backorder there) and "
                              "start with none on hand; import the shop's orders to queue them",
                              nullptr, negativeStock)
                               .arg(table.file);
    return sortedByLine(errors);
}

Status Importer::importOrders(CsvStream& stream, const Options& options, DirtyItems& dirty, Report& report)
{
    const Table& table = stream.table();
    const bool native = options.format == Format::Native;
    const QString numberField = native ? QStringLiteral("order_number") : shopify::OrderName;
    const QString placedField = native ? QStringLiteral("placed_at") : shopify::CreatedAt;
    const QString emailField = native ? QStringLiteral("customer_email") : shopify::Email;
    const QString skuField = native ? QStringLiteral("sku") : shopify::LineSku;
    const QString qtyField = native ? QStringLiteral("qty") : shopify::LineQty;
    const QString priceField = native ? QStringLiteral("unit_price") : shopify::LinePrice;
    Errors errors;
    // The orders are placed once the whole file is read, in the order they were placed
    // (an order's rows need not be together); until then they wait on disk.
    store::OrderSpool spool(m_shop.db(), table.file);
    if (Status s = spool.open(); !s.ok())
        return s;
    // The order of the row before: the rows of one order mostly come together.
    std::optional<store::OrderSpool::Head> current;
    QString currentNumber;
    int notImported = 0; // Shopify orders refunded or voided
    Pacer pacer(options, stream);
    Row row;
    while (stream.next(row)) {
        if (!pacer.tick())
            return cancelled(table.file);
        ++report.rows;
        Fields f(table, row, errors);
        QString number = f.required(numberField);
        if (!native && number.startsWith(QLatin1Char('#')))
            number.remove(0, 1);
        if (!current || number != currentNumber) {
            current = spool.find(number);
            currentNumber = number;
        }
        if (current && current->skipped)
            continue;
        const bool first = !current;
        // Shopify writes the order's own fields on its first row only.
        QDateTime placedAt;
        QString email;
        if (native) {
            placedAt = f.dateTime(placedField, true);
            email = f.required(emailField).toLower();
        } else if (first || !f.text(placedField).isEmpty()) {
            const QString text = f.text(placedField);
            placedAt = parseShopTime(text);
            if (text.isEmpty())
                f.error(placedField, tr("a date and time is required"));
            else if (!placedAt.isValid())
                f.error(placedField, tr("'%1' is not a time such as 2026-11-03 14:05:00 +0100").arg(text));
            email = first ? f.required(emailField).toLower() : f.text(emailField).toLower();
        }
        NewOrderLine line;
        line.sku = f.required(skuField);
        line.qty = f.count(qtyField, false, 1).value_or(0);
        line.unitPriceMinor = f.money(priceField);
        line.sourceLine = row.line;
        if (first) {
            NewOrder order;
            order.number = number;
            order.placedAt = placedAt;
            order.customerEmail = email;
            order.sourceFile = table.file;
            order.sourceLine = row.line;
            if (native) {
                order.customerName = f.text(QStringLiteral("customer_name"));
                const QString payment = f.text(QStringLiteral("payment_state"));
                const std::optional<PaymentState> state = parsePaymentState(payment);
                if (!state)
                    f.error(QStringLiteral("payment_state"),
                            tr("'%1' is not none, verified, authorized or captured").arg(payment));
                order.payment = state.value_or(PaymentState::None);
                order.cardLast4 = f.text(QStringLiteral("card_last4"));
                order.cardExpiry = f.text(QStringLiteral("card_expiry"));
                order.shipToName = f.text(QStringLiteral("ship_to_name"));
                order.shipToAddress = f.text(QStringLiteral("ship_to_address"));
                order.holdUntilComplete = f.flag(QStringLiteral("hold_until_complete"));
            } else {
                const QString status = f.text(shopify::FinancialStatus).toLower();
                if (status == QLatin1String("refunded") || status == QLatin1String("voided")) {
                    Result<store::OrderSpool::Head> kept = spool.addOrder(order, true);
                    if (!kept)
                        return kept.errors();
                    current = kept.value();
                    ++notImported;
                    ++report.skipped;
                    continue;
                }
                if (status == QLatin1String("paid") || status == QLatin1String("partially_paid")
                    || status == QLatin1String("partially_refunded"))
                    order.payment = PaymentState::Captured;
                else if (status == QLatin1String("authorized"))
                    order.payment = PaymentState::Authorized;
                else if (status == QLatin1String("pending") || status == QLatin1String("expired") || status.isEmpty())
                    order.payment = PaymentState::None;
                else
                    f.error(shopify::FinancialStatus,
                            tr("'%1' is not paid, partially_paid, authorized, pending, refunded or voided").arg(status));
                if (order.payment == PaymentState::Authorized)
                    order.authorizedAt = placedAt;
                order.shipToName = f.text(shopify::ShippingName);
                order.customerName = f.text(shopify::BillingName);
                if (order.customerName.isEmpty())
                    order.customerName = order.shipToName;
                // "Havnegade 4, 1058 København, DK": the postcode goes with the town.
                QStringList address;
                for (const QString& column : shopify::ShippingAddress) {
                    const QString part = f.text(column);
                    if (part.isEmpty())
                        continue;
                    if (column == QLatin1String("Shipping City") && !address.isEmpty()
                        && address.last() == f.text(QStringLiteral("Shipping Zip")))
                        address.last() += QLatin1Char(' ') + part;
                    else
                        address << part;
                }
                order.shipToAddress = address.join(QStringLiteral(", "));
            }
            Result<store::OrderSpool::Head> added = spool.addOrder(order);
            if (!added)
                return added.errors();
            current = added.value();
        } else {
            const store::OrderSpool::Head& order = *current;
            if (placedAt.isValid() && placedAt != order.placedAt)
                f.error(placedField,
                        tr("order %1 was placed at %2 on line %3").arg(number, core::toIso(order.placedAt)).arg(order.sourceLine));
            if (!email.isEmpty() && email != order.customerEmail)
                f.error(emailField,
                        tr("order %1 belongs to %2 on line %3").arg(number, order.customerEmail).arg(order.sourceLine));
        }
        if (Status s = spool.addLine(current->key, line); !s.ok())
            return s;
        if (errors.size() >= maxErrors)
            break;
    }
    if (!pacer.report())
        return cancelled(table.file);
    errors << stream.errors();
    if (notImported > 0)
        report.warnings << tr("%1: %n refunded or voided order(s) not imported", nullptr, notImported).arg(table.file);
    // Rows with errors in their own fields are not placed, but every other order is,
    // so one run reports every problem (the whole file is undone all the same).
    QSet<int> badLines;
    for (const Error& e : std::as_const(errors))
        badLines.insert(e.line);
    // In the order they were placed, so the queue is the shop's real queue.
    OrderService service(m_shop);
    bool stopped = false;
    const Status replayed = spool.forEachByPlacedTime([&](const NewOrder& order) {
        const bool bad = badLines.contains(order.sourceLine)
                         || std::any_of(order.lines.cbegin(), order.lines.cend(),
                                        [&](const NewOrderLine& l) { return badLines.contains(l.sourceLine); });
        if (bad)
            return true;
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            stopped = true;
            return false;
        }
        Result<PlacedOrder> placed = service.placeWithin(order, dirty);
        if (!placed) {
            Errors placing = placed.errors();
            if (!native) {
                for (Error& e : placing) {
                    if (e.field == QLatin1String("qty"))
                        e.field = qtyField;
                    else if (e.field == QLatin1String("sku"))
                        e.field = skuField;
                }
            }
            errors << placing;
        } else {
            ++report.records;
        }
        return errors.size() < maxErrors;
    });
    if (!replayed.ok())
        return replayed;
    if (stopped)
        return cancelled(table.file);
    return sortedByLine(errors);
}

Status Importer::importCustomers(CsvStream& stream, const Options& options, Report& report)
{
    const Table& table = stream.table();
    Errors errors;  // in the rows' own fields
    Errors refused; // by the shop's rules; reported only when every row reads well
    CatalogService catalog(m_shop);
    const bool read = readRows(stream, options, report, [&](const Row& row) {
        Fields f(table, row, errors);
        Customer c;
        c.email = f.required(QStringLiteral("email")).toLower();
        c.name = f.text(QStringLiteral("name"));
        c.phone = f.text(QStringLiteral("phone"));
        c.address = f.text(QStringLiteral("address"));
        ++report.records;
        // After a bad row nothing is saved, but the rest is read for the others.
        if (errors.isEmpty() && refused.size() < maxErrors)
            refused << catalog.saveCustomerWithin(c, table.file, row.line).errors();
    });
    if (!read)
        return cancelled(table.file);
    return structureFirst(stream, errors.isEmpty() ? refused : errors);
}

Status Importer::importPurchaseOrders(CsvStream& stream, const Options& options, DirtyItems& dirty, Report& report)
{
    const Table& table = stream.table();
    Errors errors;
    CatalogService catalog(m_shop);
    store::ShopStore& store = m_shop.store();
    // The lines of one purchase order may be spread over the file: each finds its order
    // in the database, where an earlier line wrote it. Orders with a larger id than this
    // were made by the file; existing ones it adds to are counted once.
    const qint64 lastIdBefore = store::PurchaseQueries(m_shop.db()).lastId();
    QSet<qint64> extended;
    const bool read = readRows(stream, options, report, [&](const Row& row) {
        // Enough to fix: the rest is only read, for rows that do not fit the header.
        if (errors.size() >= maxErrors)
            return;
        Errors rowErrors;
        Fields f(table, row, rowErrors);
        PurchaseOrderLineInput line;
        line.poNumber = f.required(QStringLiteral("po_number"));
        line.supplier = f.text(QStringLiteral("supplier"));
        line.sku = f.required(QStringLiteral("sku"));
        line.qty = f.count(QStringLiteral("qty"), false, 1).value_or(0);
        line.expected = f.date(QStringLiteral("expected_date"));
        line.sourceLine = row.line;
        if (!rowErrors.isEmpty()) {
            errors << rowErrors;
            return;
        }
        const std::optional<qint64> known = store.purchaseOrderId(line.poNumber);
        const Status saved = catalog.savePurchaseOrderLineWithin(line, table.file, dirty);
        errors << saved.errors();
        if (!saved.ok())
            return;
        if (!known) {
            ++report.records;
        } else if (*known <= lastIdBefore && !extended.contains(*known)) {
            extended.insert(*known);
            ++report.records;
        }
    });
    if (!read)
        return cancelled(table.file);
    return structureFirst(stream, sortedByLine(errors));
}

// The receive service takes all of a file's receipts as one action, in the order they
// came in: the requests are held until the end (a few fields each), the rows are not.
Result<QList<ReceiveRequest>> Importer::receiptsFrom(CsvStream& stream, const Options& options, Report& report)
{
    const Table& table = stream.table();
    Errors errors;
    QList<ReceiveRequest> requests;
    const bool read = readRows(stream, options, report, [&](const Row& row) {
        Fields f(table, row, errors);
        ReceiveRequest r;
        r.receivedAt = f.dateTime(QStringLiteral("received_at"), true);
        r.sku = f.required(QStringLiteral("sku"));
        r.qty = f.count(QStringLiteral("qty"), false, 1).value_or(0);
        r.reference = f.text(QStringLiteral("reference"));
        r.poNumber = f.text(QStringLiteral("po_number"));
        r.sourceLine = row.line;
        requests << r;
    });
    if (!read)
        return cancelled(table.file);
    if (!stream.errors().isEmpty())
        return stream.errors();
    if (!errors.isEmpty()) {
        // Also name the unknown SKUs and purchase orders of the other rows, so one
        // run lists everything to fix.
        QSet<int> badLines;
        for (const Error& e : std::as_const(errors))
            badLines.insert(e.line);
        for (const ReceiveRequest& r : std::as_const(requests)) {
            if (badLines.contains(r.sourceLine))
                continue;
            if (!m_shop.store().itemBySku(r.sku))
                errors << Error::at(table.file, r.sourceLine, QStringLiteral("sku"), tr("unknown SKU '%1'").arg(r.sku));
            else if (!r.poNumber.isEmpty() && !m_shop.store().purchaseOrderId(r.poNumber))
                errors << Error::at(table.file, r.sourceLine, QStringLiteral("po_number"),
                                    tr("unknown purchase order '%1'").arg(r.poNumber));
        }
        return sortedByLine(errors);
    }
    std::stable_sort(requests.begin(), requests.end(),
                     [](const ReceiveRequest& a, const ReceiveRequest& b) { return a.receivedAt < b.receivedAt; });
    return requests;
}

Result<QList<ReceiveRequest>> Importer::readReceipts(const QString& path)
{
    QStringList warnings;
    Result<std::unique_ptr<CsvStream>> opened = openChecked(Kind::Receipts, Format::Native, path, &warnings);
    if (!opened)
        return opened.errors();
    Report report;
    return receiptsFrom(*opened.value(), Options(), report);
}

} // namespace bd::csv
