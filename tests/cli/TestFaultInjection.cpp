// A shop whose tables are made unreadable one at a time: every command that reads the
// table fails loudly (non-zero, with the database's message naming the table) and never
// reports success or a zero. backorderdesk-cli runs as a process of its own on a real
// shop (a SQLite file, or a database on the server); the dashboard, which has no
// command, is built here on the same shop.

#include "CliRun.h"
#include "Must.h"
#include "ServerShop.h"
#include "core/Clock.h"
#include "services/DashboardService.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using bd::store::test::scalar;
using bd::test::onServer;
using bd::test::ShopLook;
using bd::test::CliRun;
using bd::test::runCliProcess;

namespace {

const QString now = u"2026-11-27T10:00:00Z"_s;

// What the engine says of a table that is not there.
QString noSuchTable(const QString& table)
{
    return onServer() ? u"relation \"%1\" does not exist"_s.arg(table) : u"no such table: "_s + table;
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commandsWorkOnTheWholeShop_data();
    void commandsWorkOnTheWholeShop();
    void commandFailsWhenATableIsGone_data();
    void commandFailsWhenATableIsGone();
    void checkFailsOnTheIssuesReproduction();
    void dashboardFailsWhenATableIsGone_data();
    void dashboardFailsWhenATableIsGone();

private:
    // A copy of the demo shop, with `table` renamed away unless it is empty.
    QString brokenShop(const QString& table);
    QStringList arguments(const QString& command, const QString& shop) const;
    void addCommands(bool eachTable);

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_waitingSku; // an item somebody waits for
    QString m_receipt;    // the reference of a receipt of the demo
    QString m_ordersFile;
    int m_serial = 0;
};

void TestFaultInjection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pristine = bd::test::shopLocation(m_dir.filePath(u"pristine.sqlite"_s));
    QVERIFY(!m_pristine.isEmpty());
    for (const QStringList& args : {QStringList{u"init"_s}, QStringList{u"demo"_s, u"--size"_s, u"small"_s}}) {
        const CliRun run = runCliProcess(QStringList{u"--db"_s, m_pristine, u"--now"_s, now} + args);
        QVERIFY2(run.status == 0, qPrintable(run.err));
    }
    QVERIFY(!QFile::exists(m_pristine + u"-wal"_s) || QFile(m_pristine + u"-wal"_s).size() == 0);
    {
        ShopLook db(m_pristine);
        QVERIFY(db.isOpen());
        m_waitingSku = scalar(db.db(), u"SELECT sku FROM items WHERE waiting > 0 AND tracked = 1 ORDER BY sku LIMIT 1"_s)
                           .toString();
        m_receipt = scalar(db.db(), u"SELECT reference FROM receipts ORDER BY id LIMIT 1"_s).toString();
    }
    QVERIFY(!m_waitingSku.isEmpty());
    QVERIFY(!m_receipt.isEmpty());
    m_ordersFile = m_dir.filePath(u"orders.csv"_s);
    QFile orders(m_ordersFile);
    QVERIFY(orders.open(QIODevice::WriteOnly));
    orders.write(u"order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,"
                 "card_expiry\n"
                 "F-1,2026-11-27T09:00:00Z,fault@example.com,Fault Finder,%1,2,,authorized,4242,2028-01\n"_s
                     .arg(m_waitingSku)
                     .toUtf8());
}

QString TestFaultInjection::brokenShop(const QString& table)
{
    QString path;
    if (onServer()) {
        ++m_serial;
        QString error;
        path = bd::test::TestServer::copyOf(m_pristine, &error);
        if (path.isEmpty()) {
            qWarning("cannot copy the shop: %s", qPrintable(error));
            return {};
        }
    } else {
        path = m_dir.filePath(u"shop-%1.sqlite"_s.arg(++m_serial));
        if (!QFile::copy(m_pristine, path))
            return {};
    }
    if (table.isEmpty())
        return path;
    ShopLook db(path, bd::store::test::RawDb::Mode::ReadWrite);
    QSqlQuery q(db.db());
    if (!q.exec(u"ALTER TABLE %1 RENAME TO %1_gone"_s.arg(table))) {
        qWarning("cannot rename %s: %s", qPrintable(table), qPrintable(q.lastError().text()));
        return {};
    }
    return path;
}

QStringList TestFaultInjection::arguments(const QString& command, const QString& shop) const
{
    QStringList args{u"--db"_s, shop, u"--now"_s, now};
    const QString out = QDir(m_dir.path()).filePath(u"out-%1"_s.arg(m_serial));
    if (command == u"check"_s)
        return args << u"check"_s;
    if (command == u"receive"_s)
        return args << u"receive"_s << u"--sku"_s << m_waitingSku << u"--qty"_s << u"500"_s << u"--ref"_s << u"FAULT-1"_s;
    if (command == u"order"_s)
        return args << u"import"_s << u"orders"_s << m_ordersFile;
    if (command.startsWith(u"export "_s))
        return args << u"export"_s << command.mid(7) << u"-o"_s << out + u".csv"_s;
    // report NAME
    args << u"report"_s << command.mid(7) << u"--format"_s << u"csv"_s << u"-o"_s << out + u".csv"_s;
    if (command == u"report queue"_s)
        args << u"--sku"_s << m_waitingSku;
    if (command == u"report crossdock"_s)
        args << u"--ref"_s << m_receipt;
    return args;
}

// Each command with the tables it reads: with any of them gone it must fail. Without
// eachTable, each command once on the whole shop.
void TestFaultInjection::addCommands(bool eachTable)
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("table");
    const QList<std::pair<QString, QStringList>> commands = {
        {u"check"_s, {u"items"_s, u"stock_movements"_s, u"order_lines"_s, u"shipment_lines"_s, u"allocations"_s,
                      u"orders"_s}},
        // Enough units to make waiting orders ready: their e-mails are queued (as intents,
        // written from the templates and the shop's settings when they are sent).
        {u"receive"_s, {u"items"_s, u"order_lines"_s, u"orders"_s, u"customers"_s, u"purchase_orders"_s,
                        u"purchase_order_lines"_s, u"receipts"_s, u"receipt_lines"_s, u"stock_movements"_s,
                        u"allocations"_s, u"events"_s, u"outbox"_s, u"email_templates"_s}},
        // The item's units all wait: nothing is allocated, a confirmation e-mail is queued.
        {u"order"_s, {u"items"_s, u"customers"_s, u"orders"_s, u"order_lines"_s, u"events"_s, u"outbox"_s,
                      u"email_templates"_s, u"settings"_s}},
        {u"report backorders"_s, {u"order_lines"_s, u"items"_s, u"purchase_order_lines"_s}},
        {u"report aging"_s, {u"order_lines"_s, u"items"_s}},
        {u"report queue"_s, {u"items"_s, u"order_lines"_s, u"orders"_s, u"customers"_s}},
        {u"report crossdock"_s, {u"receipts"_s, u"receipt_lines"_s, u"allocations"_s, u"order_lines"_s, u"items"_s}},
        {u"report packing"_s, {u"orders"_s, u"customers"_s, u"order_lines"_s, u"items"_s}},
        {u"report cancellations"_s, {u"order_lines"_s, u"events"_s}},
        {u"report demand"_s, {u"order_lines"_s, u"items"_s}},
        {u"report payment-risk"_s, {u"orders"_s, u"customers"_s}},
        {u"report rate"_s, {u"order_lines"_s, u"shipment_lines"_s, u"shipments"_s}},
        {u"export customers"_s, {u"customers"_s}},
        {u"export orders"_s, {u"orders"_s, u"order_lines"_s}},
        {u"export waiting"_s, {u"order_lines"_s, u"customers"_s}},
        {u"export items"_s, {u"items"_s}},
        {u"export coupons"_s, {u"coupons"_s}},
    };
    for (const auto& [command, tables] : commands) {
        if (!eachTable) {
            QTest::addRow("%s", qPrintable(command)) << command << QString();
            continue;
        }
        for (const QString& table : tables)
            QTest::addRow("%s without %s", qPrintable(command), qPrintable(table)) << command << table;
    }
}

void TestFaultInjection::commandsWorkOnTheWholeShop_data()
{
    addCommands(false);
}

// The same commands on the whole shop work: what fails below fails for the table.
void TestFaultInjection::commandsWorkOnTheWholeShop()
{
    QFETCH(QString, command);
    const QString shop = brokenShop({});
    QVERIFY(!shop.isEmpty());
    const CliRun run = runCliProcess(arguments(command, shop));
    QVERIFY2(run.status == 0, qPrintable(run.err));
}

void TestFaultInjection::commandFailsWhenATableIsGone_data()
{
    addCommands(true);
}

void TestFaultInjection::commandFailsWhenATableIsGone()
{
    QFETCH(QString, command);
    QFETCH(QString, table);
    const QString shop = brokenShop(table);
    QVERIFY(!shop.isEmpty());
    const QStringList args = arguments(command, shop);
    const CliRun run = runCliProcess(args);
    QVERIFY2(run.status != 0 && run.status != -1,
             qPrintable(u"exit %1; out: %2; err: %3"_s.arg(run.status).arg(run.out.left(300), run.err)));
    // The message names what could not be read.
    QVERIFY2(run.err.contains(table), qPrintable(run.err));
    QVERIFY2(!run.out.contains(u"OK"_s), qPrintable(run.out));
    // No file with a partial or empty answer is left behind.
    const qsizetype o = args.indexOf(u"-o"_s);
    if (o >= 0)
        QVERIFY2(!QFile::exists(args.at(o + 1)), qPrintable(args.at(o + 1)));
}

// The issue's reproduction: `check` said "OK" with the allocations renamed away.
void TestFaultInjection::checkFailsOnTheIssuesReproduction()
{
    const QString shop = brokenShop({});
    QVERIFY(!shop.isEmpty());
    {
        ShopLook db(shop, bd::store::test::RawDb::Mode::ReadWrite);
        QSqlQuery q(db.db());
        QVERIFY(q.exec(u"ALTER TABLE allocations RENAME TO allocations_x"_s));
    }
    const CliRun run = runCliProcess({u"--db"_s, shop, u"check"_s});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.err.contains(u"The check could not read the order lines and the allocations: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(noSuchTable(u"allocations"_s)), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestFaultInjection::dashboardFailsWhenATableIsGone_data()
{
    QTest::addColumn<QString>("table");
    for (const char* table : {"items", "order_lines", "orders", "allocations", "events", "outbox"})
        QTest::addRow("%s", table) << QString::fromLatin1(table);
}

void TestFaultInjection::dashboardFailsWhenATableIsGone()
{
    QFETCH(QString, table);
    const QString path = brokenShop(table);
    QVERIFY(!path.isEmpty());
    auto db = bd::store::Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    const bd::core::FixedClock clock(bd::core::parseIsoDateTime(now));
    bd::services::Shop shop(*db.value(), clock);
    const bd::core::Result<bd::services::DashboardFigures> figures = bd::services::DashboardService(shop).figures();
    QVERIFY2(!figures, "the dashboard showed figures without a table");
    QVERIFY2(figures.errorText().contains(table), qPrintable(figures.errorText()));
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "TestFaultInjection.moc"
