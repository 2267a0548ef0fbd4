// An order's history in the window's language, whoever wrote it: the core records a
// shipment's details in one language ("complete; tracking TRK-1") and the window says
// them in its own — here Danish — with the payment state as a phrase and the parcel as
// recorded; a goodwill coupon and a stock update have phrases of their own.
#include "common/EventPhrases.h"
#include "domain/LocaleFormat.h"

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
        QCOMPARE(EventPhrases::kind(Event{{}, u"goodwill coupon"_s, u"1001"_s, {}, u"BD-7KQM-2HXA: 10%"_s}),
                 u"Rabatkode som tak for ventetiden"_s);
        QCOMPARE(EventPhrases::kind(Event{{}, u"shipped"_s, u"1001"_s, {}, {}}), u"Afsendt"_s);
    }

private:
    QTranslator m_danish;
};

QTEST_MAIN(TestEventPhrases)
#include "TestEventPhrases.moc"
