// The Settings page: values checked by the core (an invalid port is refused next to
// its field and nothing of the section is saved), shop settings saved, e-mail
// templates refused with the core's message for an unknown placeholder, saved and
// read back, switched off; Test connection against a real SMTP server off the GUI thread.
#include "SmtpServer.h"
#include "AppContext.h"
#include "ScriptedPrompter.h"
#include "TempShop.h"
#include "Verify.h"
#include "mail/Outbox.h"
#include "mail/PasswordStore.h"
#include "mail/Templates.h"
#include "services/MailService.h"
#include "services/Shop.h"
#include "settings/SettingsPage.h"
#include "store/Config.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

using namespace bd;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::AppContext> m_context;
    test::ScriptedPrompter* m_prompter = nullptr;

    services::Shop& shop() { return *m_context->shop(); }

    store::TemplateRow storedTemplate(const QString& kind)
    {
        core::Result<store::TemplateRow> row = core::Errors {};
        const core::Status s = shop().transact([&](services::DirtyItems&) -> core::Status {
            row = shop().outbox().templates().get(kind);
            return row;
        });
        return s.ok() ? row.value() : store::TemplateRow {};
    }

    template<typename T>
    static T* child(QWidget* parent, const QString& name)
    {
        T* widget = parent->findChild<T*>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }

    static void click(QWidget* parent, const QString& name)
    {
        auto* button = parent->findChild<QPushButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        mail::PasswordStore::Options options;
        options.directory = m_dir->filePath(QStringLiteral("config"));
        options.useKeychain = false;
        mail::PasswordStore::setDefaultOptions(options);
        qunsetenv("BACKORDERDESK_SMTP_PASSWORD");
        m_context = std::make_unique<ui::AppContext>(
            std::make_unique<core::FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)));
        auto prompter = std::make_unique<test::ScriptedPrompter>();
        m_prompter = prompter.get();
        m_context->setPrompter(std::move(prompter));
        const core::Status opened = m_context->openDatabase(bd::test::shopLocation(m_dir->filePath(QStringLiteral("shop.sqlite"))));
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    }

    void cleanup()
    {
        QVERIFY(m_context->waitForTasks(20000));
        m_context.reset();
        m_dir.reset();
    }

    void showsAndSavesShopSettings()
    {
        ui::SettingsPage page(*m_context);
        page.reload();
        auto* name = child<QLineEdit>(&page, store::settings::ShopName);
        QVERIFY(name);
        QCOMPARE(name->text(), shop().config().text(store::settings::ShopName));
        name->setText(QStringLiteral("Blue Mug Co."));
        child<QLineEdit>(&page, store::settings::ShopReplyTo)->setText(QStringLiteral("help@bluemug.example"));
        child<QPlainTextEdit>(&page, store::settings::ShopSignature)->setPlainText(QStringLiteral("Kim, Blue Mug Co."));
        click(&page, QStringLiteral("shopSaveButton"));
        QCOMPARE(shop().config().text(store::settings::ShopName), QStringLiteral("Blue Mug Co."));
        QCOMPARE(shop().config().text(store::settings::ShopReplyTo), QStringLiteral("help@bluemug.example"));
        QCOMPARE(shop().config().text(store::settings::ShopSignature), QStringLiteral("Kim, Blue Mug Co."));
        // A bad sender address: shown inline, nothing of the section saved.
        name->setText(QStringLiteral("Other Name"));
        child<QLineEdit>(&page, store::settings::ShopSender)->setText(QStringLiteral("not an address"));
        QVERIFY(!page.saveSection(QStringLiteral("shop")));
        QVERIFY(!child<QLabel>(&page, store::settings::ShopSender + QStringLiteral(".error"))->isHidden());
        QCOMPARE(shop().config().text(store::settings::ShopName), QStringLiteral("Blue Mug Co."));
    }

    void invalidPortIsRefused()
    {
        ui::SettingsPage page(*m_context);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        QUrlQuery route;
        route.addQueryItem(QStringLiteral("section"), QStringLiteral("smtp"));
        page.applyRoute(route);
        QCOMPARE(child<QTabWidget>(&page, QStringLiteral("settingsTabWidget"))->currentIndex(), 2);
        const QString hostBefore = shop().config().text(store::settings::SmtpHost);
        const QString portBefore = shop().config().text(store::settings::SmtpPort);
        child<QLineEdit>(&page, store::settings::SmtpHost)->setText(QStringLiteral("mail.example.org"));
        child<QLineEdit>(&page, store::settings::SmtpPort)->setText(QStringLiteral("70000"));
        click(&page, QStringLiteral("smtpSaveButton"));
        auto* error = child<QLabel>(&page, store::settings::SmtpPort + QStringLiteral(".error"));
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(shop().config().text(store::settings::SmtpPort), portBefore);
        QCOMPARE(shop().config().text(store::settings::SmtpHost), hostBefore); // nothing of the section
        // Corrected, it saves.
        child<QLineEdit>(&page, store::settings::SmtpPort)->setText(QStringLiteral("2525"));
        auto* security = child<QComboBox>(&page, store::settings::SmtpSecurity);
        security->setCurrentIndex(security->findData(QStringLiteral("tls")));
        click(&page, QStringLiteral("smtpSaveButton"));
        QVERIFY(error->isHidden());
        QCOMPARE(shop().config().integer(store::settings::SmtpPort), 2525);
        QCOMPARE(shop().config().text(store::settings::SmtpHost), QStringLiteral("mail.example.org"));
        QCOMPARE(shop().config().text(store::settings::SmtpSecurity), QStringLiteral("tls"));
        // Schedule: a follow-up every 0 days is refused.
        child<QLineEdit>(&page, store::settings::FollowUpDays)->setText(QStringLiteral("0"));
        QVERIFY(!page.saveSection(QStringLiteral("schedule")));
        QCOMPARE(shop().config().integer(store::settings::FollowUpDays), 14);
        child<QLineEdit>(&page, store::settings::FollowUpDays)->setText(QStringLiteral("10"));
        QVERIFY(page.saveSection(QStringLiteral("schedule")));
        QCOMPARE(shop().config().integer(store::settings::FollowUpDays), 10);
    }

    void portBoxIsAsWideAsItsNumbers()
    {
        ui::SettingsPage page(*m_context);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        auto* port = child<QLineEdit>(&page, store::settings::SmtpPort);
        QVERIFY(port->maximumWidth() < 150);
        QVERIFY(child<QLineEdit>(&page, store::settings::SmtpHost)->maximumWidth() > 1000); // text grows
    }

    void currencyAndLocaleAreChoicesAndTemplatesFollowTheLanguage()
    {
        ui::SettingsPage page(*m_context);
        page.reload();
        auto* currency = child<QComboBox>(&page, store::settings::ShopCurrency);
        auto* locale = child<QComboBox>(&page, store::settings::ShopLocale);
        QVERIFY(currency && locale);
        QCOMPARE(currency->currentData().toString(), QStringLiteral("EUR"));
        QCOMPARE(locale->currentData().toString(), QStringLiteral("en_GB"));
        QVERIFY(currency->findData(QStringLiteral("DKK")) >= 0);
        // The shop edits one template and leaves the others as shipped.
        mail::MailTemplate own = mail::Templates::defaults(QStringLiteral("followup"));
        own.subject = QStringLiteral("Still waiting for {{order_number}}?");
        BD_VERIFY_OK(services::MailService(shop()).saveTemplate(QStringLiteral("followup"), own));
        const QString englishConfirmation = storedTemplate(QStringLiteral("confirmation")).subject;
        // Becoming a Danish shop: untouched templates become the Danish ones, the edited one stays.
        locale->setCurrentIndex(locale->findData(QStringLiteral("da_DK")));
        currency->setCurrentIndex(currency->findData(QStringLiteral("DKK")));
        click(&page, QStringLiteral("shopSaveButton"));
        QCOMPARE(shop().config().text(store::settings::ShopLocale), QStringLiteral("da_DK"));
        QCOMPARE(shop().config().text(store::settings::ShopCurrency), QStringLiteral("DKK"));
        const mail::MailTemplate danish
            = mail::Templates::defaults(QStringLiteral("confirmation"), QLocale(QStringLiteral("da_DK")));
        QVERIFY(danish.subject != englishConfirmation);
        QCOMPARE(storedTemplate(QStringLiteral("confirmation")).subject, danish.subject);
        QCOMPARE(storedTemplate(QStringLiteral("followup")).subject, own.subject);
        // Restore default gives the shop's language's default.
        page.selectTemplate(QStringLiteral("followup"));
        click(&page, QStringLiteral("restoreDefaultButton"));
        QCOMPARE(child<QLineEdit>(&page, QStringLiteral("subjectLineEdit"))->text(),
                 mail::Templates::defaults(QStringLiteral("followup"), QLocale(QStringLiteral("da_DK"))).subject);
    }

    void offersARestartAfterALanguageChange()
    {
        ui::SettingsPage page(*m_context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        auto* tabs = child<QTabWidget>(&page, QStringLiteral("settingsTabWidget"));
        tabs->setCurrentIndex(tabs->count() - 1);
        auto* language = child<QComboBox>(&page, QStringLiteral("languageComboBox"));
        auto* restart = child<QPushButton>(&page, QStringLiteral("restartButton"));
        QVERIFY(restart->isHidden());
        const int other = language->currentIndex() == 0 ? 1 : 0;
        QVERIFY(language->count() > 1);
        language->setCurrentIndex(other);
        QVERIFY(!restart->isHidden());
        QSignalSpy asked(&page, &ui::SettingsPage::restartRequested);
        QTest::mouseClick(restart, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        language->setCurrentIndex(other == 0 ? 1 : 0);
        QVERIFY(restart->isHidden());
        QSettings().remove(QStringLiteral("language"));
    }

    void unknownPlaceholderIsRefused()
    {
        ui::SettingsPage page(*m_context);
        page.reload();
        page.selectTemplate(mail::kind::FollowUp);
        const store::TemplateRow before = storedTemplate(mail::kind::FollowUp);
        auto* subject = child<QLineEdit>(&page, QStringLiteral("subjectLineEdit"));
        QCOMPARE(subject->text(), before.subject);
        subject->setText(QStringLiteral("Still waiting, {{customer_nmae}}?"));
        click(&page, QStringLiteral("templateSaveButton"));
        auto* error = child<QLabel>(&page, QStringLiteral("templateErrorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("customer_nmae")), qPrintable(error->text()));
        QCOMPARE(storedTemplate(mail::kind::FollowUp).subject, before.subject);
        QCOMPARE(storedTemplate(mail::kind::FollowUp).bodyText, before.bodyText);
    }

    void validTemplateIsSavedAndReadBack()
    {
        {
            ui::SettingsPage page(*m_context);
            page.reload();
            page.selectTemplate(mail::kind::Countdown);
            child<QLineEdit>(&page, QStringLiteral("subjectLineEdit"))
                ->setText(QStringLiteral("Order {{order_number}} ships in {{days_left}} days"));
            child<QPlainTextEdit>(&page, QStringLiteral("textBodyPlainTextEdit"))
                ->setPlainText(QStringLiteral("Hello {{customer_name}},\n\n{{lines}}\n\n{{signature}}"));
            child<QPlainTextEdit>(&page, QStringLiteral("htmlBodyPlainTextEdit"))
                ->setPlainText(QStringLiteral("<p>Hello {{customer_name}},</p>{{lines}}"));
            // The preview fills in sample values.
            auto* preview = child<QTextBrowser>(&page, QStringLiteral("templatePreviewTextBrowser"));
            QVERIFY2(preview->toPlainText().contains(QStringLiteral("Hello Alex Example")), qPrintable(preview->toPlainText()));
            QVERIFY(page.saveTemplate());
        }
        const store::TemplateRow saved = storedTemplate(mail::kind::Countdown);
        QCOMPARE(saved.subject, QStringLiteral("Order {{order_number}} ships in {{days_left}} days"));
        QCOMPARE(saved.bodyHtml, QStringLiteral("<p>Hello {{customer_name}},</p>{{lines}}"));
        ui::SettingsPage again(*m_context);
        again.reload();
        again.selectTemplate(mail::kind::Countdown);
        QCOMPARE(child<QLineEdit>(&again, QStringLiteral("subjectLineEdit"))->text(), saved.subject);
    }

    void switchesAKindOff()
    {
        ui::SettingsPage page(*m_context);
        page.reload();
        auto* kinds = child<QListWidget>(&page, QStringLiteral("templateKindListWidget"));
        QListWidgetItem* coupon = nullptr;
        for (int i = 0; i < kinds->count(); ++i)
            if (kinds->item(i)->data(Qt::UserRole).toString() == mail::kind::Coupon)
                coupon = kinds->item(i);
        QVERIFY(coupon);
        QCOMPARE(coupon->checkState(), Qt::Checked);
        coupon->setCheckState(Qt::Unchecked);
        QVERIFY(!storedTemplate(mail::kind::Coupon).enabled);
        coupon->setCheckState(Qt::Checked);
        QVERIFY(storedTemplate(mail::kind::Coupon).enabled);
    }

    void testsTheConnectionOffTheGuiThread()
    {
        QTemporaryDir certs;
        QString cert;
        QString key;
        QVERIFY(test::LocalSmtpServer::makeCertificate(certs.path(), &cert, &key));
        test::LocalSmtpServer server;
        QVERIFY(server.start(m_dir->filePath(QStringLiteral("received")),
                             { QStringLiteral("--cert"), cert, QStringLiteral("--key"), key, QStringLiteral("--user"),
                               QStringLiteral("shop"), QStringLiteral("--password"), QStringLiteral("s3cret") }));
        ui::SettingsPage page(*m_context);
        page.reload();
        child<QLineEdit>(&page, store::settings::SmtpHost)->setText(QStringLiteral("127.0.0.1"));
        child<QLineEdit>(&page, store::settings::SmtpPort)->setText(QString::number(server.port()));
        child<QLineEdit>(&page, store::settings::SmtpUser)->setText(QStringLiteral("shop"));
        child<QLineEdit>(&page, store::settings::SmtpCaFile)->setText(cert);
        // A wrong password first: asked for, refused by the server, said so.
        m_prompter->answers.enqueue(QStringLiteral("wrong"));
        click(&page, QStringLiteral("testConnectionButton"));
        QVERIFY(page.isTesting());
        QVERIFY(m_context->waitForTasks(30000));
        QTRY_VERIFY(!page.isTesting());
        auto* result = child<QLabel>(&page, QStringLiteral("testResultLabel"));
        QVERIFY2(result->text().contains(QStringLiteral("refused")), qPrintable(result->text()));
        QVERIFY(!QFile::exists(mail::PasswordStore().filePath())); // kept for the session only
        // Forget it and give the right one.
        click(&page, QStringLiteral("forgetPasswordButton"));
        m_prompter->answers.enqueue(QStringLiteral("s3cret"));
        click(&page, QStringLiteral("testConnectionButton"));
        QVERIFY(m_context->waitForTasks(30000));
        QTRY_VERIFY(!page.isTesting());
        QVERIFY2(result->text().contains(QStringLiteral("works")), qPrintable(result->text()));
        QVERIFY(child<QLabel>(&page, QStringLiteral("passwordStateLabel"))->text().contains(QStringLiteral("session")));
        QVERIFY(mail::PasswordStore().forget(mail::PasswordStore::account(QStringLiteral("shop"), QStringLiteral("127.0.0.1"))).ok());
        QVERIFY(m_prompter->unexpected.isEmpty());
        QVERIFY(server.messages().isEmpty()); // nothing was sent
    }
};

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
