// The first-run dialog creates a real shop file with the merchant's settings, refuses
// what the core would refuse, and opens the sample shop or a chosen file; the backup
// actions and the user guide of the window.

#include "AppContext.h"
#include "ScriptedPrompter.h"
#include "TempShop.h"
#include "backup/BackupActions.h"
#include "firstrun/WelcomeDialog.h"
#include "help/UserGuideDialog.h"
#include "mail/Templates.h"
#include "services/MailService.h"
#include "services/Shop.h"
#include "store/Config.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QWidget>

using bd::test::ScriptedPrompter;
using bd::ui::AppContext;
using bd::ui::WelcomeDialog;

class TestWelcomeDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    ScriptedPrompter* m_prompter = nullptr;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    static void fill(WelcomeDialog& dialog, const QString& name, const QString& currency,
                     const QString& sender)
    {
        dialog.findChild<QLineEdit*>(QStringLiteral("shopNameLineEdit"))->setText(name);
        auto* currencies = dialog.findChild<QComboBox*>(QStringLiteral("currencyComboBox"));
        currencies->setCurrentIndex(currencies->findData(currency));
        dialog.findChild<QLineEdit*>(QStringLiteral("senderLineEdit"))->setText(sender);
    }

    static QString setting(const QString& file, const QString& key)
    {
        auto db = bd::store::Database::open(
            file, bd::store::OpenOptions { QStringLiteral(":/migrations"), true, false });
        if (!db.ok())
            return QStringLiteral("<%1>").arg(db.errorText());
        return bd::store::Config(*db.value()).text(key);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-test-welcome-dialog"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_context
            = std::make_unique<AppContext>(std::make_unique<bd::core::FixedClock>(bd::test::fixedNow()));
        auto prompter = std::make_unique<ScriptedPrompter>();
        m_prompter = prompter.get();
        m_context->setPrompter(std::move(prompter));
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void createsAnEmptyShopWithItsSettings()
    {
        const QString shop = path(QStringLiteral("data/shop.sqlite"));
        WelcomeDialog dialog(*m_context, shop, path(QStringLiteral("sample.sqlite")));
        fill(dialog, QStringLiteral("  Nordisk Krus  "), QStringLiteral("DKK"),
             QStringLiteral("butik@nordiskkrus.dk"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createShopButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenPath(), shop);
        QCOMPARE(setting(shop, bd::store::settings::ShopName), QStringLiteral("Nordisk Krus"));
        QCOMPARE(setting(shop, bd::store::settings::ShopCurrency), QStringLiteral("DKK"));
        QCOMPARE(setting(shop, bd::store::settings::ShopSender), QStringLiteral("butik@nordiskkrus.dk"));
        QVERIFY(m_prompter->unexpected.isEmpty());
    }

    void aDanishShopSpeaksDanishFromTheStart()
    {
        const QString shop = path(QStringLiteral("dk/shop.sqlite"));
        WelcomeDialog dialog(*m_context, shop, path(QStringLiteral("sample.sqlite")));
        auto* locales = dialog.findChild<QComboBox*>(QStringLiteral("localeComboBox"));
        auto* currencies = dialog.findChild<QComboBox*>(QStringLiteral("currencyComboBox"));
        QVERIFY(locales && currencies);
        QVERIFY(locales->findData(QStringLiteral("da_DK")) >= 0);
        QCOMPARE(locales->itemText(locales->findData(QStringLiteral("da_DK"))), QStringLiteral("dansk (Danmark)"));
        // Choosing the country brings its currency.
        locales->setCurrentIndex(locales->findData(QStringLiteral("sv_SE")));
        QCOMPARE(currencies->currentData().toString(), QStringLiteral("SEK"));
        locales->setCurrentIndex(locales->findData(QStringLiteral("da_DK")));
        QCOMPARE(currencies->currentData().toString(), QStringLiteral("DKK"));
        dialog.findChild<QLineEdit*>(QStringLiteral("shopNameLineEdit"))->setText(QStringLiteral("Nordisk Krus"));
        dialog.findChild<QLineEdit*>(QStringLiteral("senderLineEdit"))->setText(QStringLiteral("butik@krus.dk"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createShopButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(setting(shop, bd::store::settings::ShopLocale), QStringLiteral("da_DK"));
        QCOMPARE(setting(shop, bd::store::settings::ShopCurrency), QStringLiteral("DKK"));
        // The e-mail templates are the Danish ones.
        QVERIFY(m_context->openDatabase(shop).ok());
        const auto confirmation = bd::services::MailService(*m_context->shop()).templateOf(QStringLiteral("confirmation"));
        QVERIFY2(confirmation.ok(), qPrintable(confirmation.errorText()));
        const bd::mail::MailTemplate danish
            = bd::mail::Templates::defaults(QStringLiteral("confirmation"), QLocale(QStringLiteral("da_DK")));
        QCOMPARE(confirmation->subject, danish.subject);
        QVERIFY(danish.subject != bd::mail::Templates::defaults(QStringLiteral("confirmation")).subject);
        m_context->closeDatabase();
    }

    void refusesInvalidFieldsAndCreatesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("problem");
        QTest::addRow("sender without @")
            << QStringLiteral("Shop") << QStringLiteral("EUR") << QStringLiteral("shop.example.com")
            << QStringLiteral("not an e-mail address");
        QTest::addRow("no sender") << QStringLiteral("Shop") << QStringLiteral("EUR") << QString()
                                   << QStringLiteral("address your e-mails come from");
        QTest::addRow("no name") << QStringLiteral("  ") << QStringLiteral("EUR") << QStringLiteral("a@b.dk")
                                 << QStringLiteral("name");
    }

    void refusesInvalidFieldsAndCreatesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, currency);
        QFETCH(QString, sender);
        QFETCH(QString, problem);
        const QString shop = path(QStringLiteral("shop.sqlite"));
        WelcomeDialog dialog(*m_context, shop, path(QStringLiteral("sample.sqlite")));
        fill(dialog, name, currency, sender);
        QVERIFY(!dialog.createEmptyShop());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!QFile::exists(shop));
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(problem), qPrintable(label->text()));
    }

    void opensTheSampleShopOrAChosenFile()
    {
        const QString sample = path(QStringLiteral("appdata/sample-shop.sqlite"));
        {
            WelcomeDialog dialog(*m_context, path(QStringLiteral("shop.sqlite")), sample);
            QVERIFY(dialog.openSampleShop());
            QCOMPARE(dialog.chosenPath(), sample);
            QVERIFY(m_context->openDatabase(sample).ok());
            QVERIFY(m_context->database());
            m_context->closeDatabase();
        }
        {
            m_prompter->answers.enqueue(QStringLiteral("/somewhere/their.sqlite"));
            WelcomeDialog dialog(*m_context, path(QStringLiteral("shop.sqlite")), sample);
            QVERIFY(dialog.openExistingFile());
            QCOMPARE(dialog.chosenPath(), QStringLiteral("/somewhere/their.sqlite"));
        }
        {
            WelcomeDialog dialog(*m_context, path(QStringLiteral("shop.sqlite")), sample);
            QVERIFY(!dialog.openExistingFile()); // cancelled
            QVERIFY(dialog.chosenPath().isEmpty());
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("shop.sqlite"))));
        // And the way to bring in the web shop's products is named.
        WelcomeDialog dialog(*m_context, path(QStringLiteral("shop.sqlite")), sample);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importHintLabel"))
                    ->text()
                    .contains(QStringLiteral("Import")));
    }

    void backUpAndRestoreThroughTheWindow()
    {
        const QString shop = path(QStringLiteral("shop.sqlite"));
        bd::test::createShop(shop, 5);
        QVERIFY(m_context->openDatabase(shop).ok());
        QWidget window;
        bd::ui::BackupActions actions(*m_context, &window);

        const QString copy = path(QStringLiteral("copy.sqlite"));
        m_prompter->answers.enqueue(copy);
        QSignalSpy finished(&actions, &bd::ui::BackupActions::backupFinished);
        actions.backUp();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).value<bd::core::Status>().ok(),
                 qPrintable(finished.at(0).at(0).value<bd::core::Status>().errorText()));
        QVERIFY2(m_prompter->informed.value(0).contains(QStringLiteral("copy.sqlite")),
                 qPrintable(m_prompter->informed.join(QLatin1Char('\n'))));

        // Change the shop, then take the change back with the backup.
        QVERIFY(bd::store::Config(*m_context->database())
                    .set(bd::store::settings::ShopName, QStringLiteral("Later"))
                    .ok());
        // Declined: nothing happens.
        m_prompter->answers.enqueue(copy);
        m_prompter->answers.enqueue(false);
        QVERIFY(!actions.restore());
        QCOMPARE(bd::store::Config(*m_context->database()).text(bd::store::settings::ShopName),
                 QStringLiteral("Later"));

        m_prompter->answers.enqueue(copy);
        m_prompter->answers.enqueue(true);
        QSignalSpy restored(&actions, &bd::ui::BackupActions::restored);
        QVERIFY(actions.restore());
        QCOMPARE(restored.size(), 1);
        const QString aside = restored.at(0).at(0).toString();
        QVERIFY2(aside.startsWith(shop + QStringLiteral(".before-restore-")), qPrintable(aside));
        QVERIFY(m_context->database());
        QVERIFY(m_context->database()->path() == shop);
        QVERIFY(bd::store::Config(*m_context->database()).text(bd::store::settings::ShopName)
                != QStringLiteral("Later"));
        QCOMPARE(setting(aside, bd::store::settings::ShopName), QStringLiteral("Later"));
        QVERIFY2(m_prompter->asked.last().contains(QStringLiteral("before-restore")),
                 qPrintable(m_prompter->asked.last()));
        QVERIFY(m_prompter->unexpected.isEmpty());
        QVERIFY(m_prompter->warned.isEmpty());
    }

    void userGuideIsShown()
    {
        bd::ui::UserGuideDialog dialog;
        auto* browser = dialog.findChild<QTextBrowser*>(QStringLiteral("userGuideBrowser"));
        QVERIFY(browser);
        const QString text = browser->toPlainText();
        for (const QString& topic : { QStringLiteral("Receiving stock"), QStringLiteral("Shipping"),
                                      QStringLiteral("When will my order come?"),
                                      QStringLiteral("Sending mail"), QStringLiteral("Backup and restore") })
            QVERIFY2(text.contains(topic), qPrintable(topic));
    }

    void userGuideInDanishWhenTheWindowIsDanish()
    {
        QTranslator danish;
        QVERIFY(danish.load(QStringLiteral(":/i18n/backorderdesk_da.qm")));
        QCoreApplication::installTranslator(&danish);
        const QString guide = bd::ui::UserGuideDialog::guideMarkdown();
        QCoreApplication::removeTranslator(&danish);
        QVERIFY2(guide.startsWith(QStringLiteral("# Backorder Desk — Brugervejledning")),
                 qPrintable(guide.left(80)));
        QVERIFY(guide.contains(QStringLiteral("Hvornår kommer min ordre?")));
        QVERIFY(bd::ui::UserGuideDialog::guideMarkdown().startsWith(
            QStringLiteral("# Backorder Desk — User guide")));
    }
};

QTEST_MAIN(TestWelcomeDialog)
#include "TestWelcomeDialog.moc"
