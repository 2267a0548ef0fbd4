#pragma once

#include <QEventLoop>
#include <QProgressDialog>
#include <QWidget>

#include <functional>
#include <thread>

namespace bd::ui {

// Runs `work` on a thread of its own while a busy dialog (window-modal on `parent`)
// says what is happening, and returns when it is done. The window keeps painting;
// its input waits. For one action that cannot be cancelled halfway and takes seconds
// on a big shop: writing a copy of the file, upgrading it, restoring a backup.
// `work` must not touch widgets, and must close every database connection it opens.
inline void runBusy(QWidget* parent, const QString& title, const QString& text, const std::function<void()>& work)
{
    QProgressDialog progress(text, QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("busyProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(300);
    progress.setValue(0);

    QEventLoop loop;
    std::thread worker([&work, &loop] {
        work();
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
}

} // namespace bd::ui
