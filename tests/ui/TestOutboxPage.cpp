// The Outbox page: the list filtered by state, the preview of a message, and Send now
// through a real SMTP server on 127.0.0.1 (aiosmtpd with STARTTLS and a login) in the
// background while the window keeps running its event loop; a refused message is
// failed, can be retried and cancelled; sending can be cancelled between messages.
#include "SmtpServer.h"
#include "AppContext.h"
#include "ScriptedPrompter.h"
#include "TempShop.h"
#include "mail/Outbox.h"
#include "mail/PasswordStore.h"
#include "mail/Templates.h"
#include "models/OutboxModel.h"
#include "outbox/OutboxPage.h"
#include "services/CatalogService.h"
#include "services/OrderService.h"
#include "services/Shop.h"
#include "services/ShopQueries.h"
#include "store/Config.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrlQuery>

using namespace bd;
using bd::ui::OutboxModel;

class TestOutboxPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certDir;
    QString m_cert;
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::AppContext> m_context;
    core::FixedClock* m_clock = nullptr;
    test::ScriptedPrompter* m_prompter = nullptr;
    int m_received = 0;

    services::Shop& shop() { return *m_context->shop(); }

    void place(const QString& number, const QString& email)
    {
        domain::NewOrder order;
        order.number = number;
        order.placedAt = m_clock->now();
        order.customerEmail = email;
        order.customerName = QStringLiteral("Customer ") + number;
        order.payment = domain::PaymentState::Authorized;
        order.authorizedAt = m_clock->now();
        order.lines << domain::NewOrderLine { QStringLiteral("MUG-RED"), 2, std::nullopt, 0 };
        const auto placed = services::OrderService(shop()).place(order);
        QVERIFY2(placed.ok(), qPrintable(placed.errorText()));
        m_clock->advanceSeconds(60);
    }

    void setting(const QString& key, const QString& value)
    {
        const core::Status s = shop().config().set(key, value);
        QVERIFY2(s.ok(), qPrintable(s.errorText()));
    }

    bool startServer(test::LocalSmtpServer& server, const QStringList& extra = {})
    {
        const bool started = server.start(
            m_dir->filePath(QStringLiteral("received-%1").arg(++m_received)),
            QStringList { QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key, QStringLiteral("--user"),
                          QStringLiteral("shop"), QStringLiteral("--password"), QStringLiteral("s3cret") }
                + extra);
        if (!started)
            return false;
        shop().config().set(store::settings::SmtpHost, QStringLiteral("127.0.0.1")).ok();
        shop().config().set(store::settings::SmtpPort, QString::number(server.port())).ok();
        shop().config().set(store::settings::SmtpSecurity, QStringLiteral("starttls")).ok();
        shop().config().set(store::settings::SmtpUser, QStringLiteral("shop")).ok();
        shop().config().set(store::settings::SmtpCaFile, m_cert).ok();
        return true;
    }

    QMap<QString, int> states() { return test::must(shop().outbox().store().countByState()); }

    static void click(QWidget* parent, const QString& name)
    {
        auto* button = parent->findChild<QPushButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void selectRow(ui::OutboxPage& page, int row)
    {
        auto* table = page.findChild<QTableView*>(QStringLiteral("outboxTableView"));
        table->setCurrentIndex(page.model()->index(row, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(test::LocalSmtpServer::python()), "Debian's python3 with python3-aiosmtpd is needed");
        QVERIFY(test::LocalSmtpServer::makeCertificate(m_certDir.path(), &m_cert, &m_key));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        mail::PasswordStore::Options options;
        options.directory = m_dir->filePath(QStringLiteral("config"));
        options.useKeychain = false;
        mail::PasswordStore::setDefaultOptions(options);
        qputenv("BACKORDERDESK_SMTP_PASSWORD", "s3cret");
        auto clock = std::make_unique<core::FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        m_clock = clock.get();
        m_context = std::make_unique<ui::AppContext>(std::move(clock));
        auto prompter = std::make_unique<test::ScriptedPrompter>();
        m_prompter = prompter.get();
        m_context->setPrompter(std::move(prompter));
        const core::Status opened = m_context->openDatabase(bd::test::shopLocation(m_dir->filePath(QStringLiteral("shop.sqlite"))));
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        setting(store::settings::ShopSender, QStringLiteral("shop@example.com"));
        services::ItemInput mug;
        mug.item.sku = QStringLiteral("MUG-RED");
        mug.item.name = QStringLiteral("Mug, red");
        mug.item.priceMinor = 1200;
        mug.item.policy = domain::Policy::Backorder;
        mug.onHand = 0;
        const core::Status saved = services::CatalogService(shop()).saveItems({ mug });
        QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    }

    void cleanup()
    {
        if (m_context) {
            m_context->cancelTasks();
            QVERIFY(m_context->waitForTasks(20000));
        }
        m_context.reset();
        m_dir.reset();
        qunsetenv("BACKORDERDESK_SMTP_PASSWORD");
    }

    void listsAndPreviewsMessages()
    {
        place(QStringLiteral("1001"), QStringLiteral("ann@example.com"));
        place(QStringLiteral("1002"), QStringLiteral("bob@example.com"));
        ui::OutboxPage page(*m_context);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        // Newest first.
        QTRY_COMPARE(page.model()->index(0, OutboxModel::Order).data().toString(), QStringLiteral("1002"));
        QTRY_COMPARE(page.model()->index(0, OutboxModel::State).data().toString(), OutboxModel::stateName(store::messageState::Pending));
        selectRow(page, 1);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("subjectLabel"))->text().contains(QStringLiteral("1001")));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("recipientLabel"))->text().contains(QStringLiteral("ann@example.com")));
        auto* html = page.findChild<QTextBrowser*>(QStringLiteral("htmlTextBrowser"));
        QVERIFY(html->toPlainText().contains(QStringLiteral("MUG-RED")));
        QVERIFY(!html->openLinks());

        QUrlQuery route;
        route.addQueryItem(QStringLiteral("state"), QStringLiteral("sent"));
        page.applyRoute(route);
        QTRY_VERIFY(!page.model()->isLoading());
        QTRY_COMPARE(page.model()->rowCount(), 0);
        route.clear();
        route.addQueryItem(QStringLiteral("state"), QStringLiteral("pending"));
        page.applyRoute(route);
        QTRY_VERIFY(!page.model()->isLoading());
        QTRY_COMPARE(page.model()->rowCount(), 2);

        m_context->closeDatabase();
        page.reload();
        QTRY_COMPARE(page.model()->rowCount(), 0);
    }

    // The one search finds messages by customer (e-mail, name) and order number, words
    // in any order; the kind and state filters narrow what it finds; a search that finds
    // nothing shows nothing and clearing it shows everything again.
    void searchesByCustomerOrderAndKind()
    {
        place(QStringLiteral("1001"), QStringLiteral("ann.hansen@example.com"));
        place(QStringLiteral("2002"), QStringLiteral("bob@example.com"));
        place(QStringLiteral("2003"), QStringLiteral("ann.berg@example.com"));
        QVERIFY(services::OrderService(shop()).cancel(QStringLiteral("2003"), {}, QStringLiteral("duplicate")).ok());
        ui::OutboxPage page(*m_context);
        page.reload();
        QTRY_COMPARE(page.model()->rowCount(), 4); // three confirmations, one cancellation
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("outboxSearchLineEdit"));
        QVERIFY(search);
        auto orders = [&] {
            QStringList numbers;
            for (int row = 0; row < page.model()->rowCount(); ++row)
                numbers << page.model()->index(row, OutboxModel::Order).data().toString();
            return numbers;
        };
        auto typed = [&](const QString& text) {
            search->setText(text);
            QTest::keyClick(search, Qt::Key_Return);
            QTRY_VERIFY(!page.model()->isLoading());
        };
        typed(QStringLiteral("ann"));
        QTRY_COMPARE(orders(), (QStringList{QStringLiteral("2003"), QStringLiteral("2003"), QStringLiteral("1001")}));
        typed(QStringLiteral("example ANN hansen")); // every word, any order, any case
        QTRY_COMPARE(orders(), QStringList{QStringLiteral("1001")});
        typed(QStringLiteral("200"));
        QTRY_COMPARE(orders(), (QStringList{QStringLiteral("2003"), QStringLiteral("2003"), QStringLiteral("2002")}));
        auto* kinds = page.findChild<QComboBox*>(QStringLiteral("kindComboBox"));
        QVERIFY(kinds);
        kinds->setCurrentIndex(kinds->findData(mail::kind::Cancelled));
        QTRY_VERIFY(!page.model()->isLoading());
        QTRY_COMPARE(orders(), QStringList{QStringLiteral("2003")});
        QCOMPARE(page.model()->index(0, OutboxModel::Kind).data().toString(), OutboxModel::kindName(mail::kind::Cancelled));
        typed(QStringLiteral("nobody-like-this"));
        QTRY_COMPARE(page.model()->rowCount(), 0);
        kinds->setCurrentIndex(0);
        typed(QString());
        QTRY_COMPARE(page.model()->rowCount(), 4);
        // Every kind has a name of its own in the list, none shows its code.
        for (const QString& kind : mail::Templates::kinds())
            QVERIFY2(OutboxModel::kindName(kind) != kind, qPrintable(kind));
    }

    void sendsInTheBackgroundThroughARealServer()
    {
        test::LocalSmtpServer server;
        QVERIFY(startServer(server, { QStringLiteral("--reject"), QStringLiteral("gone@example.com") }));
        place(QStringLiteral("1001"), QStringLiteral("ann@example.com"));
        place(QStringLiteral("1002"), QStringLiteral("gone@example.com"));
        place(QStringLiteral("1003"), QStringLiteral("cy@example.com"));
        ui::OutboxPage page(*m_context);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(5);

        click(&page, QStringLiteral("sendNowButton"));
        // The click came back while the mail is still going out: it runs in a TaskRunner.
        QVERIFY(page.isSending());
        QCOMPARE(m_context->runningTasks().size(), 1);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("sendNowButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isSending(), 30000);
        QVERIFY2(ticks > 0, "the event loop did not run while sending");

        QCOMPARE(server.messages().size(), 2);
        const QMap<QString, int> count = states();
        QCOMPARE(count.value(store::messageState::Sent), 2);
        QCOMPARE(count.value(store::messageState::Failed), 1);
        QCOMPARE(m_prompter->warned.size(), 1);
        QVERIFY2(m_prompter->warned.constFirst().contains(QStringLiteral("550")), qPrintable(m_prompter->warned.constFirst()));

        // The failed one: retry, then cancel.
        QUrlQuery route;
        route.addQueryItem(QStringLiteral("state"), QStringLiteral("failed"));
        page.applyRoute(route);
        QTRY_VERIFY(!page.model()->isLoading());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        selectRow(page, 0);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("messageStateLabel"))->text().contains(QStringLiteral("550")));
        const qint64 id = page.model()->messageAt(0)->id;
        click(&page, QStringLiteral("retryButton"));
        QCOMPARE(test::must(shop().outbox().store().message(id))->state, store::messageState::Pending);
        QTRY_COMPARE(page.model()->rowCount(), 0); // not failed any more

        route.clear();
        route.addQueryItem(QStringLiteral("state"), QStringLiteral("pending"));
        page.applyRoute(route);
        QTRY_VERIFY(!page.model()->isLoading());
        QTRY_COMPARE(page.model()->rowCount(), 1);
        selectRow(page, 0);
        m_prompter->answers.enqueue(true);
        click(&page, QStringLiteral("cancelButton"));
        QCOMPARE(test::must(shop().outbox().store().message(id))->state, store::messageState::Cancelled);
        // A sent message cannot be cancelled: the button says so by being off.
        route.clear();
        route.addQueryItem(QStringLiteral("state"), QStringLiteral("sent"));
        page.applyRoute(route);
        QTRY_VERIFY(!page.model()->isLoading());
        selectRow(page, 0);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("cancelButton"))->isEnabled());
        QVERIFY(m_prompter->unexpected.isEmpty());
    }

    void sendWithoutAServerSaysWhatToSetUp()
    {
        place(QStringLiteral("1001"), QStringLiteral("ann@example.com"));
        ui::OutboxPage page(*m_context);
        page.reload();
        const QMap<QString, int> before = states();
        m_clock->advanceSeconds(30 * 24 * 3600); // follow-ups are due: Send now must not queue them
        QSignalSpy navigated(m_context.get(), &ui::AppContext::navigationRequested);
        m_prompter->answers.enqueue(true); // Open Settings now?
        click(&page, QStringLiteral("sendNowButton"));
        QVERIFY(!page.isSending());
        QCOMPARE(m_context->runningTasks().size(), 0);
        QCOMPARE(m_prompter->asked.size(), 1);
        QVERIFY2(m_prompter->asked.constFirst().contains(QStringLiteral("No mail server is set up")),
                 qPrintable(m_prompter->asked.constFirst()));
        QVERIFY(m_prompter->asked.constFirst().contains(QStringLiteral("Settings › Mail server (SMTP)")));
        QCOMPARE(navigated.size(), 1);
        QCOMPARE(navigated.constFirst().constFirst().toString(), QStringLiteral("settings?section=smtp"));
        QCOMPARE(states(), before); // nothing queued, nothing sent
        QVERIFY(m_prompter->warned.isEmpty());
        // Declined: it stays where it is.
        m_prompter->answers.enqueue(false);
        page.sendNow();
        QCOMPARE(navigated.size(), 1);
        QVERIFY(m_prompter->unexpected.isEmpty());
    }

    void queueingIsAStepOfItsOwnAndTheListFollows()
    {
        test::LocalSmtpServer server;
        QVERIFY(startServer(server));
        place(QStringLiteral("1001"), QStringLiteral("ann@example.com"));
        place(QStringLiteral("1002"), QStringLiteral("bob@example.com"));
        ui::OutboxPage page(*m_context);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.reload();
        auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
        QTRY_COMPARE(count->text(), QStringLiteral("2 message(s)"));

        // Two weeks on, follow-ups are due: queued only when asked, and shown at once.
        m_clock->advanceSeconds(15 * 24 * 3600);
        QSignalSpy status(&page, &ui::Page::statusMessage);
        click(&page, QStringLiteral("queueDueButton"));
        QVERIFY(m_context->waitForTasks(30000));
        QTRY_VERIFY(!page.isSending());
        const int queued = states().value(store::messageState::Pending);
        QVERIFY2(queued > 2, "no follow-up was queued");
        QTRY_COMPARE(page.model()->totalCount(), queued);
        QTRY_COMPARE(count->text(), QStringLiteral("%1 message(s)").arg(queued));
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.constLast().constFirst().toString().contains(QStringLiteral("look them over, then Send now")),
                 qPrintable(status.constLast().constFirst().toString()));
        QCOMPARE(server.messages().size(), 0); // queueing sends nothing

        // Send now sends what is pending and queues nothing more; the list shows it sent.
        QUrlQuery route;
        route.addQueryItem(QStringLiteral("state"), QStringLiteral("pending"));
        page.applyRoute(route);
        QTRY_COMPARE(page.model()->rowCount(), queued);
        m_clock->advanceSeconds(15 * 24 * 3600);
        click(&page, QStringLiteral("sendNowButton"));
        QVERIFY(m_context->waitForTasks(30000));
        QTRY_VERIFY(!page.isSending());
        QCOMPARE(server.messages().size(), queued);
        QCOMPARE(states().value(store::messageState::Sent), queued);
        QCOMPARE(states().value(store::messageState::Pending), 0);
        QTRY_COMPARE(page.model()->rowCount(), 0); // the pending list followed
        QTRY_COMPARE(count->text(), QStringLiteral("0 message(s)"));
        route.clear();
        route.addQueryItem(QStringLiteral("state"), QStringLiteral("sent"));
        page.applyRoute(route);
        QTRY_COMPARE(page.model()->rowCount(), queued);
        QVERIFY(m_prompter->unexpected.isEmpty());
    }

    // Queueing reads a list of more than a page again: a message to look over is shown,
    // not an empty preview.
    void queueingShowsAMessageToLookOver()
    {
        for (int i = 0; i < 150; ++i)
            place(QStringLiteral("%1").arg(2000 + i), QStringLiteral("c%1@example.com").arg(i));
        ui::OutboxPage page(*m_context);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
        QTRY_COMPARE(count->text(), QStringLiteral("150 message(s)"));
        m_clock->advanceSeconds(15 * 24 * 3600);
        click(&page, QStringLiteral("queueDueButton"));
        QVERIFY(m_context->waitForTasks(30000));
        QTRY_VERIFY(!page.isSending());
        QTRY_VERIFY(page.model()->totalCount() > 150);
        auto* table = page.findChild<QTableView*>(QStringLiteral("outboxTableView"));
        QTRY_VERIFY(table->currentIndex().isValid());
        QTRY_VERIFY(!page.findChild<QLabel*>(QStringLiteral("subjectLabel"))->text().isEmpty());
    }

    // A list longer than two pages: a page of its second half is read from its end (oldest
    // first, shown newest first), so the end of the list costs one short read; with a
    // search too, which finds its orders by their numbers' index.
    void readsTheFarEndFromTheEnd()
    {
        for (int i = 0; i < 250; ++i)
            place(QString::number(3000 + i), QStringLiteral("c%1@example.com").arg(i));
        for (int i = 0; i < 60; ++i)
            place(QString::number(5000 + i), QStringLiteral("d%1@example.com").arg(i));
        ui::OutboxPage page(*m_context);
        page.reload();
        OutboxModel* model = page.model();
        QVERIFY(model->readsFromTheEnd());
        QTRY_COMPARE(model->totalCount(), 310);
        // The store's read from the end: the oldest messages first.
        services::ShopQueries queries(shop().db());
        QStringList oldest;
        for (const store::OutboxRow& message : test::must(queries.outboxPage({}, 0, 3, true)))
            oldest << message.orderNumber;
        QCOMPARE(oldest, (QStringList{ QStringLiteral("3000"), QStringLiteral("3001"), QStringLiteral("3002") }));

        auto* search = page.findChild<QLineEdit*>(QStringLiteral("outboxSearchLineEdit"));
        search->setText(QStringLiteral("3"));
        Q_EMIT search->returnPressed();
        QTRY_COMPARE(model->totalCount(), 250); // not the 50xx orders'

        const auto numberAt = [model](int row) {
            const store::OutboxRow* message = model->messageAt(row);
            return message ? message->orderNumber : QString();
        };
        QTRY_COMPARE(numberAt(249), QStringLiteral("3000"));
        QTRY_COMPARE(numberAt(200), QStringLiteral("3049"));
        QVERIFY(!model->isRowLoaded(150)); // the page between was not read
        for (int row = 0; row < 250; ++row)
            QTRY_COMPARE(numberAt(row), QString::number(3249 - row));
        search->setText(QStringLiteral("324 example"));
        Q_EMIT search->returnPressed();
        QTRY_COMPARE(model->totalCount(), 10); // 3240-3249, whose customers' e-mails hold "example"
        QTRY_COMPARE(numberAt(9), QStringLiteral("3240"));
        search->setText(QStringLiteral("c249@example"));
        Q_EMIT search->returnPressed();
        QTRY_COMPARE(model->totalCount(), 1);
        QTRY_COMPARE(numberAt(0), QStringLiteral("3249"));
    }

    void asksForThePasswordWhenNoneIsKnown()
    {
        qunsetenv("BACKORDERDESK_SMTP_PASSWORD");
        test::LocalSmtpServer server;
        QVERIFY(startServer(server));
        place(QStringLiteral("1001"), QStringLiteral("ann@example.com"));
        ui::OutboxPage page(*m_context);
        page.reload();
        m_prompter->answers.enqueue(QStringLiteral("s3cret"));
        page.sendNow();
        QVERIFY(m_context->waitForTasks(30000));
        QTRY_VERIFY(!page.isSending());
        QCOMPARE(m_prompter->asked.size(), 1);
        QCOMPARE(server.messages().size(), 1);
        // Kept for the session, written nowhere.
        QVERIFY(!QFile::exists(mail::PasswordStore().filePath()));
        const auto found = mail::PasswordStore().find(mail::PasswordStore::account(QStringLiteral("shop"), QStringLiteral("127.0.0.1")));
        QCOMPARE(found.source, mail::PasswordStore::Source::Session);
        QVERIFY(mail::PasswordStore().forget(mail::PasswordStore::account(QStringLiteral("shop"), QStringLiteral("127.0.0.1"))).ok());
    }

    void cancelStopsBetweenMessages()
    {
        test::LocalSmtpServer server;
        QVERIFY(startServer(server));
        for (int n = 1; n <= 8; ++n)
            place(QString::number(2000 + n), QStringLiteral("c%1@example.com").arg(n));
        ui::OutboxPage page(*m_context);
        page.reload();
        page.sendNow();
        QVERIFY(page.isSending());
        m_context->cancelTasks();
        QVERIFY(m_context->waitForTasks(30000));
        QTRY_VERIFY(!page.isSending());
        const QMap<QString, int> count = states();
        QVERIFY2(count.value(store::messageState::Pending) > 0, "cancel did not stop the run");
        QCOMPARE(count.value(store::messageState::Sending), 0); // nothing left half-sent
        QCOMPARE(count.value(store::messageState::Sent) + count.value(store::messageState::Pending), 8);
        QCOMPARE(server.messages().size(), count.value(store::messageState::Sent));
        // The next run sends the rest.
        page.sendNow();
        QVERIFY(m_context->waitForTasks(30000));
        QTRY_VERIFY(!page.isSending());
        QCOMPARE(states().value(store::messageState::Sent), 8);
    }
};

QTEST_MAIN(TestOutboxPage)
#include "TestOutboxPage.moc"
