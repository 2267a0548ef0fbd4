// The one search of the window's lists, on the store, on SQLite and (as test_list_search_pg)
// on PostgreSQL: every word matched on its own, in any order, without regard to case in
// any alphabet, for items, customers and orders; and a shop from before the search
// column finds its rows once migrated.

#include "ShopFixture.h"

#include "services/CatalogService.h"
#include "services/ShopQueries.h"
#include "store/CustomerStore.h"
#include "store/OrderStore.h"
#include "store/Search.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

namespace {

QStringList skus(const QList<store::ItemRow>& rows)
{
    QStringList out;
    for (const store::ItemRow& r : rows)
        out << r.item.sku;
    return out;
}

} // namespace

class TestListSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void foldsEveryAlphabet();
    void itemWordsEachMatch_data();
    void itemWordsEachMatch();
    void itemCountAgreesWithRows();
    void customersByNameAndEmail_data();
    void customersByNameAndEmail();
    void ordersByNumberAndCustomer_data();
    void ordersByNumberAndCustomer();
    void patternCharactersAreLiteral();
    void renamedItemIsFoundByItsNewName();
    void migratedShopFindsItsRows();
    void sortsWalkTheirIndexes_data();
    void sortsWalkTheirIndexes();
    void customerSortsWalkTheirIndexes_data();
    void customerSortsWalkTheirIndexes();

private:
    QStringList findItems(const QString& typed);
    void addItem(const QString& sku, const QString& name, const QString& attributes);
    void verifyWalks(const QString& select, const QString& index);

    std::unique_ptr<test::ShopFixture> m_fixture;
};

void TestListSearch::init()
{
    QString error;
    m_fixture = test::ShopFixture::create(test::utc(2024, 11, 1), &error);
    QVERIFY2(m_fixture, qPrintable(error));
    addItem(u"KN-GR-S"_s, u"Knit jumper"_s, u"colour: green, size: S"_s);
    addItem(u"KN-GR-M"_s, u"Knit jumper"_s, u"colour: green, size: M"_s);
    addItem(u"KN-RD-S"_s, u"Knit jumper"_s, u"colour: red, size: S"_s);
    addItem(u"TS-GR-S"_s, u"T-shirt"_s, u"colour: green, size: S"_s);
    addItem(u"AEB-1"_s, u"Æblemost"_s, u"smag: sød"_s);
    addItem(u"OST-1"_s, u"Økologisk ost"_s, u"Størrelse: 1 kg"_s);
    addItem(u"PCT-1"_s, u"Discount 50% card"_s, u"kind: gift_card"_s);
}

void TestListSearch::cleanup()
{
    m_fixture.reset();
}

void TestListSearch::addItem(const QString& sku, const QString& name, const QString& attributes)
{
    services::ItemInput input;
    input.item.sku = sku;
    input.item.name = name;
    input.item.attributes = attributes;
    input.item.policy = domain::Policy::Backorder;
    input.onHand = 0;
    BD_VERIFY_OK(services::CatalogService(m_fixture->shop()).saveItems({input}));
}

QStringList TestListSearch::findItems(const QString& typed)
{
    store::ItemFilter filter;
    filter.search = typed;
    services::ShopQueries queries(m_fixture->shop().db());
    const core::Result<QList<store::ItemRow>> rows = queries.itemRows(filter, 0, 100);
    if (!rows) {
        qWarning("%s", qPrintable(rows.errorText()));
        return {u"<failed>"_s};
    }
    return skus(rows.value());
}

void TestListSearch::foldsEveryAlphabet()
{
    QCOMPARE(store::searchFold(u"Æble  ØL\tÅ"_s), u" æble øl å "_s);
    QCOMPARE(store::searchFold(u"KN-GR-S, size: S"_s), u" kn - gr - s , size : s "_s);
    QCOMPARE(store::searchFold(u"ΣΟΦΙΑ"_s), store::searchFold(u"σοφια"_s));
    QCOMPARE(store::searchWords(u"  knit\tgreen  s "_s), QStringList({u"knit"_s, u"green"_s, u"s"_s}));
    QVERIFY(store::searchWords(u"   "_s).isEmpty());
}

void TestListSearch::itemWordsEachMatch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("knit green s") << u"knit green s"_s << QStringList{u"KN-GR-S"_s};
    QTest::addRow("any order") << u"s green KNIT"_s << QStringList{u"KN-GR-S"_s};
    QTest::addRow("one word") << u"green"_s << QStringList{u"KN-GR-M"_s, u"KN-GR-S"_s, u"TS-GR-S"_s};
    QTest::addRow("inside a word") << u"nit"_s << QStringList{u"KN-GR-M"_s, u"KN-GR-S"_s, u"KN-RD-S"_s};
    QTest::addRow("sku part") << u"rd-"_s << QStringList{u"KN-RD-S"_s};
    QTest::addRow("danish lower") << u"æble"_s << QStringList{u"AEB-1"_s};
    QTest::addRow("danish upper") << u"ÆBLEMOST"_s << QStringList{u"AEB-1"_s};
    QTest::addRow("danish short") << u"kg"_s << QStringList{u"OST-1"_s};
    QTest::addRow("short words are whole words") << u"m"_s << QStringList{u"KN-GR-M"_s};
    QTest::addRow("start of a sku") << u"kn-gr"_s << QStringList{u"KN-GR-M"_s, u"KN-GR-S"_s};
    QTest::addRow("sku with a short part") << u"KN-GR-S"_s << QStringList{u"KN-GR-S"_s};
    QTest::addRow("danish words") << u"størrelse ØKO"_s << QStringList{u"OST-1"_s};
    QTest::addRow("no match") << u"knit blue"_s << QStringList{};
    QTest::addRow("blank") << u"  "_s
                           << QStringList{u"AEB-1"_s, u"KN-GR-M"_s, u"KN-GR-S"_s, u"KN-RD-S"_s,
                                          u"OST-1"_s, u"PCT-1"_s, u"TS-GR-S"_s};
}

void TestListSearch::itemWordsEachMatch()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QCOMPARE(findItems(typed), expected);
}

void TestListSearch::itemCountAgreesWithRows()
{
    store::ItemFilter filter;
    filter.search = u"green s"_s;
    services::ShopQueries queries(m_fixture->shop().db());
    const core::Result<int> count = queries.countItems(filter);
    BD_VERIFY_OK(count);
    QCOMPARE(count.value(), 2);
    QCOMPARE(findItems(filter.search), QStringList({u"KN-GR-S"_s, u"TS-GR-S"_s}));
}

void TestListSearch::customersByNameAndEmail_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("name words any order") << u"ØRSTED søren"_s << QStringList{u"soren@example.dk"_s};
    QTest::addRow("e-mail part") << u"example.dk"_s << QStringList{u"aase@example.dk"_s, u"soren@example.dk"_s};
    QTest::addRow("name and e-mail") << u"åse example"_s << QStringList{u"aase@example.dk"_s};
    QTest::addRow("none") << u"søren åse"_s << QStringList{};
}

void TestListSearch::customersByNameAndEmail()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    domain::NewOrder a = m_fixture->newOrder(u"1001"_s, {{u"KN-GR-S"_s, 1}}, domain::PaymentState::Captured,
                                             u"soren@example.dk"_s);
    a.customerName = u"Søren Ørsted"_s;
    BD_VERIFY_OK(services::OrderService(m_fixture->shop()).place(a));
    domain::NewOrder b = m_fixture->newOrder(u"1002"_s, {{u"KN-GR-S"_s, 1}}, domain::PaymentState::Captured,
                                             u"aase@example.dk"_s);
    b.customerName = u"Åse Lund"_s;
    BD_VERIFY_OK(services::OrderService(m_fixture->shop()).place(b));

    store::CustomerFilter filter;
    filter.search = typed;
    services::ShopQueries queries(m_fixture->shop().db());
    const core::Result<QList<store::CustomerRow>> rows = queries.customers(filter, 0, 100);
    BD_VERIFY_OK(rows);
    QStringList emails;
    for (const store::CustomerRow& r : rows.value())
        emails << r.email;
    QCOMPARE(emails, expected);
}

void TestListSearch::ordersByNumberAndCustomer_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("number prefix") << u"70"_s << QStringList{u"7002"_s, u"7001"_s};
    QTest::addRow("customer name") << u"lund"_s << QStringList{u"8001"_s, u"7002"_s};
    QTest::addRow("number and name") << u"lund 70"_s << QStringList{u"7002"_s};
    QTest::addRow("name words, any case") << u"ÅSE lund"_s << QStringList{u"8001"_s, u"7002"_s};
    QTest::addRow("e-mail") << u"soren@"_s << QStringList{u"7001"_s};
}

void TestListSearch::ordersByNumberAndCustomer()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    const QList<std::tuple<QString, QString, QString>> orders{
        {u"7001"_s, u"soren@example.dk"_s, u"Søren Ørsted"_s},
        {u"7002"_s, u"aase@example.dk"_s, u"Åse Lund"_s},
        {u"8001"_s, u"aase@example.dk"_s, u"Åse Lund"_s},
    };
    for (const auto& [number, email, name] : orders) {
        domain::NewOrder o = m_fixture->newOrder(number, {{u"KN-GR-S"_s, 1}}, domain::PaymentState::Captured, email);
        o.customerName = name;
        BD_VERIFY_OK(services::OrderService(m_fixture->shop()).place(o));
        m_fixture->tick();
    }
    store::OrderFilter filter;
    filter.search = typed;
    services::ShopQueries queries(m_fixture->shop().db());
    const core::Result<QList<store::OrderRow>> rows = queries.orders(filter, 0, 100);
    BD_VERIFY_OK(rows);
    QStringList numbers;
    for (const store::OrderRow& r : rows.value())
        numbers << r.number;
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    QCOMPARE(numbers, expected);
}

void TestListSearch::patternCharactersAreLiteral()
{
    QCOMPARE(findItems(u"50%"_s), QStringList{u"PCT-1"_s});
    QCOMPARE(findItems(u"%"_s), QStringList{u"PCT-1"_s});
    QCOMPARE(findItems(u"gift_"_s), QStringList{u"PCT-1"_s});
    QCOMPARE(findItems(u"\"knit"_s), QStringList{});
}

void TestListSearch::renamedItemIsFoundByItsNewName()
{
    addItem(u"KN-GR-S"_s, u"Strikbluse"_s, u"farve: grøn, størrelse: S"_s);
    QCOMPARE(findItems(u"strik grøn"_s), QStringList{u"KN-GR-S"_s});
    QCOMPARE(findItems(u"knit green s"_s), QStringList{});
}

void TestListSearch::migratedShopFindsItsRows()
{
    // A shop made by the build before the search column: the migrations up to 5.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString old = dir.filePath(u"migrations-5"_s);
    QVERIFY(QDir().mkpath(old));
    const QStringList files = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files);
    for (const QString& file : files) {
        if (file.left(4).toInt() <= 5)
            QVERIFY(QFile::copy(u":/migrations/"_s + file, old + u'/' + file));
    }
    QString error;
    const QString location = test::newShopLocation(dir, u"old.sqlite"_s, &error);
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    {
        store::OpenOptions options;
        options.migrationsDir = old;
        auto db = store::Database::open(location, options);
        BD_VERIFY_OK(db);
        QCOMPARE(db.value()->version(), 5);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"INSERT INTO items (sku, name, attributes, created_at) VALUES "
                       "('KN-OLD', 'Knit Jumper', 'Colour: Green, Size: S', '2024-01-01T00:00:00Z')"_s));
    }
    auto db = store::Database::open(location);
    BD_VERIFY_OK(db);
    QCOMPARE(db.value()->version(), store::Database::latestVersion());
    services::ShopQueries queries(*db.value());
    store::ItemFilter filter;
    filter.search = u"KNIT green s"_s;
    const core::Result<QList<store::ItemRow>> rows = queries.itemRows(filter, 0, 10);
    BD_VERIFY_OK(rows);
    QCOMPARE(skus(rows.value()), QStringList{u"KN-OLD"_s});
}

// The orders list sorted by payment reads a page from orders_by_payment_rank instead
// of sorting every order: the index is built on the store's own expression. (A server
// prefers a sort for a table this small; told not to sort, it must be able to use the
// index.)
// Each sort of the orders list walks an index of the orders instead of sorting them all
// (a second or more on a shop with a million order lines).
void TestListSearch::sortsWalkTheirIndexes_data()
{
    using Sort = store::OrderFilter::Sort;
    QTest::addColumn<Sort>("sort");
    QTest::addColumn<QString>("index");
    QTest::newRow("state") << Sort::State << u"orders_by_state"_s;
    QTest::newRow("lines") << Sort::Lines << u"orders_by_line_count"_s;
    QTest::newRow("waiting") << Sort::Waiting << u"orders_by_units_waiting"_s;
    QTest::newRow("total") << Sort::Total << u"orders_by_total"_s;
    QTest::newRow("payment") << Sort::Payment << u"orders_by_payment_rank"_s;
    QTest::newRow("promised") << Sort::Promised << u"orders_by_latest_promise"_s;
}

void TestListSearch::sortsWalkTheirIndexes()
{
    QFETCH(store::OrderFilter::Sort, sort);
    QFETCH(QString, index);
    for (bool descending : {true, false}) {
        verifyWalks(u"SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY "_s
                        + store::OrderStore::sortSql(sort, descending) + u" LIMIT 20"_s,
                    index);
        if (QTest::currentTestFailed())
            return;
    }
}

// So do the customers list's sorts by the sums of a customer's orders.
void TestListSearch::customerSortsWalkTheirIndexes_data()
{
    using Sort = store::CustomerFilter::Sort;
    QTest::addColumn<Sort>("sort");
    QTest::addColumn<QString>("index");
    QTest::newRow("orders") << Sort::Orders << u"customers_by_order_count"_s;
    QTest::newRow("waiting lines") << Sort::WaitingLines << u"customers_by_waiting_lines"_s;
    QTest::newRow("last order") << Sort::LastOrder << u"customers_by_last_order"_s;
}

void TestListSearch::customerSortsWalkTheirIndexes()
{
    QFETCH(store::CustomerFilter::Sort, sort);
    QFETCH(QString, index);
    for (bool descending : {true, false}) {
        store::CustomerFilter filter;
        filter.sort = sort;
        filter.descending = descending;
        verifyWalks(u"SELECT c.id, c.email FROM customers c ORDER BY "_s + store::CustomerStore::sortSql(filter)
                        + u" LIMIT 20"_s,
                    index);
        if (QTest::currentTestFailed())
            return;
    }
}

// The plan of `select` reads `index` in order and sorts nothing.
void TestListSearch::verifyWalks(const QString& select, const QString& index)
{
    store::Database& db = m_fixture->shop().db();
    QSqlQuery q(db.connection());
    QStringList plan;
    if (db.isServer()) {
        QVERIFY(q.exec(u"BEGIN"_s));
        QVERIFY(q.exec(u"SET LOCAL enable_sort = off"_s));
        QVERIFY(q.exec(u"SET LOCAL enable_seqscan = off"_s));
        QVERIFY2(q.exec(u"EXPLAIN "_s + select), qPrintable(q.lastError().text()));
        while (q.next())
            plan << q.value(0).toString();
        QVERIFY(q.exec(u"ROLLBACK"_s));
    } else {
        QVERIFY2(q.exec(u"EXPLAIN QUERY PLAN "_s + select), qPrintable(q.lastError().text()));
        while (q.next())
            plan << q.value(3).toString();
    }
    QVERIFY2(plan.join(u' ').contains(index), qPrintable(plan.join(u"\n"_s)));
    QVERIFY2(!plan.join(u' ').contains(u"TEMP B-TREE"_s) && !plan.join(u' ').contains(u"Sort "_s),
             qPrintable(plan.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestListSearch)
#include "TestListSearch.moc"
