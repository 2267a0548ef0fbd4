// Follow-ups that sell: the follow-up and countdown e-mails show the highlight of the
// items an order waits for and up to three related items the customer can have at once
// — never one the order holds already, never a sold-out one, never one others wait for —
// with price and names escaped in HTML; the shop can switch the related items off; a
// Danish shop writes them in Danish. Related items and highlights are set with
// `item related` and `item highlight` through the service the command line runs.
#include "ShopFixture.h"

#include "services/MailService.h"
#include "services/MerchandisingService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::test::ShopFixture;
using bd::test::must;
using bd::test::utc;

class TestFollowUpExtras : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }

    void followUpOffersRelatedItemsInStock();
    void countdownOffersThemToo();
    void switchedOffShowsNone();
    void relatedItemsRefuseBadSkus();
    void danishFollowUp();

private:
    // MUG waits for stock (PO on 2027-01-20); what is related to it: SPOON (sold out),
    // TEA (in stock, but the order holds it), LID (others wait for it), SAUCER, CUP,
    // PLATE, BOWL (in stock: only the first three are shown).
    void shop();
    store::OutboxRow latest(const QString& kind)
    {
        store::OutboxRow found;
        for (const store::OutboxRow& r : must(MailService(m_f->shop()).messages({})))
            if (r.kind == kind && r.id > found.id)
                found = r;
        return found;
    }
    std::unique_ptr<ShopFixture> m_f;
};

void TestFollowUpExtras::init()
{
    QString error;
    m_f = ShopFixture::create(utc(2026, 11, 2, 9, 0), &error);
    QVERIFY2(m_f, qPrintable(error));
}

void TestFollowUpExtras::shop()
{
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"SPOON"_s, Policy::Stop, 0));
    BD_VERIFY_OK(m_f->addItem(u"TEA"_s, Policy::Stop, 10));
    BD_VERIFY_OK(m_f->addItem(u"LID"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addItem(u"SAUCER"_s, Policy::Stop, 5, {}, {}, {}, 400));
    BD_VERIFY_OK(m_f->addItem(u"CUP"_s, Policy::Stop, 5, {}, {}, {}, 650));
    BD_VERIFY_OK(m_f->addItem(u"PLATE"_s, Policy::Stop, 5, {}, {}, {}, 900));
    BD_VERIFY_OK(m_f->addItem(u"BOWL"_s, Policy::Stop, 5));
    // A name that needs escaping in HTML.
    Item saucer = m_f->item(u"SAUCER"_s);
    saucer.name = u"Saucer <b>&</b>"_s;
    BD_VERIFY_OK(m_f->shop().items().updateItemDefinition(saucer));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 10, QDate(2027, 1, 20)));
    BD_VERIFY_OK(MerchandisingService(m_f->shop())
                     .changeRelated(u"MUG"_s,
                                    {u"SPOON"_s, u"TEA"_s, u"LID"_s, u"SAUCER"_s, u"CUP"_s, u"PLATE"_s, u"BOWL"_s}, {}));
    BD_VERIFY_OK(MerchandisingService(m_f->shop()).setHighlight(u"MUG"_s, u"hand-thrown in Jutland, <glazed> twice"_s));
    QVERIFY(m_f->place(u"9"_s, {{u"LID"_s, 1}}).ok()); // someone waits for LID
    QVERIFY(m_f->place(u"A"_s, {{u"MUG"_s, 2}, {u"TEA"_s, 1}}).ok());
}

void TestFollowUpExtras::followUpOffersRelatedItemsInStock()
{
    shop();
    m_f->clock().set(utc(2026, 11, 17, 9, 0)); // 14 days later: the first follow-up
    QVERIFY(MailService(m_f->shop()).runSchedule().ok());
    const store::OutboxRow mail = latest(u"followup"_s);
    QCOMPARE(mail.orderNumber, u"A"_s);
    for (const QString& shown : {u"Saucer <b>&</b> (SAUCER), €4.00"_s, u"(CUP), €6.50"_s, u"(PLATE), €9.00"_s})
        QVERIFY2(mail.bodyText.contains(shown), qPrintable(shown + u"\n"_s + mail.bodyText));
    for (const QString& never : {u"(SPOON)"_s, u"(TEA)"_s, u"(LID)"_s, u"(BOWL)"_s})
        QVERIFY2(!mail.bodyText.contains(never), qPrintable(never + u"\n"_s + mail.bodyText));
    QVERIFY2(mail.bodyHtml.contains(u"<li>Saucer &lt;b&gt;&amp;&lt;/b&gt; — €4.00</li>"_s), qPrintable(mail.bodyHtml));
    QVERIFY2(!mail.bodyHtml.contains(u"<b>&</b>"_s), qPrintable(mail.bodyHtml));
    QVERIFY2(mail.bodyText.contains(u"Item MUG: hand-thrown in Jutland, <glazed> twice"_s), qPrintable(mail.bodyText));
    QVERIFY2(mail.bodyHtml.contains(u"hand-thrown in Jutland, &lt;glazed&gt; twice"_s), qPrintable(mail.bodyHtml));
}

void TestFollowUpExtras::countdownOffersThemToo()
{
    shop();
    m_f->clock().set(utc(2027, 1, 18, 9, 0)); // two days before the date
    QVERIFY(MailService(m_f->shop()).runSchedule().ok());
    const store::OutboxRow mail = latest(u"countdown"_s);
    QCOMPARE(mail.orderNumber, u"A"_s);
    QVERIFY2(mail.bodyText.contains(u"While you wait, these are in stock and ship at once:"_s), qPrintable(mail.bodyText));
    QVERIFY2(mail.bodyText.contains(u"(CUP)"_s), qPrintable(mail.bodyText));
}

void TestFollowUpExtras::switchedOffShowsNone()
{
    shop();
    BD_VERIFY_OK(m_f->shop().saveSettings({{u"mail.related_items"_s, u"off"_s}}));
    m_f->clock().set(utc(2026, 11, 17, 9, 0));
    QVERIFY(MailService(m_f->shop()).runSchedule().ok());
    const store::OutboxRow mail = latest(u"followup"_s);
    QCOMPARE(mail.orderNumber, u"A"_s);
    QVERIFY2(!mail.bodyText.contains(u"While you wait"_s), qPrintable(mail.bodyText));
    QVERIFY2(!mail.bodyHtml.contains(u"<ul>"_s), qPrintable(mail.bodyHtml));
    // The highlight is the item's own and stays.
    QVERIFY2(mail.bodyText.contains(u"hand-thrown"_s), qPrintable(mail.bodyText));
}

void TestFollowUpExtras::relatedItemsRefuseBadSkus()
{
    shop();
    MerchandisingService m(m_f->shop());
    const core::Status unknown = m.changeRelated(u"MUG"_s, {u"NOPE"_s}, {});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.errors().constFirst().field, u"add"_s);
    QVERIFY2(unknown.errorText().contains(u"unknown SKU 'NOPE'"_s), qPrintable(unknown.errorText()));
    QVERIFY(!m.changeRelated(u"MUG"_s, {u"MUG"_s}, {}).ok());
    QVERIFY(!m.changeRelated(u"MUG"_s, {}, {u"CUP"_s, u"NOT-THERE"_s}).ok());
    // Nothing changed by the refused changes.
    QCOMPARE(must(m.related(u"MUG"_s)),
             (QStringList{u"SPOON"_s, u"TEA"_s, u"LID"_s, u"SAUCER"_s, u"CUP"_s, u"PLATE"_s, u"BOWL"_s}));
    BD_VERIFY_OK(m.changeRelated(u"MUG"_s, {u"SPOON"_s}, {u"TEA"_s, u"LID"_s}));
    QCOMPARE(must(m.related(u"MUG"_s)), (QStringList{u"SPOON"_s, u"SAUCER"_s, u"CUP"_s, u"PLATE"_s, u"BOWL"_s}));
    QVERIFY(!m.setHighlight(u"MUG"_s, QString(301, u'x')).ok());
    BD_VERIFY_OK(m.setHighlight(u"MUG"_s, QString()));
    QCOMPARE(must(m.highlight(u"MUG"_s)), QString());
}

void TestFollowUpExtras::danishFollowUp()
{
    BD_VERIFY_OK(m_f->shop().saveSettings({{u"shop.locale"_s, u"da_DK"_s}}));
    shop();
    m_f->clock().set(utc(2026, 11, 17, 9, 0));
    QVERIFY(MailService(m_f->shop()).runSchedule().ok());
    const store::OutboxRow mail = latest(u"followup"_s);
    QVERIFY2(mail.bodyText.contains(u"Mens du venter, har vi disse på lager"_s), qPrintable(mail.bodyText));
    QVERIFY2(mail.bodyText.contains(u"(CUP), 6,50"_s), qPrintable(mail.bodyText));
}

QTEST_GUILESS_MAIN(TestFollowUpExtras)
#include "TestFollowUpExtras.moc"
