// The authorization lapse date is one rule (domain::authorizationLapse): the order
// detail of a seat far east of Greenwich shows the same day as the payment-risk list,
// even for an authorization taken when it is already tomorrow there.

#include "ListWait.h"
#include "models/OrdersModel.h"
#include "OrdersTestShop.h"
#include "domain/LocaleFormat.h"
#include "domain/Rules.h"
#include "orders/OrdersPage.h"
#include "services/InsightService.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;

class TestLapseDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detailAndRiskListShowTheSameLapseDay();
};

void TestLapseDay::initTestCase()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
    // main() set the seat's time zone: 20:00 UTC is 05:00 the next day there.
    const QDateTime evening(QDate(2024, 11, 4), QTime(20, 0), Qt::UTC);
    QCOMPARE(evening.toLocalTime().date(), QDate(2024, 11, 5));
}

void TestLapseDay::detailAndRiskListShowTheSameLapseDay()
{
    test::OrdersTestShop t;
    QVERIFY(t.open());
    t.clock().set(QDateTime(QDate(2024, 11, 4), QTime(19, 50), Qt::UTC));
    BD_UI_VERIFY_OK(t.addItem(u"CAP"_s, domain::Policy::Backorder, 0, QDate(2024, 11, 30)));
    t.clock().set(QDateTime(QDate(2024, 11, 4), QTime(20, 0), Qt::UTC));
    BD_UI_VERIFY_OK(t.place(u"1001"_s, u"ann@example.com"_s, u"Ann"_s, {{u"CAP"_s, 1}}, domain::PaymentState::Authorized));
    const QDate lapse(2024, 11, 11); // the shop's day (4 Nov, UTC) + 7 days' hold

    // The payment-risk list: the hold ends before the promised 30 Nov.
    const QList<services::RiskRow> risk = test::must(services::InsightService(t.shop()).paymentRisk());
    QCOMPARE(risk.size(), 1);
    QCOMPARE(risk.constFirst().lapseDate, lapse);

    // The order detail says the same day.
    ui::OrdersPage page(*t.context);
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.reload();
    QVERIFY(bd::test::settled(*page.model()) && page.selectOrder(u"1001"_s) && bd::test::detailCame(page));
    const QString payment = page.findChild<QLabel*>(u"paymentLabel"_s)->text();
    const domain::LocaleFormat format;
    QVERIFY2(payment.contains(u"authorized %1, lapses %2"_s.arg(format.date(QDate(2024, 11, 4)), format.date(lapse))),
             qPrintable(payment));
}

int main(int argc, char** argv)
{
    // A seat nine hours east of UTC, with no summer time to blur the case.
    qputenv("TZ", "Asia/Tokyo");
    QApplication app(argc, argv);
    TestLapseDay test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestLapseDay.moc"
