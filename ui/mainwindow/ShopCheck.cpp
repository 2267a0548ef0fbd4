#include "ShopCheck.h"

#include "common/BusyWork.h"
#include "mainwindow/ServerPassword.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bd::ui {

ShopCheck ShopCheck::run(QWidget* parent, QString* path)
{
    ShopCheck check;
    if (store::Database::isServerLocation(*path)) {
        check.checked = true;
        check.status = ServerPassword::reach(parent, path, &check.cancelled);
        return check;
    }
    if (!QFileInfo::exists(*path))
        return check;
    check.checked = true;
    const core::Result<int> version = store::Database::versionOf(*path);
    const QString name = QFileInfo(*path).fileName();
    const QString text = version && version.value() > 0 && version.value() < store::Database::latestVersion()
        ? QCoreApplication::translate("bd::ui::MainWindow",
                                      "Upgrading %1 for this version of Backorder Desk. A copy of the file as it "
                                      "was is kept next to it.")
              .arg(name)
        : QCoreApplication::translate("bd::ui::MainWindow", "Checking %1…").arg(name);
    // The connection this opens lives and dies on the worker thread.
    const QString where = *path;
    runBusy(parent, QCoreApplication::translate("bd::ui::MainWindow", "Opening the shop"), text, [&check, where] {
        core::Result<std::unique_ptr<store::Database>> opened = store::Database::open(where);
        if (opened)
            check.upgradeBackup = opened.value()->backupPath();
        check.status = opened;
    });
    return check;
}

} // namespace bd::ui
