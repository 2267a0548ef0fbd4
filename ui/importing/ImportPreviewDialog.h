#pragma once

#include "csv/Importer.h"

#include <QDialog>

namespace bd::ui {

// What an import will do, before anything is kept: the shape the file was recognised
// as, the columns read by other names, its first records as they will land and the
// warnings. Items: key, name, how it sells, whether its stock is tracked, on hand;
// customers: e-mail, name; orders: number, customer, lines and what of them waits;
// stock counts: key, name, on hand now and after. Import keeps it; Cancel changes nothing.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const QString& file, const csv::Importer::Report& report, QWidget* parent);

    // How an item sells, as the preview shows it ("Not tracked" first of all).
    static QString status(const csv::Importer::PreviewItem& item);
};

} // namespace bd::ui
