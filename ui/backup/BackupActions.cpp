#include "BackupActions.h"

#include "AppContext.h"
#include "common/BusyWork.h"
#include "common/Prompter.h"
#include "common/TaskRunner.h"
#include "services/Shop.h"
#include "store/Backup.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace bd::ui {

namespace {

QString fileFilter()
{
    return BackupActions::tr("Shop databases (*.sqlite *.db);;All files (*)");
}

} // namespace

BackupActions::BackupActions(AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
}

QString BackupActions::suggestedBackupPath() const
{
    if (!m_context.hasDatabase())
        return {};
    const QFileInfo shop(m_context.database()->path());
    const QString date = m_context.clock().now().date().toString(Qt::ISODate);
    return shop.absoluteDir().filePath(tr("%1-backup-%2.sqlite").arg(shop.completeBaseName(), date));
}

void BackupActions::backUp()
{
    if (!m_context.hasDatabase())
        return;
    const QString title = tr("Back Up Shop");
    const QString target
        = m_context.prompter().saveFileName(m_window, title, suggestedBackupPath(), fileFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target)) {
        // The copy never overwrites: an older backup may be the only good one.
        const QString message = tr("%1 exists already. Choose another name for the backup.")
                                    .arg(QDir::toNativeSeparators(target));
        m_context.prompter().warn(m_window, title, message);
        Q_EMIT backupFinished(core::fail(message), target);
        return;
    }
    auto job = [target](TaskEnv& env) -> core::Status {
        return store::Backup::backup(env.shop().db(), target, [&env](int done, int total) {
            env.progress(done, total);
            return !env.cancelled();
        });
    };
    auto* task
        = TaskRunner::start(m_context, tr("Backing up the shop"), job, this, TaskRunner::Effect::ReadsOnly);
    connect(task, &TaskRunner::finished, this, [this, title, target](const core::Status& status) {
        if (status.ok())
            m_context.prompter().inform(
                m_window, title, tr("The shop was backed up to %1.").arg(QDir::toNativeSeparators(target)));
        else
            m_context.prompter().warn(m_window, title, status.errorText());
        Q_EMIT backupFinished(status, target);
    });
}

bool BackupActions::restore()
{
    if (!m_context.hasDatabase())
        return false;
    const QString title = tr("Restore Shop");
    const QString live = m_context.database()->path();
    if (!m_context.runningTasks().isEmpty()) {
        m_context.prompter().warn(m_window, title,
                                  tr("Wait until the work in progress has finished, then restore again."));
        return false;
    }
    const QString source
        = m_context.prompter().openFileName(m_window, title, QFileInfo(live).absolutePath(), fileFilter());
    if (source.isEmpty())
        return false;
    const QString question
        = tr("Replace the shop %1 with the backup %2?\n\nEverything changed since that backup was taken is "
             "replaced. The shop as it is now is kept next to it as %3.")
              .arg(QDir::toNativeSeparators(live), QDir::toNativeSeparators(source),
                   QFileInfo(store::Backup::asidePath(live, m_context.clock().now())).fileName());
    if (!m_context.prompter().confirm(m_window, title, question))
        return false;

    // Let go of the file while it is replaced, so nothing the window cached survives,
    // and open it again whatever happened. The copy (with the upgrade of a backup taken
    // by an older version, which Backup::restore does on its working copy) runs off the
    // window's thread: seconds on a big shop.
    m_context.closeDatabase();
    core::Result<store::Backup::Restored> outcome = store::Backup::Restored();
    const QDateTime now = m_context.clock().now();
    runBusy(m_window, title, tr("Restoring the shop from %1…").arg(QFileInfo(source).fileName()),
            [&outcome, source, live, now] { outcome = store::Backup::restore(source, live, now); });
    const core::Status reopened = m_context.openDatabase(live);

    if (!outcome) {
        m_context.prompter().warn(m_window, title, outcome.errorText());
        return false;
    }
    QString message = tr("The shop was restored from %1.").arg(QDir::toNativeSeparators(source));
    if (!outcome->keptAside.isEmpty())
        message += QLatin1Char(' ')
            + tr("The file it replaced is kept as %1.").arg(QDir::toNativeSeparators(outcome->keptAside));
    if (!reopened.ok())
        m_context.prompter().warn(m_window, title, message + QLatin1Char('\n') + reopened.errorText());
    else
        m_context.prompter().inform(m_window, title, message);
    Q_EMIT restored(outcome->keptAside);
    return reopened.ok();
}

} // namespace bd::ui
