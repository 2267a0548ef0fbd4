// The searches of the lists ignore the case of ASCII letters on both engines: "wool"
// finds "Wool hat" and "WOOL-SOCKS" on a file and on a server shop alike.

#include "ShopFixture.h"
#include "services/ShopQueries.h"
#include "store/CustomerStore.h"
#include "store/ItemStore.h"
#include "store/OrderStore.h"

#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchesIgnoreCase()
    {
        QString error;
        auto f = test::ShopFixture::create(test::utc(2026, 11, 20), &error);
        QVERIFY2(f, qPrintable(error));
        BD_VERIFY_OK(f->addItem(u"WOOL-SOCKS"_s, domain::Policy::Backorder, 5));
        BD_VERIFY_OK(f->addItem(u"hat-wool"_s, domain::Policy::Backorder, 5));
        BD_VERIFY_OK(f->addItem(u"TEE-1"_s, domain::Policy::Stop, 5));
        BD_VERIFY_OK(f->place(u"A100"_s, {{u"TEE-1"_s, 1}}, domain::PaymentState::Captured, u"Ann.Berg@example.com"_s));
        BD_VERIFY_OK(f->place(u"A101"_s, {{u"TEE-1"_s, 1}}, domain::PaymentState::Captured, u"bo@example.com"_s));

        services::ShopQueries queries(f->shop().db());
        store::ItemFilter items;
        items.search = u"wool"_s;
        QCOMPARE(test::must(queries.countItems(items)), 2);
        items.search = u"Tee"_s;
        QCOMPARE(test::must(queries.countItems(items)), 1);
        // The pattern's own % and _ are taken literally.
        items.search = u"%"_s;
        QCOMPARE(test::must(queries.countItems(items)), 0);

        store::CustomerFilter customers;
        customers.search = u"ann.BERG"_s;
        const QList<store::CustomerRow> found = test::must(queries.customers(customers, 0, 10));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().email, u"Ann.Berg@example.com"_s);

        store::OrderFilter orders;
        orders.search = u"ANN"_s;
        const QList<store::OrderRow> placed = test::must(queries.orders(orders, 0, 10));
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed.first().number, u"A100"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
