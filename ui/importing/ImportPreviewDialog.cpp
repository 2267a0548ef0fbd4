#include "ImportPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd::ui {

QString ImportPreviewDialog::status(const csv::Importer::PreviewItem& item)
{
    if (!item.tracked)
        return tr("Not tracked");
    switch (item.policy) {
    case domain::Policy::Stop:
        return tr("Sold out at 0");
    case domain::Policy::Backorder:
        return tr("Backorder");
    case domain::Policy::Preorder:
        return tr("Pre-order");
    }
    return {};
}

ImportPreviewDialog::ImportPreviewDialog(const QString& file, const csv::Importer::Report& report, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(file).fileName()));
    auto* layout = new QVBoxLayout(this);

    auto* recognised = new QLabel(report.recognised(), this);
    recognised->setObjectName(QStringLiteral("recognisedLabel"));
    recognised->setWordWrap(true);
    QFont bold = recognised->font();
    bold.setBold(true);
    recognised->setFont(bold);
    layout->addWidget(recognised);

    auto* summary = new QLabel(tr("%n row(s) read; nothing is kept until you import.", nullptr, report.rows), this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(summary);

    if (!report.preview.isEmpty()) {
        auto* table = new QTableWidget(int(report.preview.size()), 5, this);
        table->setObjectName(QStringLiteral("previewTableWidget"));
        table->setHorizontalHeaderLabels({tr("SKU / key"), tr("Name"), tr("Sells"), tr("Stock tracked"), tr("On hand")});
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        for (int r = 0; r < report.preview.size(); ++r) {
            const csv::Importer::PreviewItem& item = report.preview[r];
            const QStringList cells {item.key, item.name, status(item), item.tracked ? tr("Yes") : tr("No"),
                                     item.onHand ? QString::number(*item.onHand) : QString()};
            for (int c = 0; c < cells.size(); ++c)
                table->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        table->resizeColumnsToContents();
        layout->addWidget(table);
    }

    if (!report.warnings.isEmpty()) {
        layout->addWidget(new QLabel(tr("Warnings:"), this));
        auto* warnings = new QListWidget(this);
        warnings->setObjectName(QStringLiteral("warningsListWidget"));
        for (const QString& warning : report.warnings)
            warnings->addItem(QFileInfo(file).fileName() + warning.mid(file.size()));
        layout->addWidget(warnings);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 480);
}

} // namespace bd::ui
