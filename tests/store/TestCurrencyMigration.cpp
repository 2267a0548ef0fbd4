// Schema version 5 keeps amounts in each currency's own minor units (ISO 4217): a shop
// written before, which kept every amount in hundredths, reads the same prices after.

#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using bd::store::Database;
using bd::store::OpenOptions;

class TestCurrencyMigration : public QObject
{
    Q_OBJECT

private:
    static qint64 number(const Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void amountsOfEveryCurrencyKeepTheirValue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The migrations of version 4, as a shop written then had them.
        const QString old = dir.filePath(QStringLiteral("v4"));
        QVERIFY(QDir().mkpath(old));
        for (const QString& name : QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("000[1-4]_*.sql")}))
            QVERIFY(QFile::copy(QStringLiteral(":/migrations/") + name, old + QLatin1Char('/') + name));
        const QString shop = dir.filePath(QStringLiteral("shop.sqlite"));
        {
            OpenOptions options;
            options.migrationsDir = old;
            auto db = Database::open(shop, options);
            QVERIFY2(db.ok(), qPrintable(db.errorText()));
            QCOMPARE(db.value()->version(), 4);
            QSqlQuery q(db.value()->connection());
            const QStringList rows{
                QStringLiteral("INSERT INTO items (id, sku, name, price_minor, currency, created_at) VALUES "
                               "(1, 'JP', 'Tea bowl', 150000, 'JPY', 'x'), (2, 'KW', 'Lamp', 1250, 'KWD', 'x'), "
                               "(3, 'EU', 'Mug', 1999, 'EUR', 'x'), (4, 'CL', 'Unit', 300, 'CLF', 'x')"),
                QStringLiteral("INSERT INTO customers (id, email, created_at) VALUES (1, 'a@example.com', 'x')"),
                QStringLiteral("INSERT INTO orders (id, order_number, placed_at, customer_id, currency, created_at) "
                               "VALUES (1, 'J1', 'x', 1, 'JPY', 'x'), (2, 'E1', 'x', 1, 'EUR', 'x'), "
                               "(3, 'K1', 'x', 1, 'KWD', 'x')"),
                QStringLiteral("INSERT INTO order_lines (order_id, line_no, item_id, qty, unit_price_minor, "
                               "qty_waiting, placed_at, order_number) VALUES (1, 1, 1, 1, 150000, 1, 'x', 'J1'), "
                               "(2, 1, 3, 1, 1999, 1, 'x', 'E1'), (3, 1, 2, 1, 1250, 1, 'x', 'K1')"),
                QStringLiteral("INSERT INTO coupons (code, customer_id, percent, amount_minor, currency, reason, "
                               "created_at) VALUES ('Y', 1, NULL, 50000, 'JPY', 'r', 'x'), "
                               "('Y2', 1, NULL, 30, 'JPY', 'r', 'x'), ('E', 1, NULL, 500, 'EUR', 'r', 'x'), "
                               "('P', 1, 10, NULL, 'JPY', 'r', 'x')"),
            };
            for (const QString& sql : rows)
                QVERIFY2(q.exec(sql), qPrintable(bd::store::queryError(q)));
        }
        auto db = Database::open(shop);
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        QCOMPARE(db.value()->version(), Database::latestVersion());
        const Database& d = *db.value();
        QCOMPARE(number(d, QStringLiteral("SELECT price_minor FROM items WHERE sku = 'JP'")), 1500);
        QCOMPARE(number(d, QStringLiteral("SELECT price_minor FROM items WHERE sku = 'KW'")), 12500);
        QCOMPARE(number(d, QStringLiteral("SELECT price_minor FROM items WHERE sku = 'EU'")), 1999);
        QCOMPARE(number(d, QStringLiteral("SELECT price_minor FROM items WHERE sku = 'CL'")), 30000);
        QCOMPARE(number(d, QStringLiteral("SELECT unit_price_minor FROM order_lines WHERE order_number = 'J1'")), 1500);
        QCOMPARE(number(d, QStringLiteral("SELECT unit_price_minor FROM order_lines WHERE order_number = 'E1'")), 1999);
        QCOMPARE(number(d, QStringLiteral("SELECT unit_price_minor FROM order_lines WHERE order_number = 'K1'")), 12500);
        QCOMPARE(number(d, QStringLiteral("SELECT amount_minor FROM coupons WHERE code = 'Y'")), 500);
        QCOMPARE(number(d, QStringLiteral("SELECT amount_minor FROM coupons WHERE code = 'Y2'")), 1);
        QCOMPARE(number(d, QStringLiteral("SELECT amount_minor FROM coupons WHERE code = 'E'")), 500);
        QCOMPARE(number(d, QStringLiteral("SELECT count(*) FROM coupons WHERE code = 'P' AND amount_minor IS NULL")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCurrencyMigration)
#include "TestCurrencyMigration.moc"
