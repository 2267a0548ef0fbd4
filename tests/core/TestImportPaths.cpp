// The orders import and placing the same orders one at a time must leave the same
// shop: on randomized files (rows of an order scattered, ties in placed time, customers
// ordering more than once, items that wait, that are pre-ordered, that have stock), two
// shops start alike; one imports the file, the other places each order through the order
// service in the order the import places them (placed time, then file order); after a
// receipt in both, every table of the two databases, dumped row by row, is the same.
// This is the test that a faster import path must pass: it may not change a byte.

#include "ShopFixture.h"

#include "csv/CsvWriter.h"
#include "csv/Importer.h"
#include "services/InsightService.h"
#include "services/OrderService.h"
#include "store/CustomerStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using bd::test::ShopFixture;

namespace {

const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// Every row of every table of the shop as text, each table's rows sorted, the tables by
// name. Message-IDs of e-mails are random by design (RFC 5322 wants them unique): only
// whether one is set is kept. A full-text index is compared by its entries.
QStringList dump(services::Shop& shop)
{
    QSqlDatabase db = shop.db().connection();
    QStringList tables = db.tables(QSql::Tables);
    tables.sort();
    QStringList out;
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // A full-text index's segments are laid out by the statements that wrote its
        // rows (FTS5 writes one at the end of each statement), not by what it holds:
        // its entries are compared instead, every term of every row at its place.
        const QString index = table.section(u'_', 0, -2);
        const QString part = table.section(u'_', -1);
        if ((part == u"data"_s || part == u"idx"_s) && tables.contains(index)) {
            if (part == u"idx"_s)
                continue;
            const QString vocab = u"temp.vocab_"_s + index;
            if (!q.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS "_s + vocab + u" USING fts5vocab(main, "_s + index
                        + u", instance)"_s)
                || !q.exec(u"SELECT term, doc, col, offset FROM "_s + vocab)) {
                out << table + u": cannot read the index's entries"_s;
                continue;
            }
        } else if (!q.exec(u"SELECT * FROM "_s + table)) {
            out << table + u": cannot read"_s;
            continue;
        }
        QStringList rows;
        while (q.next()) {
            const QSqlRecord r = q.record();
            QStringList cells;
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = r.value(i);
                QString text = v.isNull() ? u"NULL"_s : v.toString();
                if (r.fieldName(i) == u"message_id"_s && !v.isNull())
                    text = u"<set>"_s;
                // The time a migration ran is the computer's, not the shop's clock.
                if (table == u"schema_migrations"_s && r.fieldName(i) == u"applied_at"_s)
                    text = u"<when>"_s;
                cells << r.fieldName(i) + u'=' + text;
            }
            rows << cells.join(u'|');
        }
        rows.sort();
        out << table + u": "_s + QString::number(rows.size()) + u" rows"_s;
        for (const QString& row : std::as_const(rows))
            out << table + u" | "_s + row;
    }
    return out;
}

struct Scenario
{
    QList<NewOrder> orders;          // in the order the import places them
    QList<QStringList> rows;         // the file
};

// Orders over the items of addItems(), their rows shuffled.
Scenario makeScenario(quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList skus{u"BO-A"_s, u"BO-B"_s, u"PRE-C"_s, u"STOCK-D"_s, u"PO-E"_s};
    struct Row
    {
        int order;
        QStringList cells;
    };
    QList<Row> rows;
    QList<NewOrder> orders;
    const int count = 20 + int(rng.bounded(40));
    for (int n = 0; n < count; ++n) {
        NewOrder order;
        // Numbers of different lengths: 99 comes before 100 in the queue.
        order.number = QString::number(n % 3 == 0 ? 90 + n : 5000 + n);
        // Few distinct minutes, so that many orders share a placed time.
        order.placedAt = start.addSecs(-60 * qint64(rng.bounded(12)) - 3600);
        const int customer = int(rng.bounded(12));
        order.customerEmail = u"c%1@example.com"_s.arg(customer);
        // Now and then a customer gives another name: the newest is kept.
        order.customerName = rng.bounded(5) == 0 ? u"Customer %1 (again)"_s.arg(customer) : u"Customer %1"_s.arg(customer);
        if (rng.bounded(2) == 0) {
            order.payment = PaymentState::Authorized;
            order.cardLast4 = u"4242"_s;
            order.cardExpiry = u"2027-0%1"_s.arg(1 + rng.bounded(9));
        }
        QStringList pool = skus;
        const int lines = 1 + int(rng.bounded(3));
        for (int l = 0; l < lines; ++l) {
            const QString sku = pool.takeAt(rng.bounded(int(pool.size())));
            const int qty = 1 + int(rng.bounded(3));
            order.lines << NewOrderLine{sku, qty, std::nullopt, 0};
            rows << Row{n, {order.number, core::toIso(order.placedAt), order.customerEmail, order.customerName, sku,
                            QString::number(qty), toString(order.payment), order.cardLast4, order.cardExpiry}};
        }
        orders << order;
    }
    // The rows of an order need not come together.
    for (qsizetype i = rows.size() - 1; i > 0; --i)
        rows.swapItemsAt(i, rng.bounded(int(i + 1)));
    // What the import reads: each order's lines in file order, the orders by placed
    // time, then as the queue orders their numbers (shorter first, then by text).
    for (NewOrder& order : orders)
        order.lines.clear();
    for (int i = 0; i < rows.size(); ++i) {
        orders[rows[i].order].lines << NewOrderLine{rows[i].cells[4], rows[i].cells[5].toInt(), std::nullopt, 0};
    }
    QList<int> placing(orders.size());
    std::iota(placing.begin(), placing.end(), 0);
    std::stable_sort(placing.begin(), placing.end(), [&](int a, int b) {
        if (orders[a].placedAt != orders[b].placedAt)
            return orders[a].placedAt < orders[b].placedAt;
        if (orders[a].number.size() != orders[b].number.size())
            return orders[a].number.size() < orders[b].number.size();
        return orders[a].number < orders[b].number;
    });
    Scenario s;
    for (int i : placing)
        s.orders << orders[i];
    s.rows << QStringList{u"order_number"_s, u"placed_at"_s, u"customer_email"_s, u"customer_name"_s, u"sku"_s,
                          u"qty"_s, u"payment_state"_s, u"card_last4"_s, u"card_expiry"_s};
    for (const Row& row : std::as_const(rows))
        s.rows << row.cells;
    return s;
}

// The same catalogue in both shops: items that wait, a pre-order, one with stock for
// every order, one with a purchase order that gives the waiting lines their dates.
void addItems(ShopFixture& shop, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x5eed);
    QVERIFY(shop.addItem(u"BO-A"_s, Policy::Backorder, int(rng.bounded(6))).ok());
    QVERIFY(shop.addItem(u"BO-B"_s, Policy::Backorder, int(rng.bounded(4)), 1000).ok());
    QVERIFY(shop.addItem(u"PRE-C"_s, Policy::Preorder, 0, {}, {}, start.date().addDays(30)).ok());
    QVERIFY(shop.addItem(u"STOCK-D"_s, Policy::Stop, 10000).ok());
    QVERIFY(shop.addItem(u"PO-E"_s, Policy::Backorder, int(rng.bounded(3)), {}, start.date().addDays(20)).ok());
    QVERIFY(shop.addPurchaseOrder(u"PO-1"_s, u"PO-E"_s, 25, start.date().addDays(9)).ok());
}

} // namespace

class TestImportPaths : public QObject
{
    Q_OBJECT

private slots:
    void importEqualsPlacingOneByOne_data();
    void importEqualsPlacingOneByOne();
    void aLongFileLetsCustomersGo();
};

void TestImportPaths::importEqualsPlacingOneByOne_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 17u, 2026u, 40961u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestImportPaths::importEqualsPlacingOneByOne()
{
    QFETCH(quint32, seed);
    QString error;
    const auto imported = ShopFixture::create(start, &error);
    QVERIFY2(imported, qPrintable(error));
    const auto placed = ShopFixture::create(start, &error);
    QVERIFY2(placed, qPrintable(error));
    addItems(*imported, seed);
    addItems(*placed, seed);
    const Scenario scenario = makeScenario(seed);

    const QString file = imported->dir() + u"/orders.csv"_s;
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(csv::toCsv(scenario.rows)) > 0);
    }
    const auto report = csv::Importer(imported->shop()).import(csv::Importer::Kind::Orders, file, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->records, int(scenario.orders.size()));

    for (const NewOrder& order : scenario.orders) {
        const auto one = services::OrderService(placed->shop()).place(order);
        QVERIFY2(one.ok(), qPrintable(order.number + u": "_s + one.errorText()));
    }

    // Stock arriving serves both queues alike.
    for (ShopFixture* shop : {imported.get(), placed.get()}) {
        QVERIFY(shop->receive(u"BO-A"_s, 7).ok());
        QVERIFY(shop->receive(u"PO-E"_s, 5, false, u"PO-1"_s).ok());
        const auto check = services::InsightService(shop->shop()).check();
        QVERIFY2(check.ok() && check->ok(), qPrintable(check.ok() ? check->problems.join(u"; "_s) : check.errorText()));
    }

    const QStringList a = dump(imported->shop());
    const QStringList b = dump(placed->shop());
    QVERIFY(a.size() > 50);
    // The customers' search index is compared by its entries, and it has some.
    if (!imported->shop().db().isServer())
        QVERIFY(std::any_of(a.cbegin(), a.cend(),
                            [](const QString& row) { return row.startsWith(u"customers_search_data | term="_s); }));
    // The first rows that differ, from each side.
    QStringList onlyImported;
    QStringList onlyPlaced;
    for (const QString& row : a) {
        if (!b.contains(row) && onlyImported.size() < 5)
            onlyImported << row;
    }
    for (const QString& row : b) {
        if (!a.contains(row) && onlyPlaced.size() < 5)
            onlyPlaced << row;
    }
    QVERIFY2(a == b, qPrintable(u"only after the import:\n  "_s + onlyImported.join(u"\n  "_s)
                                + u"\nonly after placing one by one:\n  "_s + onlyPlaced.join(u"\n  "_s)));
}

// The placer keeps the customers it has seen as a cache and lets them go after a flush
// once there are many (16,384). A customer who gives a new name right when that happens
// is still written in turn: the order is theirs and the name is the new one.
void TestImportPaths::aLongFileLetsCustomersGo()
{
    QString error;
    const auto shop = ShopFixture::create(start, &error);
    QVERIFY2(shop, qPrintable(error));
    QVERIFY(shop->addItem(u"BO-A"_s, Policy::Backorder, 0).ok());
    constexpr int customers = 16500;
    QList<QStringList> rows{{u"order_number"_s, u"placed_at"_s, u"customer_email"_s, u"customer_name"_s, u"sku"_s,
                             u"qty"_s}};
    for (int n = 1; n <= customers; ++n)
        rows << QStringList{u"L%1"_s.arg(n), core::toIso(start.addSecs(-86400 + n)), u"c%1@example.com"_s.arg(n),
                            u"Customer %1"_s.arg(n), u"BO-A"_s, u"1"_s};
    rows << QStringList{u"L%1"_s.arg(customers + 1), core::toIso(start.addSecs(-60)), u"c1@example.com"_s,
                        u"Customer 1, renamed"_s, u"BO-A"_s, u"1"_s};
    const QString file = shop->dir() + u"/long.csv"_s;
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(csv::toCsv(rows)) > 0);
    }
    const auto report = csv::Importer(shop->shop()).import(csv::Importer::Kind::Orders, file, false);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->records, customers + 1);
    const Order last = shop->order(u"L%1"_s.arg(customers + 1));
    const Order first = shop->order(u"L1"_s);
    QVERIFY(last.customerId > 0);
    QCOMPARE(last.customerId, first.customerId);
    const auto customer = shop->shop().customers().customerByEmail(u"c1@example.com"_s);
    QVERIFY2(customer.ok() && customer.value(), qPrintable(customer.errorText()));
    QCOMPARE(customer.value()->name, u"Customer 1, renamed"_s);
    QCOMPARE(customer.value()->id, first.customerId);
    const auto check = services::InsightService(shop->shop()).check();
    QVERIFY2(check.ok() && check->ok(), qPrintable(check.ok() ? check->problems.join(u"; "_s) : check.errorText()));
}

QTEST_GUILESS_MAIN(TestImportPaths)
#include "TestImportPaths.moc"
