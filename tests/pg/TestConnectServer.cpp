// File › Connect to Shared Shop… driven through its widgets, against the PostgreSQL
// server of the test run: the window opens a server shop, shows which it is, keeps it
// in Recent without its password, and a server that is not there leaves it usable.

#include "CliRun.h"
#include "AppContext.h"
#include "core/Clock.h"
#include "TestServer.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentFilesMenu.h"
#include "models/ItemsModel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>

using bd::ui::AppContext;
using bd::ui::MainWindow;

namespace {

// Fills the dialog once it shows, and presses Connect (or Cancel when `cancel`);
// `afterFirstTry` runs when the dialog is still open after the first press.
void answerConnectDialog(const QUrl& where, const QString& password, bool cancelAfterFailure, QString* seenResult)
{
    QTimer::singleShot(0, [=] {
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) != nullptr);
        QCOMPARE(dialog->objectName(), QStringLiteral("connectServerDialog"));
        dialog->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(where.host());
        dialog->findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(where.port());
        auto* database = dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"));
        database->clear();
        QTest::keyClicks(database, where.path().mid(1));
        dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(where.userName());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), password);
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
};

QTEST_MAIN(TestConnectServer)
#include "TestConnectServer.moc"
