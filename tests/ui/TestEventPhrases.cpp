// An order's history in the window's language, whoever wrote it: the core records a
// shipment's details in one language ("complete; tracking TRK-1") and the window says
// them in its own — here Danish — with the payment state as a phrase and the parcel as
// recorded; a goodwill coupon and a stock update have phrases of their own.
#include "common/EventPhrases.h"
#include "domain/LocaleFormat.h"
#include "models/ItemsModel.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using bd::domain::Event;
using bd::ui::EventPhrases;

class TestEventPhrases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_danish.load(u":/i18n/backorderdesk_da.qm"_s));
        QCoreApplication::installTranslator(&m_danish);
        QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    }

    void shipmentDetails_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<QString>("shown");
        QTest::addRow("complete") << u"shipped"_s << u"complete; tracking TRK-1"_s << u"komplet; sporing TRK-1"_s;
        QTest::addRow("partial, before capture")
            << u"shipped partly"_s
            << u"partial shipment, extra shipping cost waived; shipped before payment was captured (authorized); "
               u"tracking PostNord 00370"_s
            << u"dellevering, ekstra fragt frafaldet; sendt før betalingen var hævet (%1); sporing PostNord 00370"_s.arg(
                   EventPhrases::payment(u"authorized"_s));
        QTest::addRow("unknown shape as recorded") << u"shipped"_s << u"by hand"_s << u"by hand"_s;
    }

    void shipmentDetails()
    {
        QFETCH(QString, kind);
        QFETCH(QString, recorded);
        QFETCH(QString, shown);
        QVERIFY(EventPhrases::payment(u"authorized"_s) != u"authorized"_s);
        QCOMPARE(EventPhrases::details(Event{{}, kind, u"1001"_s, {}, recorded}), shown);
    }

    void slippedDatesSayWhy()
    {
        const bd::domain::LocaleFormat format;
        const QString dates = u"lovet %1, nu %2"_s.arg(format.date(QDate(2027, 1, 10)), format.date(QDate(2027, 2, 10)));
        const QString plain = EventPhrases::details(Event{{}, u"date slipped"_s, u"A"_s, {}, u"promised 2027-01-10, now 2027-02-10"_s});
        QVERIFY2(plain.startsWith(dates.left(5)), qPrintable(plain));
        QVERIFY2(plain.contains(format.date(QDate(2027, 2, 10))), qPrintable(plain));
        const QString supplier = EventPhrases::details(
            Event{{}, u"date slipped"_s, u"A"_s, {}, u"promised 2027-01-10, now 2027-02-10; cause: supplier"_s});
        QCOMPARE(supplier, plain + u": leverandøren er forsinket"_s);
        const QString queue = EventPhrases::details(
            Event{{}, u"date slipped"_s, u"A"_s, {}, u"promised 2027-01-10, now 2027-02-10; cause: queue"_s});
        QCOMPARE(queue, plain + u": en ordre blev flyttet forrest"_s);
    }

    void kindsArePhrases()
    {
        // Every kind of event the core records reads as a Danish phrase, not its code.
        const QStringList kinds = {u"placed"_s, u"backordered"_s, u"allocated"_s, u"ready"_s, u"shipped"_s,
                                   u"shipped partly"_s, u"shipped by the shop"_s, u"cancelled"_s, u"returned"_s,
                                   u"payment"_s, u"priority set"_s, u"priority cleared"_s,
                                   u"hold until complete"_s, u"hold released"_s, u"date slipped"_s, u"coupon"_s,
                                   u"goodwill coupon"_s, u"stock update"_s, u"po stage"_s, u"related items"_s,
                                   u"item created"_s, u"item changed"_s, u"received"_s, u"adjusted"_s,
                                   u"expected date"_s, u"purchase order"_s, u"items imported"_s};
        for (const QString& kind : kinds) {
            const QString said = EventPhrases::kind(Event{{}, kind, {}, u"MUG"_s, {}});
            QVERIFY2(said.compare(kind, Qt::CaseInsensitive) != 0, qPrintable(kind));
        }
        // An item's own history: its policy and its purchase orders in Danish.
        QCOMPARE(EventPhrases::details(Event{{}, u"item created"_s, {}, u"MUG"_s, u"backorder"_s}),
                 bd::ui::ItemsModel::policyName(bd::domain::Policy::Backorder));
        QCOMPARE(EventPhrases::details(Event{{}, u"purchase order"_s, {}, u"MUG"_s, u"PO-2404: 12 due 2027-01-08"_s}),
                 u"PO-2404: 12 forfalder %1"_s.arg(bd::domain::LocaleFormat().date(QDate(2027, 1, 8))));
        QCOMPARE(EventPhrases::kind(Event{{}, u"goodwill coupon"_s, u"1001"_s, {}, u"BD-7KQM-2HXA: 10%"_s}),
                 u"Rabatkode som tak for ventetiden"_s);
        QCOMPARE(EventPhrases::kind(Event{{}, u"shipped"_s, u"1001"_s, {}, {}}), u"Afsendt"_s);
    }

private:
    QTranslator m_danish;
};

QTEST_MAIN(TestEventPhrases)
#include "TestEventPhrases.moc"
