#include "CliRun.h"
#include "ServerShop.h"
#include "SqliteLook.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Sql.h"
#include "store/StatementCache.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace bd::store::test;
using bd::store::Database;
using bd::store::OpenOptions;
using bd::store::Transaction;
using bd::test::onServer;
using bd::test::shopColumns;
using bd::test::shopTables;
using bd::test::ShopLook;

namespace {

// The tables the brief's domain needs, all created by schema version 1 (item_attributes,
// also of version 1, went in version 3).
const QStringList SchemaTables = {
    u"items"_s,          u"customers"_s,      u"orders"_s,
    u"order_lines"_s,    u"purchase_orders"_s, u"purchase_order_lines"_s,
    u"receipts"_s,       u"receipt_lines"_s,   u"allocations"_s,    u"shipments"_s,
    u"shipment_lines"_s, u"stock_movements"_s, u"email_templates"_s, u"outbox"_s,
    u"coupons"_s,        u"events"_s,          u"settings"_s,       u"schema_migrations"_s,
    u"item_related"_s, // version 4
    u"purchase_order_stages"_s, // version 7
};

// A second schema version, as a later build would ship it.
// The newest schema version this build ships, the number a test migration takes after
// it, and the versions a database of this build records.
// Version numbers may be left out: a number kept for a change made on another line of
// work is not a version of this build.
const int Latest = 14;
const int Next = Latest + 1;
QList<int> versionsOfThisBuild()
{
    QList<int> out;
    for (const auto& entry : bd::store::migrations::files(u":/migrations"_s, bd::store::Dialect::Engine::SQLite))
        out << entry.first;
    return out;
}
QStringList versionsUpTo(int version)
{
    QStringList out;
    for (int v : versionsOfThisBuild()) {
        if (v <= version)
            out << QString::number(v);
    }
    if (version > Latest)
        out << QString::number(version);
    return out;
}

const QString AddColumnMigration =
    u"-- A later build adds a note to items.\n"
    "ALTER TABLE items ADD COLUMN colour_note TEXT NOT NULL DEFAULT '';\n"_s;

// The rows the version-1 fixture was written with.
const QStringList FixtureItems = {u"MUG-BLUE|Mug blue|899|stop"_s, u"TEE-RED-M|T-shirt red M|1999|backorder"_s};
const QStringList FixtureCustomers = {u"ada@example.com|Ada Lovelace"_s};

const QString ItemRowsSql = u"SELECT sku || '|' || name || '|' || price_minor || '|' || policy FROM items ORDER BY sku"_s;
const QString CustomerRowsSql = u"SELECT email || '|' || name FROM customers ORDER BY email"_s;

// The rows of a shop as the merchant knows them, each query readable in every schema
// version (they name columns of version 1 only): what a migration must keep.
const QStringList MeaningSql = {
    u"SELECT sku || '|' || name || '|' || price_minor || '|' || currency || '|' || policy || '|' "
    "|| ifnull(backorder_limit, '') || '|' || ifnull(expected_date, '') || '|' || ifnull(release_date, '') || '|' "
    "|| attributes || '|' || on_hand || '|' || allocated || '|' || waiting FROM items ORDER BY sku"_s,
    u"SELECT email || '|' || name || '|' || phone FROM customers ORDER BY email"_s,
    u"SELECT o.order_number || '|' || o.placed_at || '|' || c.email || '|' || o.payment_state || '|' "
    "|| ifnull(o.card_last4, '') || '|' || ifnull(o.card_expiry, '') || '|' || o.priority "
    "FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.order_number"_s,
    u"SELECT l.order_number || '/' || l.line_no || '|' || i.sku || '|' || l.qty || '|' || l.unit_price_minor || '|' "
    "|| l.qty_allocated || '|' || l.qty_waiting || '|' || l.qty_shipped || '|' || l.qty_cancelled || '|' "
    "|| ifnull(l.promised_date, '') FROM order_lines l JOIN items i ON i.id = l.item_id "
    "ORDER BY l.order_number, l.line_no"_s,
    u"SELECT p.po_number || '|' || p.supplier || '|' || p.status || '|' || i.sku || '|' || pl.qty || '|' "
    "|| pl.qty_received || '|' || ifnull(pl.expected_date, '') FROM purchase_orders p "
    "JOIN purchase_order_lines pl ON pl.po_id = p.id JOIN items i ON i.id = pl.item_id ORDER BY p.po_number, i.sku"_s,
    u"SELECT kind || '|' || occasion || '|' || ifnull(o.order_number, '') || '|' || recipient || '|' || subject || '|' "
    "|| state || '|' || due_at || '|' || length(body_text) || '|' || length(body_html) FROM outbox "
    "LEFT JOIN orders o ON o.id = outbox.order_id ORDER BY outbox.id"_s,
    u"SELECT item_id || '|' || kind || '|' || qty || '|' || reference FROM stock_movements ORDER BY id"_s,
    u"SELECT key || '=' || value FROM settings ORDER BY key"_s,
};

QList<QStringList> meaningOf(const QSqlDatabase& db)
{
    QList<QStringList> out;
    for (const QString& sql : MeaningSql)
        out << column(db, sql);
    return out;
}

// The shop every fixture from version 2 on holds (make-fixture.sh beside them).
const QStringList MadeItems = {
    u"CAP-GRN-L|Cap green L|1250|EUR|preorder|||2025-01-15|Color=Green; Size=L|0|0|1"_s,
    u"MUG-BLUE|Mug blue|899|EUR|stop||||Color=Blue|5|1|0"_s,
    u"TEE-RED-M|T-shirt red M|1999|EUR|backorder|200|2024-12-05||Color=Red; Size=M|2|2|3"_s,
};
const QStringList MadeCustomers = {u"ada@example.com|Ada Lovelace|+44 20 7946 0001"_s,
                                   u"bo@example.com|Bo Berg|+45 20 00 00 02"_s};
const QStringList MadePurchaseOrders = {u"PO-7|Fjord Textiles|open|TEE-RED-M|10|0|2024-12-05"_s};

QString fixturePath(const QString& name)
{
    return QString::fromUtf8(BD_FIXTURES_DIR) + u"/store/"_s + name;
}

std::unique_ptr<Database> openDb(const QString& file, const OpenOptions& options = {}, QString* error = nullptr)
{
    auto result = Database::open(file, options);
    if (!result.ok()) {
        if (error)
            *error = result.errorText();
        return nullptr;
    }
    return result.takeValue();
}

bool insertItem(const QSqlDatabase& db, const QString& sku)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO items (sku, name, created_at) VALUES (:sku, :name, :at)"_s);
    q.bindValue(u":sku"_s, sku);
    q.bindValue(u":name"_s, QString(u"Item "_s + sku));
    q.bindValue(u":at"_s, u"2024-11-01T09:00:00Z"_s);
    return q.exec();
}

QStringList skus(const QSqlDatabase& db)
{
    return column(db, u"SELECT sku FROM items ORDER BY sku"_s);
}

// Whether a message names a number as a word of its own, once the file name (which
// may hold digits) is taken out.
bool mentionsNumber(QString message, const QString& file, int number)
{
    message.remove(QDir::toNativeSeparators(file));
    return message.contains(QRegularExpression(u"(^|\\D)%1(\\D|$)"_s.arg(number)));
}

// The files in a folder, leaving out SQLite's -wal/-shm/-journal (sidecars() checks those).
QStringList filesBeside(const QString& dir)
{
    QStringList out;
    const QStringList all = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString& name : all) {
        if (!name.endsWith(u"-wal") && !name.endsWith(u"-shm") && !name.endsWith(u"-journal"))
            out << name;
    }
    return out;
}

// Known defect: the read-only look before opening makes SQLite create -wal and -shm
// beside a write-ahead-log database it then refuses (see Database::open's probe).

QStringList backupsIn(const QString& dir)
{
    return QDir(dir).entryList({u"*.bak"_s}, QDir::Files, QDir::Name);
}

// Bytes that are no valid b-tree page, a record or a SQLite header.
QByteArray garbage(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char((i * 37 + 11) % 256);
    return out;
}

// The page size recorded in a SQLite file's header (big-endian at offset 16; 1 means 65536).
int headerPageSize(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = f.read(100);
    if (header.size() < 100)
        return 0;
    const int size = (uchar(header[16]) << 8) | uchar(header[17]);
    return size == 1 ? 65536 : size;
}

bool overwrite(const QString& file, qint64 offset, const QByteArray& bytes)
{
    QFile f(file);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(bytes) == bytes.size();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newFileCreatesSchema();
    void newFileHasTable_data();
    void newFileHasTable();
    void connectionPragmas_data();
    void connectionPragmas();
    void foreignKeysAreEnforced();
    void reopenKeepsDataWithoutBackup();
    void zeroByteFileIsNewDatabase();
    void mustExistRefusesMissingFile();
    void latestVersionCountsNumberedFiles();

    void fixtureIsVersion1();
    void migratesVersion1Fixture();
    void fixtureIsWhole_data();
    void fixtureIsWhole();
    void migratesEveryFixture_data();
    void migratesEveryFixture();
    void migratesToShopIdentity_data();
    void migratesToShopIdentity();
    void failedMigrationChangesNothing_data();
    void failedMigrationChangesNothing();
    void migrationTextIsSplitIntoStatements_data();
    void migrationTextIsSplitIntoStatements();

    void refusesNewerDatabase_data();
    void refusesNewerDatabase();
    void refusesForeignFile_data();
    void refusesForeignFile();

    void transactionRollsBackUnlessCommitted();
    void transactionRollsBackOnException();
    void nestedGuardsCommitTogether();
    void abandonedInnerGuardFailsOuterCommit();
    void abandonedOuterGuardUndoesCommittedInner();

    void snapshotIsConsistentCopy();
    void snapshotRefusesExistingFile();

    void writeRowsBindsAsQtSqlDoes();
    void pageCacheSizeIsUndone();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // A shop named after a file in the test's folder: that file, or a database on the server.
    QString shop(const QString& name) const { return bd::test::shopLocation(path(name)); }
    // On the server, a shop of the build's migrations up to `version` holding the
    // fixture's items and customer (what the file fixtures hold for a shop file).
    QString serverShopOf(int version) const;
    // A copy of a committed fixture (tests/fixtures/store) to change.
    QString copyFixture(const QString& name = u"shop.sqlite"_s, const QString& fixture = u"v1.sqlite"_s) const;
    // A migrations folder with the build's own migrations up to `version`.
    QString migrationsUpTo(int version) const;
    // A migrations folder with the build's own migrations plus a test one after them (Next).
    QString makeMigrations(const QString& migration0002) const;
    // Writes one of the files refusesForeignFile() must refuse.
    bool makeForeignFile(const QString& kind, const QString& file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::initTestCase()
{
    QVERIFY2(QFile::exists(u":/migrations/0001_initial.sql"_s), "the migrations resource is not linked in");
    QVERIFY2(QFile::exists(fixturePath(u"v1.sqlite"_s)), qPrintable(fixturePath(u"v1.sqlite"_s)));
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    m_dir.reset();
}

QString TestDatabase::copyFixture(const QString& name, const QString& fixture) const
{
    const QString file = path(name);
    if (!QFile::copy(fixturePath(fixture), file))
        return {};
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return file;
}

QString TestDatabase::serverShopOf(int version) const
{
    const QString location = shop(u"v%1"_s.arg(version));
    OpenOptions options;
    options.migrationsDir = migrationsUpTo(version);
    QString error;
    auto db = openDb(location, options, &error);
    if (!db || db->version() != version) {
        qWarning("version %d: %s", version, qPrintable(error));
        return {};
    }
    const QSqlDatabase c = db->connection();
    for (const QString& row : FixtureItems) {
        const QStringList f = row.split(u'|');
        QSqlQuery q(c);
        q.prepare(u"INSERT INTO items (sku, name, price_minor, policy, created_at) VALUES (?, ?, ?, ?, ?)"_s);
        for (const QVariant& v : {QVariant(f[0]), QVariant(f[1]), QVariant(f[2].toLongLong()), QVariant(f[3]),
                                  QVariant(u"2024-11-01T09:00:00Z"_s)})
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return {};
        }
    }
    for (const QString& row : FixtureCustomers) {
        const QStringList f = row.split(u'|');
        QSqlQuery q(c);
        q.prepare(u"INSERT INTO customers (email, name, created_at) VALUES (?, ?, '2024-11-01T09:00:00Z')"_s);
        q.addBindValue(f[0]);
        q.addBindValue(f[1]);
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return {};
        }
    }
    return location;
}

QString TestDatabase::migrationsUpTo(int version) const
{
    const QString dir = path(u"migrations-%1"_s.arg(version));
    if (!QDir().mkpath(dir))
        return {};
    const QStringList builtIn = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files);
    for (const QString& name : builtIn) {
        if (name.section(u'_', 0, 0).toInt() <= version && !QFile::copy(u":/migrations/"_s + name, QDir(dir).filePath(name)))
            return {};
    }
    return dir;
}

QString TestDatabase::makeMigrations(const QString& migration0002) const
{
    const QString dir = path(u"migrations"_s);
    if (!QDir().mkpath(dir))
        return {};
    const QStringList builtIn = QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files);
    for (const QString& name : builtIn) {
        if (!QFile::copy(u":/migrations/"_s + name, QDir(dir).filePath(name)))
            return {};
    }
    if (!writeFile(QDir(dir).filePath(u"%1_add_column.sql"_s.arg(Next, 4, 10, QLatin1Char('0'))), migration0002.toUtf8()))
        return {};
    return dir;
}

bool TestDatabase::makeForeignFile(const QString& kind, const QString& file) const
{
    if (kind == u"text")
        return writeFile(file, "sku,name,price\nTEE-RED-M,T-shirt red M,19.99\n");
    if (kind == u"junk")
        return writeFile(file, garbage(4096));
    if (kind == u"zeros")
        return writeFile(file, QByteArray(1024, '\0'));
    if (kind == u"header-junk")
        return writeFile(file, QByteArray("SQLite format 3\0", 16) + garbage(4080));
    if (kind == u"other-program" || kind == u"other-program-wal") {
        RawDb other(file, RawDb::Mode::ReadWrite);
        const QString mode = kind.endsWith(u"-wal") ? u"wal"_s : u"delete"_s;
        return other.isOpen() && scalar(other.db(), u"PRAGMA journal_mode = "_s + mode).toString() == mode
               && exec(other.db(), u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s)
               && exec(other.db(), u"INSERT INTO notes (text) VALUES ('buy milk')"_s);
    }
    if (kind == u"page-3-wal") {
        // A database the store wrote (so in WAL mode), closed cleanly, then damaged.
        {
            auto db = openDb(file);
            if (!db || !insertItem(db->connection(), u"TEE-RED-M"_s))
                return false;
        }
        const int pageSize = headerPageSize(file);
        return pageSize >= 512 && sidecars(file).isEmpty() && overwrite(file, qint64(pageSize) * 2, garbage(pageSize));
    }

    // The rest damage a copy of the version-1 fixture.
    const QString copy = fixturePath(u"v1.sqlite"_s);
    if (!QFile::copy(copy, file) || !QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner))
        return false;
    const int pageSize = headerPageSize(file);
    int itemsPage = 0;
    {
        RawDb probe(file); // the fixture is in rollback-journal mode: reading it leaves nothing behind
        itemsPage = scalar(probe.db(), u"SELECT rootpage FROM sqlite_master WHERE name = 'items'"_s).toInt();
    }
    if (pageSize < 512 || itemsPage < 2)
        return false;
    if (kind == u"page-3")
        return overwrite(file, qint64(pageSize) * 2, garbage(pageSize));
    if (kind == u"item-rows") // the second half of the items page, where its rows are
        return overwrite(file, qint64(pageSize) * (itemsPage - 1) + pageSize / 2, garbage(pageSize / 2));
    if (kind == u"schema-page") // just after the 100-byte file header, in the schema's b-tree
        return overwrite(file, 100, garbage(200));
    if (kind == u"truncated") {
        QFile f(file);
        return f.resize(qint64(pageSize) * 8);
    }
    return false;
}

// ---------------------------------------------------------------------------------
// A new database

void TestDatabase::newFileCreatesSchema()
{
    // A folder that does not exist yet is created too.
    const QString file = shop(u"new/shop/shop.sqlite"_s);
    QVERIFY(!QFileInfo::exists(file));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    QString error;
    auto db = openDb(file, {}, &error);
    QVERIFY2(db, qPrintable(error));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    QVERIFY(onServer() || QFileInfo(file).isFile());
    QCOMPARE(db->path(), file);
    QCOMPARE(Database::latestVersion(), Latest);
    QCOMPARE(db->version(), Latest);
    QVERIFY(db->backupPath().isEmpty());
    QCOMPARE(db->transactionDepth(), 0);
    QVERIFY(backupsIn(QFileInfo(file).absolutePath()).isEmpty());

    const QSqlDatabase c = db->connection();
    QCOMPARE(column(c, u"SELECT version FROM schema_migrations ORDER BY version"_s), versionsUpTo(Latest));
    const QString appliedAt = scalar(c, u"SELECT applied_at FROM schema_migrations WHERE version = 1"_s).toString();
    QVERIFY2(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"_s).match(appliedAt).hasMatch(),
             qPrintable(appliedAt));
    const QDateTime applied = bd::core::parseIsoDateTime(appliedAt);
    QVERIFY2(applied.isValid(), qPrintable(appliedAt));
    QVERIFY2(applied >= before && applied <= after, qPrintable(appliedAt));

    // Empty but complete: no rows anywhere but the migration record.
    for (const QString& table : SchemaTables) {
        const int expected = table == u"schema_migrations" ? int(versionsOfThisBuild().size()) : 0;
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM "_s + table).toInt(), expected);
    }
}

void TestDatabase::newFileHasTable_data()
{
    QTest::addColumn<QString>("table");
    for (const QString& table : SchemaTables)
        QTest::addRow("%s", qPrintable(table)) << table;
}

void TestDatabase::newFileHasTable()
{
    QFETCH(QString, table);
    QString error;
    auto db = openDb(shop(u"shop.sqlite"_s), {}, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(shopTables(db->connection()).contains(table), qPrintable(shopTables(db->connection()).join(u", "_s)));
    QVERIFY(!shopColumns(db->connection(), table).isEmpty());
}

void TestDatabase::connectionPragmas_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("new file") << u"new"_s;
    QTest::addRow("reopened file") << u"reopened"_s;
    QTest::addRow("zero-byte file") << u"zero-byte"_s;
    QTest::addRow("migrated fixture") << u"migrated"_s;
}

void TestDatabase::connectionPragmas()
{
    BD_SKIP_ON_SERVER("SQLite's connection pragmas (foreign keys, write-ahead log, synchronous)");
    QFETCH(QString, how);
    QString file = path(u"shop.sqlite"_s);
    OpenOptions options;
    if (how == u"reopened") {
        QString error;
        QVERIFY2(openDb(file, {}, &error), qPrintable(error));
    } else if (how == u"zero-byte") {
        QVERIFY(writeFile(file, {}));
    } else if (how == u"migrated") {
        file = copyFixture();
        options.migrationsDir = makeMigrations(AddColumnMigration);
        QVERIFY(!options.migrationsDir.isEmpty());
    }

    QString error;
    auto db = openDb(file, options, &error);
    QVERIFY2(db, qPrintable(error));
    const QSqlDatabase c = db->connection();
    QCOMPARE(scalar(c, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(c, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(c, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(scalar(c, u"PRAGMA cache_size"_s).toInt(), -32768); // 32 MiB
    // A list's reader asks for a smaller cache.
    db.reset();
    options.cacheKiB = 8192;
    auto reader = openDb(file, options, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(scalar(reader->connection(), u"PRAGMA cache_size"_s).toInt(), -8192);
}

void TestDatabase::foreignKeysAreEnforced()
{
    QString error;
    auto db = openDb(shop(u"shop.sqlite"_s), {}, &error);
    QVERIFY2(db, qPrintable(error));
    const QSqlDatabase c = db->connection();
    QVERIFY(insertItem(c, u"TEE-RED-M"_s));
    // An order line of an order that does not exist.
    QVERIFY(!exec(c, u"INSERT INTO order_lines (order_id, line_no, item_id, qty, qty_waiting, placed_at, order_number) "
                     "VALUES (4711, 1, 1, 1, 1, '2024-11-01T09:00:00Z', 'NO-SUCH-ORDER')"_s));
    QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM order_lines"_s).toInt(), 0);
}

void TestDatabase::reopenKeepsDataWithoutBackup()
{
    const QString file = shop(u"shop.sqlite"_s);
    QString appliedAt;
    {
        QString error;
        auto db = openDb(file, {}, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(insertItem(db->connection(), u"TEE-RED-M"_s));
        QVERIFY(insertItem(db->connection(), u"MUG-BLUE"_s));
        appliedAt = column(db->connection(), u"SELECT version || ' ' || applied_at FROM schema_migrations ORDER BY version"_s)
                        .join(u',');
        QVERIFY(!appliedAt.isEmpty());
    }
    // Closing the last connection folds the write-ahead log back into the file.
    QCOMPARE(sidecars(file), QStringList());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files, QDir::Name);

    QString error;
    auto db = openDb(file, {}, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->version(), Latest);
    QVERIFY(db->backupPath().isEmpty());
    QCOMPARE(skus(db->connection()), (QStringList{u"MUG-BLUE"_s, u"TEE-RED-M"_s}));
    // The migrations are not applied a second time.
    QCOMPARE(column(db->connection(), u"SELECT version || ' ' || applied_at FROM schema_migrations ORDER BY version"_s)
                 .join(u','),
             appliedAt);
    db.reset();
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files, QDir::Name), filesBefore);
}

void TestDatabase::zeroByteFileIsNewDatabase()
{
    BD_SKIP_ON_SERVER("an empty file");
    const QString file = path(u"shop.sqlite"_s);
    QVERIFY(writeFile(file, {}));
    QCOMPARE(QFileInfo(file).size(), 0);

    QString error;
    auto db = openDb(file, {}, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->version(), Latest);
    QVERIFY(db->backupPath().isEmpty());
    QVERIFY(tableNames(db->connection()).contains(u"items"_s));
    QCOMPARE(column(db->connection(), u"SELECT version FROM schema_migrations ORDER BY version"_s), versionsUpTo(Latest));
    QVERIFY(insertItem(db->connection(), u"TEE-RED-M"_s));
    db.reset();
    QVERIFY(QFileInfo(file).size() > 0);
    QVERIFY(backupsIn(m_dir->path()).isEmpty());
}

void TestDatabase::mustExistRefusesMissingFile()
{
    BD_SKIP_ON_SERVER("a missing file (a missing server database: test_server_shop's refusals)");
    const QString file = path(u"missing.sqlite"_s);
    OpenOptions options;
    options.mustExist = true;
    QString error;
    QVERIFY(!openDb(file, options, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(sidecars(file), QStringList());
}

void TestDatabase::latestVersionCountsNumberedFiles()
{
    QCOMPARE(Database::latestVersion(u":/migrations"_s), Latest);

    const QString dir = path(u"migrations"_s);
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(Database::latestVersion(dir), 0);
    QVERIFY(writeFile(QDir(dir).filePath(u"0001_initial.sql"_s), "CREATE TABLE schema_migrations (version INTEGER);\n"));
    QVERIFY(writeFile(QDir(dir).filePath(u"0003_later.sql"_s), "SELECT 1;\n"));
    // Not migrations: the wrong shape of name.
    QVERIFY(writeFile(QDir(dir).filePath(u"0009-dashes.sql"_s), "SELECT 1;\n"));
    QVERIFY(writeFile(QDir(dir).filePath(u"12_short.sql"_s), "SELECT 1;\n"));
    QVERIFY(writeFile(QDir(dir).filePath(u"0010_notes.txt"_s), "SELECT 1;\n"));
    QCOMPARE(Database::latestVersion(dir), 3);

    // A build without migrations refuses to open anything.
    const QString empty = path(u"nothing"_s);
    QVERIFY(QDir().mkpath(empty));
    OpenOptions options;
    options.migrationsDir = empty;
    QString error;
    QVERIFY(!openDb(shop(u"shop.sqlite"_s), options, &error));
    QVERIFY2(error.contains(empty), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path(u"shop.sqlite"_s)));
}

// ---------------------------------------------------------------------------------
// Migrating an older database

void TestDatabase::fixtureIsVersion1()
{
    BD_SKIP_ON_SERVER("the committed fixture is a shop file");
    // The committed fixture is whole on its own: no write-ahead log beside it.
    const QString fixture = fixturePath(u"v1.sqlite"_s);
    QCOMPARE(sidecars(fixture), QStringList());
    const QString file = copyFixture();
    QVERIFY(!file.isEmpty());
    RawDb raw(file);
    QVERIFY(raw.isOpen());
    QCOMPARE(scalar(raw.db(), u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
    QCOMPARE(scalar(raw.db(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
    QCOMPARE(column(raw.db(), u"SELECT version FROM schema_migrations"_s), QStringList{u"1"_s});
    QCOMPARE(column(raw.db(), ItemRowsSql), FixtureItems);
    QCOMPARE(column(raw.db(), CustomerRowsSql), FixtureCustomers);
    QVERIFY(!columnNames(raw.db(), u"items"_s).contains(u"colour_note"_s));
}

void TestDatabase::migratesVersion1Fixture()
{
    BD_SKIP_ON_SERVER("the version-1 fixture is a shop file, and the copy kept before upgrading it a file backup "
                      "(on the server: migratesEveryFixture and migratesToShopIdentity from shops of every version)");
    const QString fixture = fixturePath(u"v1.sqlite"_s);
    const QByteArray fixtureHash = fileHash(fixture);
    const QString file = copyFixture();
    QVERIFY(!file.isEmpty());
    const QString migrations = makeMigrations(AddColumnMigration);
    QVERIFY(!migrations.isEmpty());
    QCOMPARE(Database::latestVersion(migrations), Next);
    OpenOptions options;
    options.migrationsDir = migrations;

    QString backup;
    {
        QString error;
        auto db = openDb(file, options, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->version(), Next);
        const QSqlDatabase c = db->connection();
        QCOMPARE(column(c, u"SELECT version FROM schema_migrations ORDER BY version"_s), versionsUpTo(Next));
        QVERIFY(bd::core::parseIsoDateTime(
                    scalar(c, u"SELECT applied_at FROM schema_migrations WHERE version = %1"_s.arg(Next)).toString())
                    .isValid());
        QVERIFY2(columnNames(c, u"items"_s).contains(u"colour_note"_s), qPrintable(columnNames(c, u"items"_s).join(u' ')));
        QCOMPARE(column(c, u"SELECT sku || '=' || colour_note FROM items ORDER BY sku"_s),
                 (QStringList{u"MUG-BLUE="_s, u"TEE-RED-M="_s}));
        QCOMPARE(column(c, ItemRowsSql), FixtureItems);
        QCOMPARE(column(c, CustomerRowsSql), FixtureCustomers);
        // Schema 3: item_attributes is gone (items.attributes is the one place), the
        // opening stock of the old items stays in their ledger, and the value checks
        // read `col = a OR col = b` but refuse what they refused.
        QVERIFY(!column(c, u"SELECT name FROM sqlite_master WHERE type = 'table'"_s).contains(u"item_attributes"_s));
        QCOMPARE(column(c, u"SELECT sku || '=' || opening_qty FROM items ORDER BY sku"_s),
                 (QStringList{u"MUG-BLUE=0"_s, u"TEE-RED-M=0"_s}));
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND sql LIKE '%CHECK (% IN (%'"_s)
                     .toInt(),
                 0);
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND sql LIKE '%policy = ''stop'' "
                           "OR policy = ''backorder'' OR policy = ''preorder''%'"_s)
                     .toInt(),
                 1);
        {
            QSqlQuery refused(c);
            QVERIFY(!refused.exec(u"UPDATE items SET policy = 'sometimes'"_s));
            QVERIFY(!refused.exec(u"INSERT INTO stock_movements (item_id, at, kind, qty) "
                                  "SELECT id, '2026-01-01T00:00:00Z', 'gift', 1 FROM items LIMIT 1"_s));
        }
        QCOMPARE(scalar(c, u"SELECT value FROM settings WHERE key = 'shop.name'"_s).toString(), u"Fixture Shop"_s);
        QCOMPARE(scalar(c, u"PRAGMA quick_check"_s).toString(), u"ok"_s);

        backup = db->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(backup != file);
    }

    // The backup sits next to the file, is named after it, and is the database as it was.
    QVERIFY2(QFileInfo(backup).isFile(), qPrintable(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(file).absolutePath());
    QVERIFY2(QFileInfo(backup).fileName().startsWith(QFileInfo(file).fileName()), qPrintable(backup));
    QCOMPARE(backupsIn(m_dir->path()), QStringList{QFileInfo(backup).fileName()});
    {
        RawDb old(backup);
        QVERIFY(old.isOpen());
        QCOMPARE(scalar(old.db(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
        QCOMPARE(column(old.db(), u"SELECT version FROM schema_migrations"_s), QStringList{u"1"_s});
        QVERIFY(!columnNames(old.db(), u"items"_s).contains(u"colour_note"_s));
        QCOMPARE(column(old.db(), ItemRowsSql), FixtureItems);
        QCOMPARE(column(old.db(), CustomerRowsSql), FixtureCustomers);
    }
    // ...and opens as a version-1 database with the build's own migrations (in a folder
    // of its own, for the backup that upgrade takes).
    {
        QVERIFY(QDir().mkpath(path(u"restored"_s)));
        const QString restored = path(u"restored/restored.sqlite"_s);
        QVERIFY(QFile::copy(backup, restored));
        QString error;
        auto db = openDb(restored, {}, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->version(), Latest);
        QCOMPARE(db->backupPath().isEmpty(), Latest == 1);
        QCOMPARE(column(db->connection(), ItemRowsSql), FixtureItems);
    }

    // Opening the migrated file again migrates nothing and backs up nothing.
    {
        QString error;
        auto db = openDb(file, options, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->version(), Next);
        QVERIFY(db->backupPath().isEmpty());
        QCOMPARE(column(db->connection(), u"SELECT version FROM schema_migrations ORDER BY version"_s),
                 versionsUpTo(Next));
    }
    QCOMPARE(backupsIn(m_dir->path()), QStringList{QFileInfo(backup).fileName()});

    // To this build (which knows up to Latest) the migrated file is from the future.
    QString error;
    QVERIFY(!openDb(file, {}, &error));
    QVERIFY2(mentionsNumber(error, file, Next) && mentionsNumber(error, file, Latest), qPrintable(error));

    // The committed fixture was only read.
    QCOMPARE(fileHash(fixture), fixtureHash);
}

void TestDatabase::fixtureIsWhole_data()
{
    QTest::addColumn<int>("version");
    for (int version : versionsOfThisBuild())
        QTest::addRow("v%d.sqlite", version) << version;
}

// Every released schema version has its fixture, committed whole (no write-ahead log),
// at that version and holding the shop it was made with.
void TestDatabase::fixtureIsWhole()
{
    BD_SKIP_ON_SERVER("the committed fixtures are shop files");
    QFETCH(int, version);
    const QString fixture = fixturePath(u"v%1.sqlite"_s.arg(version));
    QVERIFY2(QFileInfo::exists(fixture), qPrintable(fixture));
    QCOMPARE(sidecars(fixture), QStringList());
    const QString file = copyFixture(u"shop.sqlite"_s, QFileInfo(fixture).fileName());
    QVERIFY(!file.isEmpty());
    RawDb raw(file);
    QVERIFY(raw.isOpen());
    QCOMPARE(scalar(raw.db(), u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
    QCOMPARE(scalar(raw.db(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
    QCOMPARE(column(raw.db(), u"SELECT version FROM schema_migrations ORDER BY version"_s), versionsUpTo(version));
    if (version == 1)
        return; // fixtureIsVersion1() knows its rows
    QCOMPARE(column(raw.db(), MeaningSql[0]), MadeItems);
    QCOMPARE(column(raw.db(), MeaningSql[1]), MadeCustomers);
    QCOMPARE(column(raw.db(), MeaningSql[4]), MadePurchaseOrders);
    // 1001 got the two T-shirts on hand and waits for one; 1002 waits for all of its.
    QCOMPARE(column(raw.db(), u"SELECT order_number || ':' || qty_allocated || '+' || qty_waiting FROM order_lines "
                              "ORDER BY order_number, line_no"_s),
             (QStringList{u"1001:2+1"_s, u"1001:1+0"_s, u"1002:0+2"_s, u"1002:0+1"_s}));
    QVERIFY(scalar(raw.db(), u"SELECT COUNT(*) FROM outbox WHERE kind = 'confirmation' AND state = 'pending'"_s).toInt()
            >= 2);
    QCOMPARE(scalar(raw.db(), u"SELECT value FROM settings WHERE key = 'shop.name'"_s).toString(), u"Fixture Shop"_s);
}

void TestDatabase::migratesEveryFixture_data()
{
    fixtureIsWhole_data();
}

// A shop of every released version migrates to this build's: every row keeps its
// meaning, the version is the newest, `check` (the command line, as a process) proves
// the ledger, and the migrated file, once marked one version newer, is refused.
void TestDatabase::migratesEveryFixture()
{
    QFETCH(int, version);
    if (onServer()) {
        // The fixtures are files: on the server, a shop made by the build's own migrations
        // up to this version, holding the fixture's items and customer, migrated to this
        // build's in the migrations' own transactions (no copy is kept).
        const QString location = serverShopOf(version);
        QVERIFY(!location.isEmpty());
        {
            QString error;
            auto db = openDb(location, {}, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->version(), Latest);
            QVERIFY(db->backupPath().isEmpty());
            const QSqlDatabase c = db->connection();
            QCOMPARE(column(c, u"SELECT version FROM schema_migrations ORDER BY version"_s), versionsUpTo(Latest));
            QCOMPARE(column(c, ItemRowsSql), FixtureItems);
            QCOMPARE(column(c, CustomerRowsSql), FixtureCustomers);
            QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM items WHERE tracked = 1"_s).toInt(), int(FixtureItems.size()));
        }
        const bd::test::CliRun check = bd::test::runCliProcess({u"--db"_s, location, u"check"_s});
        QVERIFY2(check.status == 0, qPrintable(check.out + check.err));
        QVERIFY2(check.out.startsWith(u"OK"_s), qPrintable(check.out));
        {
            ShopLook look(location);
            QVERIFY(look.isOpen());
            QVERIFY(exec(look.db(), u"INSERT INTO schema_migrations (version, applied_at) "
                                    "VALUES (%1, '2031-01-01T00:00:00Z')"_s.arg(Next)));
        }
        QString error;
        QVERIFY(!openDb(location, {}, &error));
        QVERIFY2(mentionsNumber(error, location, Next) && mentionsNumber(error, location, Latest), qPrintable(error));
        return;
    }
    const QString fixture = fixturePath(u"v%1.sqlite"_s.arg(version));
    const QByteArray fixtureHash = fileHash(fixture);
    const QString file = copyFixture(u"shop.sqlite"_s, QFileInfo(fixture).fileName());
    QVERIFY(!file.isEmpty());
    QList<QStringList> before;
    {
        RawDb raw(file);
        QVERIFY(raw.isOpen());
        before = meaningOf(raw.db());
    }
    for (const QStringList& rows : before)
        QVERIFY2(!rows.contains(u"<error>"_s), qPrintable(rows.join(u'\n')));
    QVERIFY(!before.first().isEmpty());

    {
        QString error;
        auto db = openDb(file, {}, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->version(), Latest);
        QCOMPARE(db->backupPath().isEmpty(), version == Latest);
        const QSqlDatabase c = db->connection();
        QCOMPARE(column(c, u"SELECT version FROM schema_migrations ORDER BY version"_s), versionsUpTo(Latest));
        const QList<QStringList> after = meaningOf(c);
        for (qsizetype i = 0; i < MeaningSql.size(); ++i)
            QCOMPARE(after[i], before[i]);
        // Items made before version 4 are counted, as every item was then.
        QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM items WHERE tracked = 1"_s).toInt(), before.first().size());
        QCOMPARE(scalar(c, u"PRAGMA quick_check"_s).toString(), u"ok"_s);
        QCOMPARE(scalar(c, u"PRAGMA foreign_key_check"_s), QVariant());
        // Version 14: the items' search index gathers 8 MiB of words before it writes
        // them, and holds what the items hold (its own check fails otherwise).
        QCOMPARE(scalar(c, u"SELECT v FROM items_search_config WHERE k = 'hashsize'"_s).toLongLong(), 8388608);
        QVERIFY(exec(c, u"INSERT INTO items_search (items_search, rank) VALUES ('integrity-check', 1)"_s));
    }

    const bd::test::CliRun check = bd::test::runCliProcess({u"--db"_s, file, u"check"_s});
    QVERIFY2(check.status == 0, qPrintable(check.out + check.err));
    QVERIFY2(check.out.startsWith(u"OK"_s), qPrintable(check.out));

    {
        RawDb raw(file, RawDb::Mode::ReadWrite);
        QVERIFY(raw.isOpen());
        QVERIFY(exec(raw.db(), u"INSERT INTO schema_migrations (version, applied_at) VALUES (%1, '2031-01-01T00:00:00Z')"_s
                                   .arg(Next)));
    }
    QString error;
    QVERIFY(!openDb(file, {}, &error));
    QVERIFY2(mentionsNumber(error, file, Next) && mentionsNumber(error, file, Latest), qPrintable(error));

    QCOMPARE(fileHash(fixture), fixtureHash);
}

void TestDatabase::migratesToShopIdentity_data()
{
    QTest::addColumn<int>("from");
    for (int version = 1; version < 4; ++version)
        QTest::addRow("from version %d", version) << version;
}

// Version 4 (tracked items, shop identity, related items) from a database of every
// earlier version: the items that were are counted, as they were, and made here.
void TestDatabase::migratesToShopIdentity()
{
    QFETCH(int, from);
    const QString file = onServer() ? serverShopOf(1) : copyFixture();
    QVERIFY(!file.isEmpty());
    if (from > 1) {
        OpenOptions older;
        older.migrationsDir = migrationsUpTo(from);
        QCOMPARE(Database::latestVersion(older.migrationsDir), from);
        QString error;
        auto db = openDb(file, older, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->version(), from);
        QVERIFY(insertItem(db->connection(), u"MADE-IN-V%1"_s.arg(from)));
    }
    QString error;
    auto db = openDb(file, {}, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->version(), Latest);
    QCOMPARE(db->backupPath().isEmpty(), onServer()); // a file is copied first; the server's DDL is transactional
    const QSqlDatabase c = db->connection();
    QStringList expected = {u"MUG-BLUE|1|"_s, u"TEE-RED-M|1|"_s};
    if (from > 1)
        expected.prepend(u"MADE-IN-V%1|1|"_s.arg(from));
    QCOMPARE(column(c, u"SELECT sku || '|' || tracked || '|' || shop_identity FROM items ORDER BY sku"_s), expected);
    QCOMPARE(column(c, ItemRowsSql).mid(from > 1 ? 1 : 0), FixtureItems);
    QSqlQuery q(c);
    QVERIFY(!q.exec(u"UPDATE items SET tracked = 2"_s));
    QVERIFY2(q.exec(u"INSERT INTO item_related (item_id, kind, position, related_sku) "
                    "SELECT id, 'upsell', 1, 'TEE-RED-M' FROM items WHERE sku = 'MUG-BLUE'"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"INSERT INTO item_related (item_id, kind, position, related_sku) "
                    "SELECT id, 'sometimes', 1, 'TEE-RED-M' FROM items WHERE sku = 'MUG-BLUE'"_s));
    if (!onServer())
        QCOMPARE(scalar(c, u"PRAGMA quick_check"_s).toString(), u"ok"_s);
}

void TestDatabase::failedMigrationChangesNothing_data()
{
    QTest::addColumn<QString>("migration");
    // Each starts with changes that work, so a partial upgrade would show.
    const QString good = AddColumnMigration + u"UPDATE items SET name = 'renamed';\nDELETE FROM customers;\n"_s;
    QTest::addRow("syntax error") << good + u"THIS IS NOT SQL;\n"_s;
    QTest::addRow("unique key broken")
        << good + u"INSERT INTO items (sku, name, created_at) VALUES ('MUG-BLUE', 'again', '2024-01-01T00:00:00Z');\n"_s;
    QTest::addRow("unknown table") << good + u"ALTER TABLE no_such_table ADD COLUMN x TEXT;\n"_s;
    QTest::addRow("error in the first statement") << u"ALTER TABLE items ADD COLUMN sku TEXT;\n"_s + good;
}

void TestDatabase::failedMigrationChangesNothing()
{
    QFETCH(QString, migration);
    const QString file = onServer() ? serverShopOf(1) : copyFixture();
    QVERIFY(!file.isEmpty());
    // Brought to this build's version first, so the failing migration is the one pending
    // (each migration commits on its own).
    {
        QString error;
        QVERIFY2(openDb(file, {}, &error), qPrintable(error));
    }
    OpenOptions options;
    options.migrationsDir = makeMigrations(migration);
    QVERIFY(!options.migrationsDir.isEmpty());

    auto result = Database::open(file, options);
    QVERIFY(!result.ok());
    const QString message = result.errorText();
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QVERIFY2(mentionsNumber(message, file, Next), qPrintable(message));
    // The connection was closed cleanly: the log was folded back and removed.
    QCOMPARE(sidecars(file), QStringList());

    {
        ShopLook raw(file);
        QVERIFY(raw.isOpen());
        if (!onServer())
            QCOMPARE(scalar(raw.db(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
        QCOMPARE(column(raw.db(), u"SELECT version FROM schema_migrations ORDER BY version"_s), versionsUpTo(Latest));
        QVERIFY(!shopColumns(raw.db(), u"items"_s).contains(u"colour_note"_s));
        QCOMPARE(column(raw.db(), ItemRowsSql), FixtureItems);
        QCOMPARE(column(raw.db(), CustomerRowsSql), FixtureCustomers);
    }

    // The file still opens with the build's own migrations.
    QString error;
    auto db = openDb(file, {}, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->version(), Latest);
    QCOMPARE(column(db->connection(), ItemRowsSql), FixtureItems);
}

void TestDatabase::migrationTextIsSplitIntoStatements_data()
{
    QTest::addColumn<QString>("migration");
    QTest::addColumn<QString>("check"); // a query of one value
    QTest::addColumn<QString>("expected");
    const QString signature = u"SELECT value FROM settings WHERE key = 'shop.signature'"_s;
    QTest::addRow("comments and a statement over lines")
        << u"-- Name the shop.\nINSERT INTO settings (key, value)\n    VALUES ('shop.name', 'Split Shop'); -- done\n"_s
        << u"SELECT value FROM settings WHERE key = 'shop.name'"_s << u"Split Shop"_s;
    QTest::addRow("two statements")
        << u"INSERT INTO settings (key, value) VALUES ('a', '1');\nINSERT INTO settings (key, value) VALUES ('b', '2');\n"_s
        << (onServer() ? u"SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM settings"_s
                       : u"SELECT group_concat(key || '=' || value, ',') FROM (SELECT key, value FROM settings ORDER BY key)"_s)
        << u"a=1,b=2"_s;
    QTest::addRow("last statement without a semicolon")
        << u"INSERT INTO settings (key, value) VALUES ('shop.name', 'No Semicolon')\n"_s
        << u"SELECT value FROM settings WHERE key = 'shop.name'"_s << u"No Semicolon"_s;
    // Default e-mail texts are the likely content of later migrations.
    QTest::addRow("e-mail signature separator in a string")
        << u"INSERT INTO settings (key, value) VALUES ('shop.signature', '-- \nThe team');\n"_s << signature
        << u"-- \nThe team"_s;
    QTest::addRow("line inside a string ending in a semicolon")
        << u"INSERT INTO settings (key, value) VALUES ('shop.signature', 'Kind regards;\nThe team');\n"_s
        << signature << u"Kind regards;\nThe team"_s;
    if (onServer()) { // a trigger's statements are in a function's body, between dollar quotes
        QTest::addRow("function with statements inside")
            << u"CREATE FUNCTION items_sku_fixed() RETURNS trigger LANGUAGE plpgsql AS $body$\nBEGIN\n"
               "    RAISE EXCEPTION 'the SKU of an item is fixed; ask the shop';\n    RETURN NEW;\nEND;\n$body$;\n"
               "CREATE TRIGGER items_sku_fixed BEFORE UPDATE OF sku ON items\n"
               "    FOR EACH ROW EXECUTE FUNCTION items_sku_fixed();\n"_s
            << u"SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'items_sku_fixed'"_s << u"1"_s;
    } else {
        QTest::addRow("trigger with statements inside")
            << u"CREATE TRIGGER items_sku_fixed BEFORE UPDATE OF sku ON items\nBEGIN\n"
               "    SELECT RAISE(ABORT, 'the SKU of an item is fixed');\nEND;\n"_s
            << u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'items_sku_fixed'"_s << u"1"_s;
    }
}

void TestDatabase::migrationTextIsSplitIntoStatements()
{
    QFETCH(QString, migration);
    QFETCH(QString, check);
    QFETCH(QString, expected);
    OpenOptions options;
    options.migrationsDir = makeMigrations(migration);
    QVERIFY(!options.migrationsDir.isEmpty());

    QString error;
    auto db = openDb(shop(u"shop.sqlite"_s), options, &error);
    // Either way round the bug shows: the upgrade fails, or it stores something else.
    const QString actual = !db                  ? u"<not opened: "_s + error + u'>'
                           : db->version() != Next ? u"<version %1>"_s.arg(db->version())
                                                : scalar(db->connection(), check).toString();
    QCOMPARE(actual, expected);
}

// ---------------------------------------------------------------------------------
// Files that must be refused and left alone

void TestDatabase::refusesNewerDatabase_data()
{
    QTest::addColumn<bool>("writtenByStore");
    QTest::addRow("rollback journal (fixture)") << false;
    QTest::addRow("write-ahead log (written by the store)") << true;
}

void TestDatabase::refusesNewerDatabase()
{
    QFETCH(bool, writtenByStore);
    if (!writtenByStore)
        BD_SKIP_ON_SERVER("the fixture is a shop file");
    QString file;
    if (writtenByStore) {
        file = shop(u"shop.sqlite"_s);
        QString error;
        auto db = openDb(file, {}, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(insertItem(db->connection(), u"TEE-RED-M"_s));
        QVERIFY(exec(db->connection(),
                     u"INSERT INTO schema_migrations (version, applied_at) VALUES (999, '2031-01-01T00:00:00Z')"_s));
    } else {
        file = copyFixture();
        QVERIFY(!file.isEmpty());
        RawDb raw(file, RawDb::Mode::ReadWrite);
        QVERIFY(raw.isOpen());
        QVERIFY(exec(raw.db(),
                     u"INSERT INTO schema_migrations (version, applied_at) VALUES (999, '2031-01-01T00:00:00Z')"_s));
    }
    QCOMPARE(sidecars(file), QStringList());
    const QByteArray hash = fileHash(file);
    QVERIFY(onServer() || !hash.isEmpty());
    const QStringList filesBefore = filesBeside(m_dir->path());

    auto result = Database::open(file);
    QVERIFY(!result.ok());
    const QString message = result.errorText();
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QVERIFY2(mentionsNumber(message, file, 999), qPrintable(message));
    QVERIFY2(mentionsNumber(message, file, Database::latestVersion()), qPrintable(message));

    QCOMPARE(fileHash(file), hash);
    QCOMPARE(sidecars(file), QStringList());
    QCOMPARE(filesBeside(m_dir->path()), filesBefore);
    if (onServer()) { // the server's shop is left as it was
        ShopLook look(file);
        QCOMPARE(skus(look.db()), QStringList{u"TEE-RED-M"_s});
        QCOMPARE(look.number(u"SELECT MAX(version) FROM schema_migrations"_s), 999);
    }
}

void TestDatabase::refusesForeignFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // what the message must say
    const QString notOurs = u"not a Backorder Desk database"_s;
    const QString damaged = u"damaged"_s;
    QTest::addRow("text file") << u"text"_s << notOurs;
    QTest::addRow("junk bytes") << u"junk"_s << notOurs;
    QTest::addRow("zero bytes, nonzero size") << u"zeros"_s << notOurs;
    QTest::addRow("SQLite header then junk") << u"header-junk"_s << damaged;
    QTest::addRow("another program's SQLite database") << u"other-program"_s << u"another program"_s;
    QTest::addRow("page 3 overwritten") << u"page-3"_s << damaged;
    QTest::addRow("item rows overwritten") << u"item-rows"_s << damaged;
    QTest::addRow("schema page overwritten") << u"schema-page"_s << damaged;
    QTest::addRow("truncated") << u"truncated"_s << damaged;
    // The same in write-ahead-log mode, as the store and many programs leave their files.
    QTest::addRow("another program's SQLite database, WAL") << u"other-program-wal"_s << u"another program"_s;
    QTest::addRow("page 3 overwritten, WAL") << u"page-3-wal"_s << damaged;
}

void TestDatabase::refusesForeignFile()
{
    BD_SKIP_ON_SERVER("a file that is not a shop, or a damaged one");
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString file = path(u"shop.sqlite"_s);
    QVERIFY(makeForeignFile(kind, file));
    QCOMPARE(sidecars(file), QStringList());
    const QByteArray hash = fileHash(file);
    const qint64 size = QFileInfo(file).size();
    QVERIFY(size > 0);

    auto result = Database::open(file);
    QVERIFY(!result.ok());
    const QString message = result.errorText();
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));

    QCOMPARE(QFileInfo(file).size(), size);
    QCOMPARE(fileHash(file), hash);
    QCOMPARE(sidecars(file), QStringList());
    QVERIFY(backupsIn(m_dir->path()).isEmpty());
}

// ---------------------------------------------------------------------------------
// Transactions

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    QString error;
    auto db = openDb(shop(u"shop.sqlite"_s), {}, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlDatabase c = db->connection();
    {
        Transaction t(*db);
        QVERIFY2(t.isActive(), qPrintable(t.status().errorText()));
        QCOMPARE(db->transactionDepth(), 1);
        QVERIFY(insertItem(c, u"ABANDONED"_s));
        QCOMPARE(skus(c), QStringList{u"ABANDONED"_s}); // visible inside the transaction
    }
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(skus(c), QStringList());

    {
        Transaction t(*db);
        QVERIFY(t.isActive());
        QVERIFY(insertItem(c, u"KEPT"_s));
        const bd::core::Status committed = t.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.errorText()));
    }
    QCOMPARE(db->transactionDepth(), 0);
    c = QSqlDatabase(); // let go of the connection before it is closed
    db.reset();
    auto reopened = openDb(shop(u"shop.sqlite"_s), {}, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(skus(reopened->connection()), QStringList{u"KEPT"_s});
}

void TestDatabase::transactionRollsBackOnException()
{
    QString error;
    auto db = openDb(shop(u"shop.sqlite"_s), {}, &error);
    QVERIFY2(db, qPrintable(error));
    bool caught = false;
    try {
        Transaction t(*db);
        QVERIFY(t.isActive());
        QVERIFY(insertItem(db->connection(), u"THROWN"_s));
        throw std::runtime_error("failed halfway");
    } catch (const std::runtime_error&) {
        caught = true;
    }
    QVERIFY(caught);
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(skus(db->connection()), QStringList());
}

void TestDatabase::nestedGuardsCommitTogether()
{
    const QString file = shop(u"shop.sqlite"_s);
    QString error;
    auto db = openDb(file, {}, &error);
    QVERIFY2(db, qPrintable(error));
    const QSqlDatabase c = db->connection();
    ShopLook reader(file);
    QVERIFY(reader.isOpen());
    {
        Transaction outer(*db);
        QVERIFY(outer.isActive());
        QVERIFY(insertItem(c, u"OUTER"_s));
        {
            Transaction inner(*db);
            QVERIFY(inner.isActive());
            QCOMPARE(db->transactionDepth(), 2);
            QVERIFY(insertItem(c, u"INNER"_s));
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(db->transactionDepth(), 1);
        // The inner commit only joined the outer transaction: nothing is saved yet.
        QCOMPARE(skus(reader.db()), QStringList());
        const bd::core::Status committed = outer.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.errorText()));
    }
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(skus(reader.db()), (QStringList{u"INNER"_s, u"OUTER"_s}));
}

void TestDatabase::abandonedInnerGuardFailsOuterCommit()
{
    const QString file = shop(u"shop.sqlite"_s);
    QString error;
    auto db = openDb(file, {}, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlDatabase c = db->connection();
    {
        Transaction outer(*db);
        QVERIFY(outer.isActive());
        QVERIFY(insertItem(c, u"BEFORE"_s));
        {
            Transaction inner(*db);
            QVERIFY(inner.isActive());
            QVERIFY(insertItem(c, u"INNER"_s));
            // Left without commit(): part of the action failed.
        }
        QCOMPARE(db->transactionDepth(), 1);
        QVERIFY(insertItem(c, u"AFTER"_s));
        const bd::core::Status committed = outer.commit();
        QVERIFY(!committed.ok());
        QVERIFY(!committed.errorText().isEmpty());
    }
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(skus(c), QStringList());
    {
        ShopLook reader(file);
        QCOMPARE(skus(reader.db()), QStringList());
    }

    // The failure does not stick to the next action.
    {
        Transaction next(*db);
        QVERIFY(next.isActive());
        QVERIFY(insertItem(c, u"NEXT"_s));
        const bd::core::Status committed = next.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.errorText()));
    }
    c = QSqlDatabase(); // let go of the connection before it is closed
    db.reset();
    ShopLook reader(file);
    QCOMPARE(skus(reader.db()), QStringList{u"NEXT"_s});
}

void TestDatabase::abandonedOuterGuardUndoesCommittedInner()
{
    QString error;
    auto db = openDb(shop(u"shop.sqlite"_s), {}, &error);
    QVERIFY2(db, qPrintable(error));
    const QSqlDatabase c = db->connection();
    {
        Transaction outer(*db);
        QVERIFY(outer.isActive());
        {
            Transaction inner(*db);
            QVERIFY(insertItem(c, u"INNER"_s));
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(skus(c), QStringList{u"INNER"_s});
    }
    QCOMPARE(db->transactionDepth(), 0);
    QCOMPARE(skus(c), QStringList());
}

// ---------------------------------------------------------------------------------
// Snapshots

void TestDatabase::snapshotIsConsistentCopy()
{
    BD_SKIP_ON_SERVER("a snapshot is a copy of the shop file (the server's backup: test_backup)");
    const QString file = path(u"shop.sqlite"_s);
    QString error;
    auto db = openDb(file, {}, &error);
    QVERIFY2(db, qPrintable(error));
    {
        Transaction t(*db);
        QVERIFY(insertItem(db->connection(), u"TEE-RED-M"_s));
        QVERIFY(insertItem(db->connection(), u"MUG-BLUE"_s));
        QVERIFY(t.commit().ok());
    }
    // Another connection is halfway through a change while the snapshot is taken.
    RawDb writer(file, RawDb::Mode::ReadWrite);
    QVERIFY(writer.isOpen());
    QVERIFY(exec(writer.db(), u"BEGIN IMMEDIATE"_s));
    QVERIFY(insertItem(writer.db(), u"UNCOMMITTED"_s));

    // A name a naive SQL string would trip over; a copy cut short before is replaced.
    const QString copy = path(u"shop's copy.sqlite"_s);
    QVERIFY(writeFile(copy + u".partial"_s, "half a copy"));
    const bd::core::Status written = db->snapshotTo(copy);
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    QVERIFY(exec(writer.db(), u"ROLLBACK"_s));

    QVERIFY(QFileInfo(copy).isFile());
    QVERIFY(!QFileInfo::exists(copy + u".partial"_s));
    QCOMPARE(sidecars(copy), QStringList());
    {
        RawDb raw(copy);
        QVERIFY(raw.isOpen());
        QCOMPARE(scalar(raw.db(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
        QCOMPARE(skus(raw.db()), (QStringList{u"MUG-BLUE"_s, u"TEE-RED-M"_s}));
    }
    auto opened = openDb(copy, {}, &error);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(opened->version(), Latest);
    QVERIFY(opened->backupPath().isEmpty());
    QCOMPARE(skus(opened->connection()), (QStringList{u"MUG-BLUE"_s, u"TEE-RED-M"_s}));
    QCOMPARE(column(opened->connection(), u"SELECT version FROM schema_migrations ORDER BY version"_s),
             versionsUpTo(Latest));
}

void TestDatabase::snapshotRefusesExistingFile()
{
    BD_SKIP_ON_SERVER("a snapshot is a copy of the shop file (the server's backup: test_backup)");
    QString error;
    auto db = openDb(path(u"shop.sqlite"_s), {}, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(insertItem(db->connection(), u"TEE-RED-M"_s));
    const QString target = path(u"keep.sqlite"_s);
    QVERIFY(writeFile(target, "keep me"));

    const bd::core::Status written = db->snapshotTo(target);
    QVERIFY(!written.ok());
    QVERIFY2(written.errorText().contains(QDir::toNativeSeparators(target)), qPrintable(written.errorText()));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

// sql::writeRows binds straight into SQLite's statement; what it stores must be what
// QtSql stores for the same value (StatementCache::exec, which binds a null QString as
// ''), type for type, and the rows a RETURNING gives back must read the same.
void TestDatabase::writeRowsBindsAsQtSqlDoes()
{
    QString error;
    auto db = openDb(shop(u"shop.sqlite"_s), {}, &error);
    QVERIFY2(db, qPrintable(error));
    const bool server = db->isServer();
    QSqlQuery q(db->connection());
    // SQLite keeps each value's own type in a column without one.
    QVERIFY2(q.exec(server ? u"CREATE TEMP TABLE bound (k INTEGER, v TEXT)"_s : u"CREATE TEMP TABLE bound (k INTEGER, v)"_s),
             qPrintable(q.lastError().text()));
    QVariantList values = {QVariant(7), QVariant(qint64(1) << 40), QVariant(u"Åse Ødegård 😀"_s), QVariant(QString()),
                           QVariant(QMetaType::fromType<QString>()), QVariant(), QVariant(QDate(2026, 1, 2)),
                           QVariant(u"it's"_s)};
    if (!server)
        values << QVariant(true) << QVariant(2.5) << QVariant(QByteArray("\x00\x01z", 3));
    bd::store::StatementCache statements(*db, nullptr);
    QList<qint64> returned;
    const bd::core::Status written = bd::store::sql::writeRows(
        statements, u"INSERT INTO bound (k, v) VALUES "_s, u"(?, ?)"_s, u" RETURNING k"_s, values.size(), 4,
        [&](bd::store::sql::RowBinds& b, qsizetype i, int& p) {
            b.bindValue(p++, qint64(i));
            b.bindValue(p++, values.at(i));
        },
        [&](const bd::store::sql::RowValues& row) { returned << row.value(0).toLongLong(); });
    QVERIFY2(written.ok(), qPrintable(written.errorText()));
    std::sort(returned.begin(), returned.end());
    QList<qint64> all;
    for (qsizetype i = 0; i < values.size(); ++i) {
        all << i;
        QSqlQuery one(db->connection());
        QVERIFY(one.prepare(u"INSERT INTO bound (k, v) VALUES (?, ?)"_s));
        one.bindValue(0, qint64(1000 + i));
        one.bindValue(1, values.at(i));
        const bd::core::Status s = bd::store::StatementCache::exec(one);
        QVERIFY2(s.ok(), qPrintable(s.errorText()));
    }
    QCOMPARE(returned, all);
    const QString type = server ? u"CASE WHEN v IS NULL THEN 'null' ELSE 'text' END"_s : u"typeof(v)"_s;
    const QString value = server ? u"COALESCE(v, '-')"_s : u"quote(v)"_s;
    QVERIFY2(q.exec(u"SELECT a.k, %1, %2, (SELECT %1 FROM bound b WHERE b.k = a.k + 1000), "
                    "(SELECT %2 FROM bound b WHERE b.k = a.k + 1000) FROM bound a WHERE a.k < 1000 ORDER BY a.k"_s
                        .arg(type, value)),
             qPrintable(q.lastError().text()));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString what = u"value %1"_s.arg(q.value(0).toInt());
        QVERIFY2(q.value(1) == q.value(3), qPrintable(what + u": "_s + q.value(1).toString() + u" vs "_s + q.value(3).toString()));
        QVERIFY2(q.value(2) == q.value(4), qPrintable(what + u": "_s + q.value(2).toString() + u" vs "_s + q.value(4).toString()));
    }
    QCOMPARE(rows, values.size());
    // The same types as QtSql's, spelled out: numbers stay numbers, a null QString is ''.
    if (!server) {
        QVERIFY(q.exec(u"SELECT group_concat(typeof(v), ' ') FROM (SELECT v FROM bound WHERE k < 1000 ORDER BY k)"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"integer integer text text null null text text integer real blob"_s);
    }
}

// A statement that sorts a whole action's rows runs with a small page cache (SQLite's
// sorter holds as much as the cache before it spills); the cache is the shop's again
// after it, inside or outside a transaction.
void TestDatabase::pageCacheSizeIsUndone()
{
    QString error;
    auto db = openDb(shop(u"shop.sqlite"_s), {}, &error);
    QVERIFY2(db, qPrintable(error));
    if (db->isServer())
        QSKIP("the page cache is SQLite's");
    auto cacheSize = [&] {
        QSqlQuery q(db->connection());
        return q.exec(u"PRAGMA cache_size"_s) && q.next() ? q.value(0).toLongLong() : 0;
    };
    const qint64 before = cacheSize();
    QCOMPARE(before, qint64(-OpenOptions().cacheKiB));
    {
        Transaction t(*db);
        QVERIFY(t.isActive());
        {
            const bd::store::PageCacheSize limit(*db, 4096);
            QCOMPARE(cacheSize(), qint64(-4096));
        }
        QCOMPARE(cacheSize(), before);
    }
    {
        const bd::store::PageCacheSize limit(*db, 2048);
        QCOMPARE(cacheSize(), qint64(-2048));
    }
    QCOMPARE(cacheSize(), before);
    // Raised for a long write, lowered inside it for a sort (an orders import queueing
    // its e-mails): each scope puts back what the one around it set.
    {
        Transaction t(*db);
        QVERIFY(t.isActive());
        const bd::store::PageCacheSize roomy(*db, 48 * 1024);
        QCOMPARE(cacheSize(), qint64(-48 * 1024));
        {
            const bd::store::PageCacheSize limit(*db, 4096);
            QCOMPARE(cacheSize(), qint64(-4096));
        }
        QCOMPARE(cacheSize(), qint64(-48 * 1024));
    }
    QCOMPARE(cacheSize(), before);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
