#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

class QWidget;

namespace bd::ui {

class AppContext;

// File › Back up… and File › Restore…: the questions (through the context's prompter)
// and the calls into store::Backup. The backup runs in the background while the
// window stays usable; a restore replaces the open shop and opens it again.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(AppContext& context, QWidget* window);

    // Asks where to write the copy, then copies in the background (TaskRunner).
    void backUp();
    // Asks for the backup file and for confirmation, restores it over the open shop
    // (the replaced file is kept aside) and opens the shop again. False when nothing
    // was restored (cancelled or refused).
    bool restore();

    // The name offered for a backup of the open shop: SHOP-backup-YYYY-MM-DD.sqlite.
    QString suggestedBackupPath() const;

Q_SIGNALS:
    // After a backup ended (its status: an error when refused, failed or cancelled).
    void backupFinished(const bd::core::Status& status, const QString& file);
    // After a restore replaced the shop; keptAside is where the old file went.
    void restored(const QString& keptAside);

private:
    AppContext& m_context;
    QWidget* m_window;
};

} // namespace bd::ui
