// The schedule reads only the orders something may be due for (orders.mail_due): a run
// after nothing changed looks at no order and queues nothing; each change a reminder
// depends on — time reaching a reminder's day, a promised date moving, a payment that
// now lapses, the days between follow-ups, stock arriving, a kind of e-mail switched
// back on, a message made pending again — makes the order due again, and the run then
// does what looking at every order would. On both engines.
#include "ServerShop.h"
#include "ShopFixture.h"

#include "services/MailService.h"
#include "domain/UnknownCustomer.h"
#include "services/OrderService.h"
#include "store/Config.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::test::ShopFixture;
using bd::test::must;
using bd::test::utc;

namespace {

// What one run did.
struct Run
{
    int looked = 0;
    int queued = 0;
    int cancelled = 0;
    bool operator==(const Run&) const = default;
};

char* toString(const Run& r)
{
    return QTest::toString(u"looked at %1, queued %2, cancelled %3"_s.arg(r.looked).arg(r.queued).arg(r.cancelled));
}

using Change = std::function<void(ShopFixture&)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestMailDue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }

    void nothingChangedReadsNothing();
    void changeMakesTheOrderDue_data();
    void changeMakesTheOrderDue();
    void kindSwitchedOnIsDueAgain();
    void retriedMessageIsCheckedAgain();
    void retryLeavesWhatTimeDecidesToTheRun();
    void manyOrdersAreQueuedOnceEach();
    void pagesDoWhatOneLookDoes_data();
    void pagesDoWhatOneLookDoes();
    void orderWithoutCustomerIsSettled();
    void everyStatementIsPlannedForItsRun();
    void intentsInsertKeepsItsPlan();

private:
    // The server's version number (server_version_num); 0 on SQLite, -1 when it cannot
    // be read.
    int serverVersion();
    // Each statement kept on the shop's connection, with its generic and custom runs
    // (pg_prepared_statements counts them from PostgreSQL 14 on).
    using PlanRuns = QHash<QString, std::pair<qint64, qint64>>;
    // Empty, or why they could not be read.
    QString keptPlans(PlanRuns& out);
    Run runAt(int month, int day);
    // Every message as "kind occasion state", oldest first.
    QStringList outbox();
    qint64 messageOf(const QString& kind);

    std::unique_ptr<ShopFixture> m_f;
};

// A waits for one MUG from 1 December 2026; PO-1 brings it on the 20th. Follow-ups every
// 14 days (the 15th), the countdown 3 days before (the 17th). The schedule has looked at
// A on the 2nd, when nothing was due yet.
void TestMailDue::init()
{
    QString error;
    m_f = ShopFixture::create(utc(2026, 12, 1, 9, 0), &error);
    QVERIFY2(m_f, qPrintable(error));
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Backorder, 0));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 2, QDate(2026, 12, 20)));
    QVERIFY(m_f->place(u"A"_s, {{u"MUG"_s, 1}}).ok());
    QCOMPARE(m_f->line(u"A"_s, u"MUG"_s).promisedDate, QDate(2026, 12, 20));
    QCOMPARE(runAt(12, 2), (Run{1, 0, 0}));
}

Run TestMailDue::runAt(int month, int day)
{
    m_f->clock().set(utc(2026, month, day, 10, 0));
    const core::Result<mail::ScheduleReport> report = MailService(m_f->shop()).runSchedule();
    if (!report) {
        qWarning("%s", qPrintable(core::joinErrors(report.errors())));
        return Run{-1, -1, -1};
    }
    return Run{report->ordersLookedAt, report->queued, report->cancelled};
}

QStringList TestMailDue::outbox()
{
    QStringList rows;
    for (const store::OutboxRow& r : must(MailService(m_f->shop()).messages({})))
        rows << r.kind + u' ' + r.occasion + u' ' + r.state;
    return rows;
}

qint64 TestMailDue::messageOf(const QString& kind)
{
    for (const store::OutboxRow& r : must(MailService(m_f->shop()).messages({})))
        if (r.kind == kind)
            return r.id;
    return 0;
}

void TestMailDue::nothingChangedReadsNothing()
{
    const QStringList before = outbox();
    QCOMPARE(before, QStringList{u"confirmation  pending"_s});
    // The same day, and days later before any reminder's day: no order is read.
    QCOMPARE(runAt(12, 2), (Run{0, 0, 0}));
    QCOMPARE(runAt(12, 10), (Run{0, 0, 0}));
    QCOMPARE(runAt(12, 14), (Run{0, 0, 0}));
    QVERIFY(must(m_f->shop().outbox().store().duePage(QDate(2026, 12, 14), 0, 100)).orderIds.isEmpty());
    QCOMPARE(outbox(), before);
}

void TestMailDue::changeMakesTheOrderDue_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<int>("day");
    QTest::addColumn<Run>("expected");
    QTest::addColumn<QString>("queuedKind");

    QTest::addRow("nothing") << Change([](ShopFixture&) {}) << 10 << Run{0, 0, 0} << QString();
    QTest::addRow("time reaches the follow-up") << Change([](ShopFixture&) {}) << 15 << Run{1, 1, 0} << u"followup"_s;
    QTest::addRow("time reaches the countdown")
        << Change([](ShopFixture& f) { BD_VERIFY_OK(MailService(f.shop()).setTemplateEnabled(u"followup"_s, false)); })
        << 17 << Run{1, 1, 0} << u"countdown"_s;
    QTest::addRow("promised date moves")
        << Change([](ShopFixture& f) {
               BD_VERIFY_OK(f.addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 2, QDate(2026, 12, 12)));
               QCOMPARE(f.line(u"A"_s, u"MUG"_s).promisedDate, QDate(2026, 12, 12));
           })
        << 10 << Run{1, 1, 0} << u"countdown"_s;
    QTest::addRow("authorization lapses before the promise")
        << Change([](ShopFixture& f) {
               PaymentUpdate update;
               update.state = PaymentState::Authorized;
               BD_VERIFY_OK(OrderService(f.shop()).setPayment(u"A"_s, update));
           })
        << 10 << Run{1, 1, 0} << u"payment_update"_s;
    QTest::addRow("follow-ups more often")
        << Change([](ShopFixture& f) { BD_VERIFY_OK(MailService(f.shop()).saveSettings({{u"mail.followup_days"_s, u"7"_s}})); })
        << 10 << Run{1, 1, 0} << u"followup"_s;
    // A waits no more: its confirmation no longer applies.
    QTest::addRow("stock arrives")
        << Change([](ShopFixture& f) { QVERIFY(f.receive(u"MUG"_s, 1).ok()); }) << 10 << Run{0, 0, 1} << QString();
}

void TestMailDue::changeMakesTheOrderDue()
{
    QFETCH(Change, change);
    QFETCH(int, day);
    QFETCH(Run, expected);
    QFETCH(QString, queuedKind);
    m_f->clock().set(utc(2026, 12, 10, 9, 0));
    change(*m_f);
    if (QTest::currentTestFailed())
        return;
    const QStringList before = outbox();
    QCOMPARE(runAt(12, day), expected);
    const QStringList after = outbox();
    if (!queuedKind.isEmpty()) {
        QCOMPARE(after.size(), before.size() + 1);
        QVERIFY2(after.constLast().startsWith(queuedKind + u' '), qPrintable(after.join(u", "_s)));
    }
    // Once looked at, the order is not read again that day.
    QCOMPARE(runAt(12, day), (Run{0, 0, 0}));
    QCOMPARE(outbox(), after);
}

void TestMailDue::kindSwitchedOnIsDueAgain()
{
    BD_VERIFY_OK(MailService(m_f->shop()).setTemplateEnabled(u"followup"_s, false));
    QCOMPARE(runAt(12, 15), (Run{1, 0, 0}));
    QCOMPARE(runAt(12, 16), (Run{0, 0, 0}));
    BD_VERIFY_OK(MailService(m_f->shop()).setTemplateEnabled(u"followup"_s, true));
    QCOMPARE(runAt(12, 16), (Run{1, 1, 0}));
    QVERIFY(messageOf(u"followup"_s) != 0);
    // Switched off again: the unsent follow-up is cancelled, though A did not change.
    BD_VERIFY_OK(MailService(m_f->shop()).setTemplateEnabled(u"followup"_s, false));
    QCOMPARE(runAt(12, 16), (Run{1, 0, 1}));
    QCOMPARE(runAt(12, 16), (Run{0, 0, 0}));
}

void TestMailDue::retriedMessageIsCheckedAgain()
{
    QVERIFY(m_f->receive(u"MUG"_s, 1).ok());
    QCOMPARE(runAt(12, 3), (Run{0, 0, 1}));
    const qint64 confirmation = messageOf(u"confirmation"_s);
    QVERIFY(confirmation != 0);
    const store::OutboxRow cancelled = must(MailService(m_f->shop()).message(confirmation));
    QCOMPARE(cancelled.state, store::messageState::Cancelled);
    QCOMPARE(runAt(12, 3), (Run{0, 0, 0}));
    // Retried by hand, it still does not apply: it is not made pending only for the next
    // run to cancel it again; the merchant is told why, and nothing changes.
    const core::Status refused = MailService(m_f->shop()).retry(confirmation);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorText().contains(u"would be cancelled again"_s)
                 && refused.errorText().contains(u"nothing of the order waits any more"_s),
             qPrintable(refused.errorText()));
    const store::OutboxRow after = must(MailService(m_f->shop()).message(confirmation));
    QCOMPARE(after.state, store::messageState::Cancelled);
    QCOMPARE(after.lastError, cancelled.lastError);
    QCOMPARE(runAt(12, 3), (Run{0, 0, 0}));
}

void TestMailDue::retryLeavesWhatTimeDecidesToTheRun()
{
    BD_VERIFY_OK(MailService(m_f->shop()).setTemplateEnabled(u"followup"_s, false));
    QCOMPARE(runAt(12, 17), (Run{1, 1, 0}));
    const qint64 countdown = messageOf(u"countdown"_s);
    QVERIFY(countdown != 0);
    // The supplier's date moves past the countdown's: the next run cancels it.
    m_f->clock().set(utc(2026, 12, 17, 12, 0));
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 2, QDate(2026, 12, 30)));
    QCOMPARE(runAt(12, 18), (Run{1, 0, 1}));
    QCOMPARE(must(MailService(m_f->shop()).message(countdown)).state, store::messageState::Cancelled);
    // Whether a countdown still applies is the schedule's to say, from the whole order:
    // the retry makes it pending, and the run cancels it again for the same reason.
    BD_VERIFY_OK(MailService(m_f->shop()).retry(countdown));
    QCOMPARE(must(MailService(m_f->shop()).message(countdown)).state, store::messageState::Pending);
    QCOMPARE(runAt(12, 18), (Run{1, 0, 1}));
    const store::OutboxRow again = must(MailService(m_f->shop()).message(countdown));
    QCOMPARE(again.state, store::messageState::Cancelled);
    QVERIFY2(again.lastError.contains(u"promised date has changed"_s), qPrintable(again.lastError));
    // With countdowns switched off a retry is refused at once.
    BD_VERIFY_OK(MailService(m_f->shop()).setTemplateEnabled(u"countdown"_s, false));
    const core::Status refused = MailService(m_f->shop()).retry(countdown);
    QVERIFY2(!refused.ok() && refused.errorText().contains(u"countdown e-mails are switched off"_s),
             qPrintable(refused.errorText()));
    QCOMPARE(must(MailService(m_f->shop()).message(countdown)).lastError, again.lastError);
}

// More waiting orders than the store writes to one statement (intents and next-look
// dates go many rows at a time): each order gets its reminder once, and is settled.
void TestMailDue::manyOrdersAreQueuedOnceEach()
{
    constexpr int More = 520;
    BD_VERIFY_OK(m_f->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, More + 1, QDate(2026, 12, 20)));
    for (int i = 0; i < More; ++i)
        QVERIFY(m_f->place(u"B%1"_s.arg(i), {{u"MUG"_s, 1}}).ok());
    QCOMPARE(runAt(12, 2), (Run{More, 0, 0}));
    // A's first follow-up on the 15th; theirs (placed on the 2nd) on the 16th.
    QCOMPARE(runAt(12, 15), (Run{1, 1, 0}));
    QCOMPARE(runAt(12, 16), (Run{More, More, 0}));
    QCOMPARE(runAt(12, 16), (Run{0, 0, 0}));
    // The countdown three days before the 20th, for each of them, once.
    QCOMPARE(runAt(12, 17), (Run{More + 1, More + 1, 0}));
    QHash<QString, int> kinds;
    QSet<qint64> orders;
    for (const store::OutboxRow& r : must(MailService(m_f->shop()).messages({}))) {
        ++kinds[r.kind + u' ' + r.occasion];
        orders.insert(r.orderId);
    }
    QCOMPARE(orders.size(), More + 1);
    QCOMPARE(kinds.value(u"followup 1"_s), More + 1);
    QCOMPARE(kinds.value(u"countdown 2026-12-20"_s), More + 1);
}

void TestMailDue::pagesDoWhatOneLookDoes_data()
{
    QTest::addColumn<int>("pageOrders");
    for (int page : {1, 3, 7})
        QTest::addRow("pages of %d", page) << page;
}

// The schedule reads the due orders a page at a time and settles each page before it reads
// the next, so a big shop's first run holds one page. Pages of any size do what one look at
// every due order does, run after run: the same reports, the same messages queued and
// cancelled (with their reasons; queued in the order of the pages) and the same day each
// order is looked at again. The shop
// mixes orders waiting for a promised date (follow-ups, countdowns), orders whose card or
// authorization lapses first (payment updates), orders that stop waiting (their reminders
// cancelled) and a kind of e-mail switched off (its pending messages cancelled).
void TestMailDue::pagesDoWhatOneLookDoes()
{
    QFETCH(int, pageOrders);
    struct Look
    {
        QList<Run> runs;
        QStringList messages; // order kind occasion state reason recipient facts
        QStringList due;      // order and the day it is looked at again
    };
    auto look = [](int page) -> Look {
        Look seen;
        QString error;
        auto f = ShopFixture::create(utc(2026, 12, 1, 9, 0), &error);
        if (!f) {
            qWarning("%s", qPrintable(error));
            return seen;
        }
        auto ok = [](const core::Status& s) {
            if (!s.ok())
                qWarning("%s", qPrintable(core::joinErrors(s.errors())));
        };
        // Follow-ups from 14 days bring a goodwill coupon (written as the follow-up is queued).
        ok(MailService(f->shop()).saveSettings({{store::settings::GoodwillCouponDays, u"14"_s}}));
        ok(f->addItem(u"MUG"_s, Policy::Backorder, 0));
        ok(f->addItem(u"CAP"_s, Policy::Backorder, 0));
        ok(f->addPurchaseOrder(u"PO-1"_s, u"MUG"_s, 40, QDate(2026, 12, 20)));
        for (int i = 0; i < 16; ++i) {
            const PaymentState payment = i % 3 == 0 ? PaymentState::Authorized : PaymentState::Captured;
            const QList<bd::test::LineSpec> lines = i % 4 == 0 ? QList<bd::test::LineSpec>{{u"MUG"_s, 1}, {u"CAP"_s, 1}}
                                                                  : QList<bd::test::LineSpec>{{u"MUG"_s, 1 + i % 2}};
            ok(f->place(u"N%1"_s.arg(i), lines, payment, {}, i % 3 == 0 ? u"2026-12"_s : QString()).errors());
        }
        // An order nobody can be written to: looked at, never written to.
        ok(f->place(u"N16"_s, {{u"MUG"_s, 1}}, PaymentState::Captured, domain::unknownCustomerEmail(u"N16"_s))
               .errors());
        auto run = [&](int month, int day) {
            f->clock().set(utc(2026, month, day, 10, 0));
            const core::Result<mail::ScheduleReport> report = MailService(f->shop()).runSchedule(page);
            seen.runs << (report ? Run{report->ordersLookedAt, report->queued, report->cancelled} : Run{-1, -1, -1});
        };
        run(12, 2);
        run(12, 15);
        // Stock for the first few: their pending reminders no longer apply.
        ok(f->receive(u"MUG"_s, 5).errors());
        run(12, 16);
        run(12, 17);
        // The countdowns queued on the 17th are cancelled while their kind is off.
        ok(MailService(f->shop()).setTemplateEnabled(u"countdown"_s, false));
        run(12, 18);
        ok(MailService(f->shop()).setTemplateEnabled(u"countdown"_s, true));
        run(12, 19);
        run(12, 30);
        for (const store::OutboxRow& r : must(MailService(f->shop()).messages({})))
            seen.messages << u"%1 %2 %3 %4 %5 %6 %7"_s.arg(r.orderId).arg(r.kind, r.occasion, r.state, r.lastError,
                                                                 r.recipient, r.facts);
        // Queued page by page: the same messages, in another order. A coupon's code is
        // drawn at random.
        static const QRegularExpression code(u"\"coupon\":\"[^\"]*\""_s);
        for (QString& m : seen.messages)
            m.replace(code, u"\"coupon\":\"<code>\""_s);
        seen.messages.sort();
        QSqlQuery q(f->shop().db().connection());
        if (!q.exec(u"SELECT order_number, COALESCE(mail_due, 'not until it changes') FROM orders ORDER BY order_number"_s))
            qWarning("%s", qPrintable(q.lastError().text()));
        while (q.next())
            seen.due << q.value(0).toString() + u' ' + q.value(1).toString();
        return seen;
    };
    const Look paged = look(pageOrders);
    const Look whole = look(mail::Outbox::SchedulePageOrders);
    QCOMPARE(paged.runs.size(), 7);
    QVERIFY(!paged.runs.contains(Run{-1, -1, -1}));
    QCOMPARE(paged.runs, whole.runs);
    QCOMPARE(paged.messages, whole.messages);
    QCOMPARE(paged.due, whole.due);
    // The shop makes the schedule do each thing it does.
    const QString all = whole.messages.join(u'\n');
    for (const QString& kind : {u" followup "_s, u" countdown "_s, u" payment_update "_s})
        QVERIFY2(all.contains(kind), qPrintable(kind + u" in\n"_s + all));
    for (const QString& reason : {u"switched off"_s, u"nothing of the order waits"_s})
        QVERIFY2(all.contains(reason), qPrintable(reason + u" in\n"_s + all));
    QVERIFY2(all.contains(u"\"coupon\""_s), qPrintable(all));
    QVERIFY2(!all.contains(domain::unknownCustomerDomain()), qPrintable(all));
}

// Every due order the schedule reads is settled, even one it cannot write to: one left due
// would stand at the head of every page after it and end the run early. An order whose
// customer row is gone (the shop file's foreign keys switched off by hand) is not looked
// at again until it changes; the order behind it is still served, in pages of one.
void TestMailDue::orderWithoutCustomerIsSettled()
{
    BD_SKIP_ON_SERVER("a row the server's foreign keys keep cannot be taken away here");
    QVERIFY(m_f->place(u"B"_s, {{u"MUG"_s, 1}}).ok());
    QVERIFY(m_f->place(u"C"_s, {{u"MUG"_s, 1}}).ok());
    {
        QSqlQuery q(m_f->shop().db().connection());
        QVERIFY(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        QVERIFY(q.exec(u"DELETE FROM customers WHERE email = 'b@example.com'"_s));
        QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
        QVERIFY(q.exec(u"UPDATE orders SET mail_due = ''"_s));
    }
    m_f->clock().set(utc(2026, 12, 16, 10, 0));
    const core::Result<mail::ScheduleReport> report = MailService(m_f->shop()).runSchedule(1);
    QVERIFY2(report, qPrintable(report.errorText()));
    QCOMPARE(report->ordersLookedAt, 2); // A and C; B has nobody to write to
    QSqlQuery q(m_f->shop().db().connection());
    QVERIFY(q.exec(u"SELECT order_number, COALESCE(mail_due, 'not until it changes') FROM orders ORDER BY order_number"_s));
    QStringList due;
    while (q.next())
        due << q.value(0).toString() + u' ' + q.value(1).toString();
    QCOMPARE(due.size(), 3);
    QCOMPARE(due.at(1), u"B not until it changes"_s);
    for (const QString& looked : {due.at(0), due.at(2)})
        QVERIFY2(looked.section(u' ', 1) > u"2026-12-16"_s, qPrintable(looked)); // a day after today
    // Nothing is due the same day again.
    QCOMPARE(runAt(12, 16), (Run{0, 0, 0}));
}

int TestMailDue::serverVersion()
{
    if (!bd::test::onServer())
        return 0;
    QSqlQuery version(m_f->shop().db().connection());
    if (!version.exec(u"SELECT current_setting('server_version_num')::int"_s) || !version.next()) {
        qWarning("%s", qPrintable(version.lastError().text()));
        return -1;
    }
    return version.value(0).toInt();
}

QString TestMailDue::keptPlans(PlanRuns& out)
{
    QSqlQuery q(m_f->shop().db().connection());
    if (!q.exec(u"SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"_s))
        return q.lastError().text();
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return q.lastError().isValid() ? q.lastError().text() : QString();
}

// The insert of the schedule's e-mails (MailStore::insertIntents): an insert of values,
// which reads no table but the unique index its conflict names.
static bool isIntentsInsert(const QString& statement)
{
    return statement.contains(u"AS INSERT INTO outbox "_s) && statement.contains(u"last_error, facts, rendered) VALUES"_s);
}

// The schedule reads the outbox and the coupons while it fills them, page after page and
// order after order. PostgreSQL plans a statement kept on the connection for the values of
// its first runs; after five it may keep one generic plan, costed for the tables' sizes at
// that moment, and rows the running transaction adds never make it plan again. Made while
// the tables were nearly empty, those plans read all of them for every page and order after
// (MailStore::planEachRunUntilCommit). During a run no kept statement on the outbox or the
// coupons runs a generic plan, while the coupon lookups run once for each order.
void TestMailDue::everyStatementIsPlannedForItsRun()
{
    const int version = serverVersion();
    QVERIFY(version >= 0);
    if (version < 140000)
        QSKIP("PostgreSQL's plans kept for a statement, counted from version 14 on (SQLite's plans do not follow "
              "the tables' sizes)");
    BD_VERIFY_OK(MailService(m_f->shop()).saveSettings({{store::settings::GoodwillCouponDays, u"14"_s}}));
    for (int i = 0; i < 8; ++i)
        QVERIFY(m_f->place(u"B%1"_s.arg(i), {{u"MUG"_s, 1}}).ok());
    PlanRuns before;
    const QString beforeFailed = keptPlans(before);
    QVERIFY2(beforeFailed.isEmpty(), qPrintable(beforeFailed));
    QVERIFY(!before.isEmpty());
    m_f->clock().set(utc(2026, 12, 16, 10, 0));
    const core::Result<mail::ScheduleReport> report = MailService(m_f->shop()).runSchedule(1);
    QVERIFY2(report, qPrintable(report.errorText()));
    QCOMPARE(report->ordersLookedAt, 9);
    QCOMPARE(report->queued, 9); // each one's first follow-up, with its goodwill coupon
    PlanRuns after;
    const QString afterFailed = keptPlans(after);
    QVERIFY2(afterFailed.isEmpty(), qPrintable(afterFailed));
    qint64 couponLookups = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto [generic, custom] = it.value();
        const auto [genericBefore, customBefore] = before.value(it.key());
        const bool readsWhatTheRunFills = (it.key().contains(u"outbox"_s) || it.key().contains(u"coupons"_s))
                                          && !isIntentsInsert(it.key());
        QVERIFY2(!readsWhatTheRunFills || generic == genericBefore, qPrintable(u"a generic plan ran: "_s + it.key()));
        if (it.key().contains(u"FROM coupons k"_s))
            couponLookups += custom - customBefore;
    }
    QVERIFY2(couponLookups >= 9, qPrintable(QString::number(couponLookups)));
}

// The e-mails' insert runs with the server's usual choice, a kept generic plan once it
// has run five times, inside the schedule that plans everything else for each run: each
// page of one order here inserts its follow-up alone, nine times the same statement.
void TestMailDue::intentsInsertKeepsItsPlan()
{
    const int version = serverVersion();
    QVERIFY(version >= 0);
    if (version < 140000)
        QSKIP("PostgreSQL's plans kept for a statement, counted from version 14 on");
    for (int i = 0; i < 8; ++i)
        QVERIFY(m_f->place(u"B%1"_s.arg(i), {{u"MUG"_s, 1}}).ok());
    PlanRuns before;
    const QString beforeFailed = keptPlans(before);
    QVERIFY2(beforeFailed.isEmpty(), qPrintable(beforeFailed));
    m_f->clock().set(utc(2026, 12, 16, 10, 0));
    const core::Result<mail::ScheduleReport> report = MailService(m_f->shop()).runSchedule(1);
    QVERIFY2(report, qPrintable(report.errorText()));
    QCOMPARE(report->ordersLookedAt, 9);
    QCOMPARE(report->queued, 9);
    qint64 genericInserts = 0;
    qint64 genericReads = 0;
    PlanRuns after;
    const QString afterFailed = keptPlans(after);
    QVERIFY2(afterFailed.isEmpty(), qPrintable(afterFailed));
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const qint64 generic = it.value().first - before.value(it.key()).first;
        if (isIntentsInsert(it.key()))
            genericInserts += generic;
        else if (it.key().contains(u"outbox"_s))
            genericReads += generic;
    }
    QVERIFY2(genericInserts >= 1, "the e-mails' insert was planned for each run");
    // The transaction's choice came back after each insert: the pages' messages, read
    // twice a page after it, were still planned for each run.
    QCOMPARE(genericReads, 0);
}

QTEST_GUILESS_MAIN(TestMailDue)
#include "TestMailDue.moc"
