#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

class QWidget;

namespace bd::ui {

class AppContext;

// Importing one CSV file from the window (File › Import or a file dropped on it):
// ask what the file holds, check the whole file in the background without keeping
// anything, show every problem with its line — or say what will be imported and ask
// — and only then import it, again in the background. Deletes itself when done.
class ImportFlow : public QObject
{
    Q_OBJECT

public:
    ImportFlow(AppContext& context, QWidget* window);

    void start(const QString& path);

Q_SIGNALS:
    // imported: whether anything was committed; message: what the user was told.
    void done(bool imported, const QString& message);

private:
    void check();
    void commit();
    void finish(bool imported, const QString& message);

    AppContext& m_context;
    QWidget* m_window;
    QString m_path;
    int m_kind = -1;
};

} // namespace bd::ui
