#include "Importer.h"

#include "csv/CsvReader.h"
#include "domain/Rules.h"
#include "services/CatalogService.h"
#include "services/OrderService.h"

#include <QMap>

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
          QStringLiteral("allocated"), QStringLiteral("available"), QStringLiteral("waiting")}},
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

Result<Table> readTable(Importer::Kind kind, const QString& path, QStringList* warnings)
{
    Result<Table> table = CsvReader::readFile(path);
    if (!table)
        return table.errors();
    const Errors missing = requireColumns(table.value(), requiredColumns().value(kind));
    if (!missing.isEmpty())
        return missing;
    const QStringList known = knownColumns().value(kind);
    for (const QString& name : table->header) {
        if (!name.isEmpty() && !known.contains(name.toLower()))
            warnings->append(Importer::tr("%1: column '%2' is not used and was ignored").arg(path, name));
    }
    warnings->append(table->warnings);
    return table;
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

Result<Importer::Report> Importer::import(Kind kind, const QString& path, bool dryRun, bool completeOnly)
{
    Report report;
    Result<Table> table = readTable(kind, path, &report.warnings);
    if (!table)
        return table.errors();
    report.rows = int(table->rows.size());
    if (kind == Kind::Receipts) {
        Result<QList<ReceiveRequest>> receipts = receiptsFrom(table.value());
        if (!receipts)
            return receipts.errors();
        if (receipts->isEmpty())
            return report;
        ReceiveOptions options;
        options.completeOnly = completeOnly;
        options.preview = dryRun;
        options.sourceFile = path;
        Result<QList<CrossDockRow>> rows = StockService(m_shop).receive(receipts.value(), options);
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
                return importItems(table.value(), dirty, report);
            case Kind::Customers:
                return importCustomers(table.value(), report);
            case Kind::Orders:
                return importOrders(table.value(), dirty, report);
            case Kind::PurchaseOrders:
                return importPurchaseOrders(table.value(), dirty, report);
            case Kind::Receipts:
                break;
            }
            return {};
        },
        !dryRun);
    if (!status.ok())
        return status.errors();
    return report;
}

Status Importer::importItems(const Table& table, DirtyItems& dirty, Report& report)
{
    Errors errors;
    CatalogService catalog(m_shop);
    QSet<QString> seen;
    for (const Row& row : table.rows) {
        Errors rowErrors;
        Fields f(table, row, rowErrors);
        ItemInput input;
        input.sourceLine = row.line;
        Item& item = input.item;
        item.sku = f.required(QStringLiteral("sku"));
        if (!item.sku.isEmpty() && seen.contains(item.sku))
            f.error(QStringLiteral("sku"), tr("SKU '%1' appears more than once in the file").arg(item.sku));
        seen.insert(item.sku);
        item.name = f.required(QStringLiteral("name"));
        item.priceMinor = f.money(QStringLiteral("price")).value_or(0);
        input.onHand = f.count(QStringLiteral("on_hand"), false, 0);
        const QString policy = f.text(QStringLiteral("policy"));
        const std::optional<Policy> parsed = parsePolicy(policy);
        if (!parsed)
            f.error(QStringLiteral("policy"), tr("'%1' is not stop, backorder or preorder").arg(policy));
        item.policy = parsed.value_or(Policy::Stop);
        item.backorderLimit = f.count(QStringLiteral("backorder_limit"), true, 0);
        item.expectedDate = f.date(QStringLiteral("expected_date"));
        item.releaseDate = f.date(QStringLiteral("release_date"));
        item.attributes = f.text(QStringLiteral("attributes"));
        item.currency = f.text(QStringLiteral("currency")).toUpper();
        // A column the file does not have leaves what the item has as it is.
        if (const std::optional<Item> existing = m_shop.store().itemBySku(item.sku)) {
            if (!f.has(QStringLiteral("backorder_limit")))
                item.backorderLimit = existing->backorderLimit;
            if (!f.has(QStringLiteral("expected_date")))
                item.expectedDate = existing->expectedDate;
            if (!f.has(QStringLiteral("release_date")))
                item.releaseDate = existing->releaseDate;
            if (!f.has(QStringLiteral("attributes")))
                item.attributes = existing->attributes;
            if (item.currency.isEmpty())
                item.currency = existing->currency;
        }
        if (item.policy == Policy::Preorder && !item.releaseDate.isValid() && f.has(QStringLiteral("release_date")))
            f.error(QStringLiteral("release_date"), tr("a preorder item needs its release date"));
        if (rowErrors.isEmpty())
            rowErrors << catalog.saveItemWithin(input, table.file, dirty).errors();
        errors << rowErrors;
        if (errors.size() >= maxErrors)
            break;
        ++report.records;
    }
    return sortedByLine(errors);
}

Status Importer::importCustomers(const Table& table, Report& report)
{
    Errors errors;
    QList<Customer> customers;
    QList<int> lines;
    for (const Row& row : table.rows) {
        Fields f(table, row, errors);
        Customer c;
        c.email = f.required(QStringLiteral("email")).toLower();
        c.name = f.text(QStringLiteral("name"));
        c.phone = f.text(QStringLiteral("phone"));
        c.address = f.text(QStringLiteral("address"));
        customers << c;
        lines << row.line;
    }
    if (!errors.isEmpty())
        return errors;
    report.records = int(customers.size());
    return CatalogService(m_shop).saveCustomers(customers, table.file, lines);
}

Status Importer::importOrders(const Table& table, DirtyItems& dirty, Report& report)
{
    Errors errors;
    QList<NewOrder> orders;
    QHash<QString, qsizetype> byNumber;
    for (const Row& row : table.rows) {
        Fields f(table, row, errors);
        const QString number = f.required(QStringLiteral("order_number"));
        const QDateTime placedAt = f.dateTime(QStringLiteral("placed_at"), true);
        const QString email = f.required(QStringLiteral("customer_email")).toLower();
        NewOrderLine line;
        line.sku = f.required(QStringLiteral("sku"));
        line.qty = f.count(QStringLiteral("qty"), false, 1).value_or(0);
        line.unitPriceMinor = f.money(QStringLiteral("unit_price"));
        line.sourceLine = row.line;
        auto it = byNumber.find(number);
        if (it == byNumber.end()) {
            NewOrder order;
            order.number = number;
            order.placedAt = placedAt;
            order.customerEmail = email;
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
            order.sourceFile = table.file;
            order.sourceLine = row.line;
            it = byNumber.insert(number, orders.size());
            orders << order;
        } else {
            const NewOrder& order = orders[*it];
            if (placedAt.isValid() && placedAt != order.placedAt)
                f.error(QStringLiteral("placed_at"),
                        tr("order %1 was placed at %2 on line %3").arg(number, core::toIso(order.placedAt)).arg(order.sourceLine));
            if (!email.isEmpty() && email != order.customerEmail)
                f.error(QStringLiteral("customer_email"),
                        tr("order %1 belongs to %2 on line %3").arg(number, order.customerEmail).arg(order.sourceLine));
        }
        orders[*it].lines << line;
    }
    // Rows with errors in their own fields are not placed, but every other order is,
    // so one run reports every problem (the whole file is undone all the same).
    QSet<int> badLines;
    for (const Error& e : std::as_const(errors))
        badLines.insert(e.line);
    // In the order they were placed, so the queue is the shop's real queue.
    std::stable_sort(orders.begin(), orders.end(),
                     [](const NewOrder& a, const NewOrder& b) { return a.placedAt < b.placedAt; });
    OrderService service(m_shop);
    for (const NewOrder& order : std::as_const(orders)) {
        const bool bad = badLines.contains(order.sourceLine)
                         || std::any_of(order.lines.cbegin(), order.lines.cend(),
                                        [&](const NewOrderLine& l) { return badLines.contains(l.sourceLine); });
        if (bad)
            continue;
        Result<PlacedOrder> placed = service.placeWithin(order, dirty);
        if (!placed)
            errors << placed.errors();
        else
            ++report.records;
        if (errors.size() >= maxErrors)
            break;
    }
    return sortedByLine(errors);
}

Status Importer::importPurchaseOrders(const Table& table, DirtyItems& dirty, Report& report)
{
    Errors errors;
    QList<PurchaseOrderLineInput> lines;
    for (const Row& row : table.rows) {
        Fields f(table, row, errors);
        PurchaseOrderLineInput line;
        line.poNumber = f.required(QStringLiteral("po_number"));
        line.supplier = f.text(QStringLiteral("supplier"));
        line.sku = f.required(QStringLiteral("sku"));
        line.qty = f.count(QStringLiteral("qty"), false, 1).value_or(0);
        line.expected = f.date(QStringLiteral("expected_date"));
        line.sourceLine = row.line;
        lines << line;
    }
    QSet<int> badLines;
    for (const Error& e : std::as_const(errors))
        badLines.insert(e.line);
    CatalogService catalog(m_shop);
    QSet<QString> numbers;
    for (const PurchaseOrderLineInput& line : std::as_const(lines)) {
        if (badLines.contains(line.sourceLine))
            continue;
        errors << catalog.savePurchaseOrderLineWithin(line, table.file, dirty).errors();
        numbers.insert(line.poNumber);
        if (errors.size() >= maxErrors)
            break;
    }
    report.records = int(numbers.size());
    return sortedByLine(errors);
}

Result<QList<ReceiveRequest>> Importer::receiptsFrom(const Table& table)
{
    Errors errors;
    QList<ReceiveRequest> requests;
    for (const Row& row : table.rows) {
        Fields f(table, row, errors);
        ReceiveRequest r;
        r.receivedAt = f.dateTime(QStringLiteral("received_at"), true);
        r.sku = f.required(QStringLiteral("sku"));
        r.qty = f.count(QStringLiteral("qty"), false, 1).value_or(0);
        r.reference = f.text(QStringLiteral("reference"));
        r.poNumber = f.text(QStringLiteral("po_number"));
        r.sourceLine = row.line;
        requests << r;
    }
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
    Result<Table> table = readTable(Kind::Receipts, path, &warnings);
    if (!table)
        return table.errors();
    return receiptsFrom(table.value());
}

} // namespace bd::csv
