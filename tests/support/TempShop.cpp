#include "TempShop.h"

#include "domain/Types.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"
#include "Must.h"
#include "store/Transaction.h"

#include <QFile>
#include <QTest>

namespace bd::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 11, 5), QTime(9, 0), Qt::UTC);
}

QString skuOf(int n)
{
    return QStringLiteral("SKU-%1").arg(n, 4, 10, QLatin1Char('0'));
}

void addItems(store::Database& db, int count, int first)
{
    store::ItemStore items(db);
    store::LedgerStore ledger(db);
    store::Transaction tx(db);
    QVERIFY2(tx.isActive(), qPrintable(tx.status().errorText()));
    static const QString colours[]
        = { QStringLiteral("Red"), QStringLiteral("Blue"), QStringLiteral("Green") };
    for (int n = first; n < first + count; ++n) {
        domain::Item item;
        item.sku = skuOf(n);
        item.name = QStringLiteral("Item %1").arg(n);
        item.priceMinor = 1000 + n;
        item.currency = QStringLiteral("EUR");
        item.policy = n % 2 ? domain::Policy::Backorder : domain::Policy::Stop;
        if (n % 4 == 0)
            item.expectedDate = QDate(2024, 12, 1).addDays(n % 30);
        item.attributes = QStringLiteral("Color=%1; Size=M").arg(colours[n % 3]);
        const auto id = items.insertItem(item, fixedNow());
        QVERIFY2(id.ok(), qPrintable(id.errorText()));
        if (n % 3 == 0) {
            const auto moved = ledger.addMovement(id.value(), fixedNow(), QStringLiteral("opening"), n % 7 + 1,
                                                QStringLiteral("opening stock"), QStringLiteral("count"));
            QVERIFY2(moved.ok(), qPrintable(moved.errorText()));
        }
        if (n % 10 == 0) {
            const auto counted = ledger.addToItemCounters(id.value(), 0, 0, 3);
            QVERIFY2(counted.ok(), qPrintable(counted.errorText()));
        }
    }
    const auto committed = tx.commit();
    QVERIFY2(committed.ok(), qPrintable(committed.errorText()));
}

void createShop(const QString& path, int count)
{
    auto db = store::Database::open(shopLocation(path));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    addItems(*db.value(), count);
}

core::Result<std::unique_ptr<store::Database>> openFreshShop(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
    return store::Database::open(path);
}

} // namespace bd::test
