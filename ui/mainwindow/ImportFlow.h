#pragma once

#include "core/Result.h"
#include "csv/Importer.h"

#include <QObject>
#include <QList>
#include <QString>
#include <QStringList>

class QMimeData;
class QWidget;

namespace bd::ui {

class AppContext;

// Importing one CSV file from the window (File › Import or a file dropped on it):
// recognise what the file holds and its shape from the header (asking only when no
// known shape fits), check the whole
// file in the background without keeping anything, show every problem with its line
// — offering to map the columns of a list from another program (ColumnMappingDialog,
// the window's --map) — or show what was recognised and how the first records will
// land (ImportPreviewDialog), and only on Import keep it, again in the background.
// Deletes itself when done.
class ImportFlow : public QObject
{
    Q_OBJECT

public:
    ImportFlow(AppContext& context, QWidget* window);

    void start(const QString& path);
    // The CSV files among what is dragged onto the window.
    static QStringList droppedCsvFiles(const QMimeData* mime);

    // The columns a file lacks for the shape nearest to it, the shape's columns, and
    // the file's own columns.
    struct Unmapped
    {
        QString shape;
        QStringList missing;
        QStringList required;
        QStringList optional;
        QStringList header;
    };

Q_SIGNALS:
    // imported: whether anything was committed; message: what the user was told.
    void done(bool imported, const QString& message);

private:
    void check();
    bool askKind();
    // Offers to read the file's own columns as the shape's (ColumnMappingDialog); else,
    // or when the merchant declines, refuses the file with its problems.
    void askMapping(const Unmapped& unmapped, const core::Errors& problems);
    void refuse(const core::Errors& problems);
    void commit();
    void finish(bool imported, const QString& message);

    AppContext& m_context;
    QWidget* m_window;
    QString m_path;
    std::optional<csv::Importer::Kind> m_kind; // what the file holds, once known
    QList<std::pair<QString, QString>> m_columnMap; // the file's columns read as ours

};

} // namespace bd::ui
