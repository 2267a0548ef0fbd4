// File › Connect to Shared Shop… driven through its widgets, against the PostgreSQL
// server of the test run: the window opens a server shop, shows which it is, keeps it
// in Recent without its password, and a server that is not there leaves it usable. A
// password the user asks to remember is found on the next open from Recent, a wrong
// one remembered leads to the question and is replaced, and neither Recent nor the
// shop ever holds it.

#include "CliRun.h"
#include "AppContext.h"
#include "core/Clock.h"
#include "TestServer.h"
#include "mainwindow/MainWindow.h"
#include "mail/PasswordStore.h"
#include "mainwindow/RecentFilesMenu.h"
#include "mainwindow/ServerPassword.h"
#include "settings/SmtpPassword.h"
#include "store/Database.h"
#include "models/ItemsModel.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using bd::ui::AppContext;
using bd::mail::PasswordStore;
using bd::ui::MainWindow;
using bd::ui::ServerPassword;

namespace {

// Fills the dialog once it shows, and presses Connect (or Cancel when `cancel`);
// `afterFirstTry` runs when the dialog is still open after the first press.
// `remember`: ticks "Remember the password" (checking the words it shows first), and
// *rememberWasTicked tells whether it was ticked when the dialog showed.
void answerConnectDialog(const QUrl& where, const QString& password, bool cancelAfterFailure, QString* seenResult,
                         bool remember = false, bool* rememberWasTicked = nullptr, int looksLeft = 500)
{
    QTimer::singleShot(looksLeft == 500 ? 0 : 20, [=] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        // The busy dialog of a server being reached shows first: look again later
        // rather than wait here, under its event loop.
        if ((!dialog || dialog->objectName() != QLatin1String("connectServerDialog")) && looksLeft > 0) {
            answerConnectDialog(where, password, cancelAfterFailure, seenResult, remember, rememberWasTicked,
                                looksLeft - 1);
            return;
        }
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("connectServerDialog"));
        dialog->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(where.host());
        dialog->findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(where.port());
        auto* database = dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"));
        database->clear();
        QTest::keyClicks(database, where.path().mid(1));
        dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(where.userName());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), password);
        auto* rememberBox = dialog->findChild<QCheckBox*>(QStringLiteral("rememberPasswordCheck"));
        QVERIFY(rememberBox);
        if (rememberWasTicked)
            *rememberWasTicked = rememberBox->isChecked();
        if (remember) {
            // No keychain in a test run: only the file the user agrees to, in the SMTP words.
            QCOMPARE(rememberBox->text(), bd::ui::SmtpPassword::rememberText());
            rememberBox->setChecked(true);
        }
        const auto buttons = dialog->findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text() == QLatin1String("Connect"))
                b->click();
        }
        if (cancelAfterFailure) {
            *seenResult = dialog->findChild<QLabel*>(QStringLiteral("connectResult"))->text();
            dialog->reject();
        }
    });
}

const QString rightPassword = QStringLiteral("right-password-4711");

// A role the server asks a password of (scram-sha-256, a line of pg_hba.conf of its own);
// every other role keeps the cluster's trust. A new database it owns; its location, once
// the server asks for the password.
QString passwordShop(QString* error)
{
    using bd::test::TestServer;
    const QString role = QStringLiteral("bd_remember");
    if (!TestServer::admin(QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') "
                                          "THEN CREATE ROLE %1 LOGIN; END IF; END$$")
                               .arg(role),
                           error)
        || !TestServer::admin(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, rightPassword), error))
        return {};
    // Written with COPY in CSV with a quote and delimiter no line holds, so that lines
    // come out as they are.
    const QString hba = QStringLiteral(
        "DO $$DECLARE f text := current_setting('hba_file'); c text := pg_read_file(f); BEGIN "
        "IF position('%1' in c) = 0 THEN EXECUTE format('COPY (SELECT l FROM unnest(string_to_array(%L, E''\\n'')) "
        "WITH ORDINALITY AS t(l, n) WHERE l <> '''' ORDER BY n) TO %L WITH (FORMAT csv, QUOTE E''\\x01'', "
        "DELIMITER E''\\x02'')', 'host all %1 127.0.0.1/32 scram-sha-256' || E'\\n' || c, f); END IF; END$$");
    if (!TestServer::admin(hba.arg(role), error) || !TestServer::admin(QStringLiteral("SELECT pg_reload_conf()"), error))
        return {};
    QUrl location(TestServer::newDatabase(error, QStringLiteral("OWNER %1").arg(role)));
    if (location.isEmpty())
        return {};
    location.setUserName(role);
    // The server asks this role for its password once it has read its configuration again.
    for (int waited = 0; bd::store::Database::open(location.toString()); waited += 50) {
        if (waited > 5000) {
            *error = QStringLiteral("the server does not ask %1 for a password").arg(role);
            return {};
        }
        QTest::qWait(50);
    }
    return location.toString();
}

// How many tables of the shop hold `text` in any row, looked at as the server's
// administrator (-1 when it cannot look).
qint64 tablesHolding(const QString& location, const QString& text)
{
    QUrl admin(location);
    admin.setUserName(QStringLiteral("postgres"));
    bd::test::ServerLook look(admin.toString());
    if (!look.isOpen())
        return -1;
    return look.number(QStringLiteral("SELECT count(*) FROM (SELECT query_to_xml(format('SELECT 1 FROM %I.%I t WHERE "
                                      "t::text LIKE %L', schemaname, tablename, '%%' || '%1' || '%%'), false, false, "
                                      "'')::text AS x FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
                                      "'information_schema')) s WHERE x LIKE '%<row>%'")
                           .arg(text));
}

// Opens `location` as Recent (and --db) does; *asked tells whether the Connect dialog
// showed (it is turned down then).
bool openWatchingForQuestions(MainWindow& window, const QString& location, bool* asked)
{
    *asked = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [asked] {
        if (QWidget* modal = QApplication::activeModalWidget();
            modal && modal->objectName() == QLatin1String("connectServerDialog")) {
            *asked = true;
            qobject_cast<QDialog*>(modal)->reject();
        }
    });
    watch.start(20);
    return window.openDatabase(location);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConnectServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-test-connect-server"));
        QSettings().clear();
        QVERIFY(m_passwords.isValid());
        PasswordStore::Options options;
        options.directory = m_passwords.path();
        options.useKeychain = false; // the keychain has a test of its own, skipped without one
        PasswordStore::setDefaultOptions(options);
    }

    void opensAServerShop()
    {
        QString error;
        const QString location = bd::test::TestServer::newDatabase(&error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        const bd::test::CliRun demo = bd::test::runCliProcess(
            {QStringLiteral("--db"), location, QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")});
        QVERIFY2(demo.status == 0, qPrintable(demo.err));

        AppContext context(std::make_unique<bd::core::SystemClock>());
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* connect = window.findChild<QAction*>(QStringLiteral("connectServerAction"));
        QVERIFY(connect);
        answerConnectDialog(QUrl(location), QStringLiteral("not-needed"), false, nullptr);
        connect->trigger();
        QTRY_VERIFY(context.hasDatabase());
        QVERIFY(context.database()->isServer());
        auto* label = window.findChild<QLabel*>(QStringLiteral("databasePathLabel"));
        QCOMPARE(label->text(), QStringLiteral("Shared shop on PostgreSQL: %1").arg(location));
        auto* table = window.findChild<QTableView*>(QStringLiteral("itemsTableView"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QCOMPARE(window.itemsModel()->totalCount(), 40);
        QVERIFY(window.windowTitle().contains(QUrl(location).path().mid(1)));
        // In Recent, without any password.
        const QStringList recent = bd::ui::RecentFilesMenu::files();
        QCOMPARE(recent.value(0), location);
        QVERIFY(!recent.join(QLatin1Char(' ')).contains(QLatin1String("not-needed")));
        QVERIFY(window.errorText().isEmpty());
    }

    void aServerThatIsNotThereLeavesTheWindowUsable()
    {
        QString error;
        QUrl down(bd::test::TestServer::adminLocation(&error));
        QVERIFY2(down.isValid(), qPrintable(error));
        down.setPort(1);
        AppContext context(std::make_unique<bd::core::SystemClock>());
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString result;
        answerConnectDialog(down, QString(), true, &result);
        window.findChild<QAction*>(QStringLiteral("connectServerAction"))->trigger();
        QVERIFY2(result.startsWith(QLatin1String("Cannot connect to postgresql://postgres@127.0.0.1:1/")), qPrintable(result));
        QVERIFY(!context.hasDatabase());
        QVERIFY(window.isVisible());
    }

    void aRememberedPasswordOpensFromRecentWithoutAsking()
    {
        QString error;
        const QString location = passwordShop(&error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        const QString account = ServerPassword::account(location);
        QCOMPARE(account, location); // user, host, port and database
        {
            AppContext context(std::make_unique<bd::core::SystemClock>());
            MainWindow window(context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            answerConnectDialog(QUrl(location), rightPassword, false, nullptr, true);
            window.findChild<QAction*>(QStringLiteral("connectServerAction"))->trigger();
            QTRY_VERIFY(context.hasDatabase());
            QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
        }
        // Remembered in the file only the user can read, under the shop's account.
        const QString file = PasswordStore().filePath();
        QCOMPARE(QFile::permissions(file), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const QByteArray remembered = fileBytes(file);
        QCOMPARE(QJsonDocument::fromJson(remembered).object().value(account).toString(), rightPassword);
        // Nowhere else: not in Recent nor any other setting, not in the shop.
        QSettings().sync();
        QVERIFY(!fileBytes(QSettings().fileName()).isEmpty());
        QVERIFY(!fileBytes(QSettings().fileName()).contains(rightPassword.toUtf8()));
        QCOMPARE(bd::ui::RecentFilesMenu::files().value(0), location);
        QVERIFY(tablesHolding(location, QString()) > 0); // the look finds what is there
        QCOMPARE(tablesHolding(location, rightPassword), 0);

        // A new run: nothing in memory, only the file. Forgetting clears this process's
        // memory (and the file, which is then put back as it was).
        QVERIFY(PasswordStore().forget(account).ok());
        QVERIFY(!QFile::exists(file));
        {
            QFile back(file);
            QVERIFY(back.open(QIODevice::WriteOnly));
            QVERIFY(back.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
            back.write(remembered);
        }
        bd::store::Database::setServerPassword(location, QString());
        AppContext context(std::make_unique<bd::core::SystemClock>());
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool asked = false;
        QVERIFY(openWatchingForQuestions(window, bd::ui::RecentFilesMenu::files().value(0), &asked));
        QVERIFY(!asked);
        QVERIFY(context.hasDatabase());
        QVERIFY(context.database()->isServer());
        QCOMPARE(bd::store::Database::serverPassword(location), rightPassword);
    }

    void aWrongRememberedPasswordIsAskedForAndReplaced()
    {
        QString error;
        const QString location = passwordShop(&error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
        const QString account = ServerPassword::account(location);
        QVERIFY(PasswordStore().saveToFile(account, QStringLiteral("wrong-password")).ok());
        bd::store::Database::setServerPassword(location, QString());

        AppContext context(std::make_unique<bd::core::SystemClock>());
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool wasTicked = false;
        answerConnectDialog(QUrl(location), rightPassword, false, nullptr, true, &wasTicked);
        QVERIFY(window.openDatabase(location));
        QVERIFY(wasTicked); // the dialog shows that a password is remembered
        QVERIFY(context.hasDatabase());
        QCOMPARE(PasswordStore().findKept(account).password, rightPassword);
        QCOMPARE(QJsonDocument::fromJson(fileBytes(PasswordStore().filePath())).object().value(account).toString(),
                 rightPassword);
        QSettings().sync();
        QVERIFY(!fileBytes(QSettings().fileName()).contains(rightPassword.toUtf8()));
        QCOMPARE(tablesHolding(location, rightPassword), 0);
    }

    void theKeychainRemembersWhenOneAnswers()
    {
        if (!PasswordStore::keychainCompiledIn())
            QSKIP("this build has no system keychain support (qtkeychain)");
        PasswordStore::Options options;
        options.directory = m_passwords.path();
        PasswordStore keychain(options);
        const QString probe = QStringLiteral("postgresql://probe@127.0.0.1:1/probe");
        if (!keychain.saveToKeychain(probe, QStringLiteral("probe")).ok())
            QSKIP("no secret service answers in this session");
        QVERIFY(keychain.forget(probe).ok());
        PasswordStore::setDefaultOptions(options);
        const QString location = QStringLiteral("postgresql://someone@127.0.0.1:5999/keychain_shop");
        QCOMPARE(ServerPassword::rememberText(), QStringLiteral("Remember the password in the system keychain"));
        QVERIFY(ServerPassword::keep(location, rightPassword, true).ok());
        const bool inFile = fileBytes(keychain.filePath()).contains(rightPassword.toUtf8());
        const bool found = ServerPassword::remembered(location);
        QVERIFY(ServerPassword::keep(location, QString(), false).ok());
        options.useKeychain = false;
        PasswordStore::setDefaultOptions(options);
        QVERIFY(!inFile);
        QVERIFY(found);
    }

private:
    QTemporaryDir m_passwords;
};

QTEST_MAIN(TestConnectServer)
#include "TestConnectServer.moc"
