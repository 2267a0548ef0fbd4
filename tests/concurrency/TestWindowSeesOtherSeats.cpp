// The window shows what another seat changed without being told: a command-line process
// imports items while the window has the shop open, and the open page reads the shop
// again within seconds, keeping the user's selection. On a file and on a server shop.

#include "ServerShop.h"
#include "AppContext.h"
#include "CliRun.h"
#include "core/Clock.h"
#include "mainwindow/MainWindow.h"
#include "models/ItemsModel.h"

#include <QFile>
#include <QItemSelectionModel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using bd::ui::AppContext;
using bd::ui::ItemsModel;
using bd::ui::MainWindow;

class TestWindowSeesOtherSeats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bd::test::CliRun importItems(const QString& shop, const QByteArray& rows)
    {
        const QString file = m_dir.filePath(QStringLiteral("items-%1.csv").arg(++m_files));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("sku,name,price,on_hand,policy\n" + rows);
        f.close();
        return bd::test::runCliProcess({QStringLiteral("--db"), shop, QStringLiteral("import"), QStringLiteral("items"), file});
    }
    int m_files = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-test-window-sees-other-seats"));
        QSettings().clear();
    }

    void anotherSeatsImportShowsWithTheSelectionKept()
    {
        QString error;
        const QString shop = bd::test::newShopLocation(m_dir, QStringLiteral("shop.sqlite"), &error);
        QVERIFY2(!shop.isEmpty(), qPrintable(error));
        bd::test::CliRun run = bd::test::runCliProcess({QStringLiteral("--db"), shop, QStringLiteral("init")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        run = importItems(shop, "B-MUG,Mug,5.00,1,backorder\nC-CAP,Cap,7.00,2,stop\n");
        QVERIFY2(run.status == 0, qPrintable(run.err));

        AppContext context(std::make_unique<bd::core::SystemClock>());
        MainWindow window(context);
        QVERIFY(window.openDatabase(shop));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("itemsTableView"));
        QVERIFY(table);
        QTRY_COMPARE(window.itemsModel()->totalCount(), 2);
        // The user picks the cap (the second row, sorted by SKU).
        table->selectRow(1);
        QCOMPARE(table->model()->index(table->currentIndex().row(), ItemsModel::Sku).data().toString(),
                 QStringLiteral("C-CAP"));

        // Another seat adds an item that sorts first.
        run = importItems(shop, "A-BAG,Bag,9.00,0,backorder\n");
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QTRY_COMPARE_WITH_TIMEOUT(window.itemsModel()->totalCount(), 3, 15000);
        QCOMPARE(table->model()->index(0, ItemsModel::Sku).data().toString(), QStringLiteral("A-BAG"));
        // The selection followed its item, now on the third row.
        const QModelIndexList selected = table->selectionModel()->selectedRows(ItemsModel::Sku);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), QStringLiteral("C-CAP"));
        QVERIFY(window.errorText().isEmpty());
    }
};

QTEST_MAIN(TestWindowSeesOtherSeats)
#include "TestWindowSeesOtherSeats.moc"
