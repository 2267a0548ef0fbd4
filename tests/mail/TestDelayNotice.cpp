// The delay notice is honest about why a date moved: when a purchase order comes later
// it says the supplier is late and that the customer keeps their place in the queue;
// when the date moved because another order was moved to the front, it names no
// supplier and promises no place in the queue. English and Danish.
#include "ShopFixture.h"

#include "services/MailService.h"
#include "services/OrderService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::test::ShopFixture;
using bd::test::must;
using bd::test::utc;

class TestDelayNotice : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QString error;
        m_f = ShopFixture::create(utc(2026, 12, 1, 9, 0), &error);
        QVERIFY2(m_f, qPrintable(error));
    }
    void cleanup() { m_f.reset(); }

    void causeIsNamedOnlyWhenKnown_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("supplierWords");
        QTest::addColumn<QString>("placeWords");
        QTest::addRow("English") << u"en_GB"_s << u"Our supplier is late"_s << u"you keep your place"_s;
        QTest::addRow("Danish") << u"da_DK"_s << u"Vores leverandør er forsinket"_s << u"beholder din plads"_s;
    }

    void causeIsNamedOnlyWhenKnown()
    {
        QFETCH(QString, locale);
        QFETCH(QString, supplierWords);
        QFETCH(QString, placeWords);
        BD_VERIFY_OK(m_f->shop().saveSettings({{u"shop.locale"_s, locale}}));
        BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));
        BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 2, QDate(2027, 1, 10)));
        BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-2"_s, u"MUG"_s, 2, QDate(2027, 2, 10)));
        QVERIFY(m_f->place(u"A"_s, {{u"MUG"_s, 2}}).ok());
        QVERIFY(m_f->place(u"B"_s, {{u"MUG"_s, 2}}).ok());
        QCOMPARE(m_f->line(u"A"_s, u"MUG"_s).promisedDate, QDate(2027, 1, 10));

        // B moves to the front: A's date moves to PO-2's, and it is nobody's supplier.
        BD_VERIFY_OK(OrderService(m_f->shop()).setPriority(u"B"_s, true, u"VIP"_s));
        QCOMPARE(m_f->line(u"A"_s, u"MUG"_s).promisedDate, QDate(2027, 2, 10));
        const store::OutboxRow toA = delayOf(u"A"_s);
        QVERIFY2(!toA.bodyText.isEmpty(), "A is told its date moved");
        QVERIFY2(!toA.bodyText.contains(supplierWords) && !toA.bodyText.contains(placeWords), qPrintable(toA.bodyText));
        QVERIFY2(!toA.bodyHtml.contains(supplierWords), qPrintable(toA.bodyHtml));

        // PO-1 comes after PO-2: B (at the front) takes PO-2's date, which it was told
        // before, and A's moves again — now because the supplier is late.
        BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 2, QDate(2027, 3, 1)));
        QCOMPARE(m_f->line(u"B"_s, u"MUG"_s).promisedDate, QDate(2027, 2, 10));
        QCOMPARE(m_f->line(u"A"_s, u"MUG"_s).promisedDate, QDate(2027, 3, 1));
        const store::OutboxRow again = delayOf(u"A"_s);
        QVERIFY(again.id > toA.id);
        QVERIFY2(again.bodyText.contains(supplierWords) && again.bodyText.contains(placeWords), qPrintable(again.bodyText));
        QVERIFY2(again.bodyHtml.contains(supplierWords), qPrintable(again.bodyHtml));
        QVERIFY2(again.bodyText.contains(u"2027"_s) && !again.bodyText.contains(u"not known"_s)
                     && !again.bodyText.contains(u"kendes endnu ikke"_s),
                 qPrintable(again.bodyText));
        QCOMPARE(delayOf(u"B"_s).id, qint64(0)); // B was told this date before
    }

private:
    store::OutboxRow delayOf(const QString& number)
    {
        store::OutboxRow newest; // the latest delay notice of the order
        for (const store::OutboxRow& r : must(MailService(m_f->shop()).messages({})))
            if (r.kind == u"delay"_s && r.orderNumber == number && r.id > newest.id)
                newest = r;
        return newest;
    }
    std::unique_ptr<ShopFixture> m_f;
};

QTEST_GUILESS_MAIN(TestDelayNotice)
#include "TestDelayNotice.moc"
