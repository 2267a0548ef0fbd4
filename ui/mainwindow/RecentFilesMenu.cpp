#include "RecentFilesMenu.h"

#include "store/Database.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace bd::ui {

namespace {

const QString settingsKey = QStringLiteral("recentDatabases");

QString normalized(const QString& path)
{
    if (store::Database::isServerLocation(path))
        return store::Database::serverAddressWithoutPassword(path);
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFilesMenu::RecentFilesMenu(const QString& title, QWidget* parent)
    : QMenu(title, parent)
{
    setObjectName(QStringLiteral("openRecentMenu"));
    setToolTipsVisible(true);
    // Another window may have changed the list since.
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

QStringList RecentFilesMenu::files()
{
    QStringList files = QSettings().value(settingsKey).toStringList();
    files.removeAll(QString());
    return files.mid(0, MaxFiles);
}

void RecentFilesMenu::storeFiles(const QStringList& files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, files);
}

void RecentFilesMenu::addFile(const QString& path)
{
    const QString file = normalized(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    storeFiles(list.mid(0, MaxFiles));
    rebuild();
}

void RecentFilesMenu::removeFile(const QString& path)
{
    QStringList list = files();
    list.removeAll(normalized(path));
    storeFiles(list);
    rebuild();
}

void RecentFilesMenu::clearFiles()
{
    storeFiles({});
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    // Not clear(): that deletes at once, and rebuild() may run inside the triggered()
    // of one of these actions.
    const QList<QAction*> old = actions();
    for (QAction* action : old) {
        removeAction(action);
        action->deleteLater();
    }
    const QStringList list = files();
    const QFontMetrics metrics(font());
    for (int i = 0; i < list.size(); ++i) {
        const QString file = list.at(i);
        const QString shown = QDir::toNativeSeparators(file);
        QString label = metrics.elidedText(shown, Qt::ElideMiddle, metrics.averageCharWidth() * 60);
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction* action = addAction(tr("&%1 %2").arg(i + 1).arg(label));
        action->setToolTip(shown);
        action->setData(file);
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT fileTriggered(file); });
    }
    if (!list.isEmpty()) {
        addSeparator();
        QAction* clearAction = addAction(tr("&Clear Menu"));
        clearAction->setObjectName(QStringLiteral("clearRecentAction"));
        connect(clearAction, &QAction::triggered, this, &RecentFilesMenu::clearFiles);
    }
    menuAction()->setEnabled(!list.isEmpty());
}

} // namespace bd::ui
