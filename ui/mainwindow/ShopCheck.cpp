#include "ShopCheck.h"

#include "common/BusyWork.h"
#include "mainwindow/ServerPassword.h"
#include "store/Database.h"

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
        ? tr("Upgrading %1 for this version of Backorder Desk. A copy of the file as it was is kept next to it.")
              .arg(name)
        : tr("Checking %1…").arg(name);
    const core::Result<QString> opened = openBusy(parent, *path, text);
    if (opened)
        check.upgradeBackup = opened.value();
    else
        check.status = opened.errors();
    return check;
}

core::Result<QString> ShopCheck::openBusy(QWidget* parent, const QString& location, const QString& text)
{
    core::Result<QString> outcome = QString();
    runBusy(parent, tr("Opening the shop"), text, [&outcome, location] {
        core::Result<std::unique_ptr<store::Database>> opened = store::Database::open(location);
        if (opened)
            outcome = opened.value()->backupPath();
        else
            outcome = opened.errors();
    });
    return outcome;
}

} // namespace bd::ui
