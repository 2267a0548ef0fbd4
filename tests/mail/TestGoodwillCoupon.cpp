// The goodwill coupon: when the shop's rule is on (mail.goodwill_coupon_days), the
// follow-up that finds an order waiting that long brings a newly issued coupon code —
// once per order. The rule is off by default; a follow-up before the day brings none;
// running the schedule again issues nothing twice; when the follow-up that brought the
// code is replaced before it went out, the newer one brings the same code; once it went
// out, later follow-ups bring none. The code is in the order's history and the shop's
// coupons; the shop's own reason never reaches the customer; a shop whose stored
// follow-up is an earlier default gets today's (with the coupon's place); Danish too.
#include "ShopFixture.h"

#include "mail/Delivery.h"
#include "services/InsightService.h"
#include "services/MailService.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::test::ShopFixture;
using bd::test::must;
using bd::test::utc;

class TestGoodwillCoupon : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }

    void offByDefault();
    void followUpAtTheDayBringsOneCode();
    void replacedFollowUpBringsTheSameCode();
    void sentCodeIsNotSentAgain();
    void earlierDefaultTemplateGetsTheCouponsPlace();
    void danishFollowUp();

private:
    // Order A waits for MUG from 2 November; follow-ups every 14 days.
    void shop(int goodwillDays, int percent = 15);
    QList<store::OutboxRow> followUps()
    {
        QList<store::OutboxRow> found;
        for (const store::OutboxRow& r : must(MailService(m_f->shop()).messages({})))
            if (r.kind == u"followup"_s && r.orderNumber == u"A"_s)
                found << r;
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        return found;
    }
    void runScheduleAt(int year, int month, int day)
    {
        m_f->clock().set(utc(year, month, day, 9, 0));
        BD_VERIFY_OK(MailService(m_f->shop()).runSchedule());
    }
    QStringList couponCodes()
    {
        QStringList codes;
        for (const store::CouponRow& c : must(m_f->shop().customers().coupons()))
            codes << c.code;
        return codes;
    }
    // Writes every due message to a folder, as `send --to-folder` does: they are sent.
    int sendDue()
    {
        QTemporaryDir folder;
        mail::Delivery delivery(m_f->shop().db(), m_f->shop().clock(), m_f->shop().config());
        const mail::DeliveryReport report = delivery.writeFiles(folder.path());
        return report.sent;
    }
    std::unique_ptr<ShopFixture> m_f;
};

static const QRegularExpression codeShape(u"BD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"_s);

void TestGoodwillCoupon::init()
{
    QString error;
    m_f = ShopFixture::create(utc(2026, 11, 2, 9, 0), &error);
    QVERIFY2(m_f, qPrintable(error));
}

void TestGoodwillCoupon::shop(int goodwillDays, int percent)
{
    if (goodwillDays > 0)
        BD_VERIFY_OK(m_f->shop().saveSettings({{u"mail.goodwill_coupon_days"_s, QString::number(goodwillDays)},
                                               {u"mail.goodwill_coupon_percent"_s, QString::number(percent)}}));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 10, QDate(2027, 3, 20)));
    QVERIFY(m_f->place(u"A"_s, {{u"MUG"_s, 2}}).ok());
}

void TestGoodwillCoupon::offByDefault()
{
    shop(0);
    QCOMPARE(m_f->shop().config().integer(u"mail.goodwill_coupon_days"_s), 0);
    runScheduleAt(2026, 11, 16);
    runScheduleAt(2027, 1, 11); // 70 days
    const QList<store::OutboxRow> mails = followUps();
    QCOMPARE(mails.size(), 2);
    QVERIFY2(!mails.last().bodyText.contains(u"patience"_s), qPrintable(mails.last().bodyText));
    QVERIFY(couponCodes().isEmpty());
}

void TestGoodwillCoupon::followUpAtTheDayBringsOneCode()
{
    shop(20, 15);
    runScheduleAt(2026, 11, 16); // 14 days: before the day
    QCOMPARE(followUps().size(), 1);
    QVERIFY2(!followUps().constFirst().bodyText.contains(u"patience"_s), qPrintable(followUps().constFirst().bodyText));
    QVERIFY(couponCodes().isEmpty());
    QCOMPARE(sendDue(), 2); // the confirmation and the first follow-up

    runScheduleAt(2026, 11, 30); // 28 days: the follow-up that brings it
    runScheduleAt(2026, 11, 30); // again: nothing twice
    const QList<store::OutboxRow> mails = followUps();
    QCOMPARE(mails.size(), 2);
    const QStringList codes = couponCodes();
    QCOMPARE(codes.size(), 1);
    const QString code = codes.constFirst();
    QVERIFY2(codeShape.match(code).hasMatch(), qPrintable(code));
    const store::OutboxRow& mail = mails.last();
    QVERIFY2(mail.bodyText.contains(u"To thank you for your patience, here is 15% off your next order with us: "
                                    u"use the code "_s + code + u"."_s),
             qPrintable(mail.bodyText));
    QVERIFY2(mail.bodyHtml.contains(u"<strong>"_s + code + u"</strong>"_s), qPrintable(mail.bodyHtml));
    // The shop's own record of why stays with the shop.
    QVERIFY2(!mail.bodyText.contains(u"goodwill"_s), qPrintable(mail.bodyText));
    // The coupon is the order's, and its history says so.
    const store::Found<store::GoodwillCoupon> stored = m_f->shop().outbox().store().goodwillCoupon(m_f->order(u"A"_s).id);
    QVERIFY(stored.ok() && stored.value());
    QCOMPARE(stored.value()->code, code);
    QCOMPARE(stored.value()->percent, 15);
    QCOMPARE(stored.value()->carrierState, u"pending"_s);
    bool inHistory = false;
    for (const Event& e : must(InsightService(m_f->shop()).history(u"A"_s, {})))
        inHistory = inHistory || (e.kind == u"goodwill coupon"_s && e.details.startsWith(code));
    QVERIFY(inHistory);
    // What went out is what the customer reads.
    QCOMPARE(sendDue(), 1);
    QCOMPARE(followUps().last().state, u"sent"_s);
    QVERIFY(followUps().last().bodyText.contains(code));
}

void TestGoodwillCoupon::replacedFollowUpBringsTheSameCode()
{
    shop(20);
    runScheduleAt(2026, 11, 30); // 28 days, nothing sent since
    QCOMPARE(couponCodes().size(), 1);
    const QString code = couponCodes().constFirst();
    runScheduleAt(2026, 12, 14); // 42 days: a newer follow-up replaces the unsent one
    const QList<store::OutboxRow> mails = followUps();
    QCOMPARE(mails.size(), 2);
    QCOMPARE(mails.first().state, u"cancelled"_s);
    QCOMPARE(mails.last().state, u"pending"_s);
    QVERIFY2(mails.last().bodyText.contains(code), qPrintable(mails.last().bodyText));
    QCOMPARE(couponCodes(), QStringList{code});
    QVERIFY(sendDue() >= 1);
    QCOMPARE(followUps().last().state, u"sent"_s);
}

void TestGoodwillCoupon::sentCodeIsNotSentAgain()
{
    shop(20);
    runScheduleAt(2026, 11, 30);
    const QString code = couponCodes().constFirst();
    QVERIFY(sendDue() >= 1);
    QCOMPARE(followUps().last().state, u"sent"_s);
    runScheduleAt(2026, 12, 14);
    runScheduleAt(2026, 12, 28);
    const QList<store::OutboxRow> mails = followUps();
    QCOMPARE(mails.size(), 3);
    QVERIFY(mails[0].bodyText.contains(code));
    QVERIFY2(!mails[1].bodyText.contains(u"patience"_s), qPrintable(mails[1].bodyText));
    QVERIFY2(!mails[2].bodyText.contains(u"patience"_s), qPrintable(mails[2].bodyText));
    QCOMPARE(couponCodes(), QStringList{code});
}

void TestGoodwillCoupon::earlierDefaultTemplateGetsTheCouponsPlace()
{
    shop(20);
    auto readRetired = [](const QString& name) {
        QFile f(u":/templates/retired/"_s + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    {
        store::Transaction tx(m_f->shop().db());
        store::TemplateRow old = must(m_f->shop().outbox().templates().get(u"followup"_s));
        // The first follow-up default: no highlights, no related items, no coupon.
        old.bodyText = readRetired(u"followup-1.txt"_s);
        old.bodyHtml = readRetired(u"followup-1.html"_s);
        QVERIFY(!old.bodyText.isEmpty() && !old.bodyText.contains(u"goodwill_coupon"_s));
        BD_VERIFY_OK(m_f->shop().outbox().store().updateTemplate(old));
        BD_VERIFY_OK(tx.commit());
    }
    runScheduleAt(2026, 11, 30);
    const QString code = couponCodes().constFirst();
    QVERIFY2(followUps().last().bodyText.contains(code), qPrintable(followUps().last().bodyText));
    QVERIFY(must(MailService(m_f->shop()).templateOf(u"followup"_s)).bodyText.contains(u"{{goodwill_coupon}}"_s));
}

void TestGoodwillCoupon::danishFollowUp()
{
    BD_VERIFY_OK(m_f->shop().saveSettings({{u"shop.locale"_s, u"da_DK"_s}}));
    shop(20, 10);
    runScheduleAt(2026, 11, 30);
    const QString code = couponCodes().constFirst();
    const store::OutboxRow mail = followUps().last();
    QVERIFY2(mail.bodyText.contains(u"Som tak for din tålmodighed"_s), qPrintable(mail.bodyText));
    QVERIFY2(mail.bodyText.contains(u"10%"_s) && mail.bodyText.contains(code), qPrintable(mail.bodyText));
}

QTEST_GUILESS_MAIN(TestGoodwillCoupon)
#include "TestGoodwillCoupon.moc"
