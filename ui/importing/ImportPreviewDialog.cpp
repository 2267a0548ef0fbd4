#include "ImportPreviewDialog.h"

#include "domain/UnknownCustomer.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd::ui {

namespace {

using Rows = QList<QStringList>;

// The first records of the file as they will land, one row each, by the file's kind.
struct PreviewTable
{
    QStringList header;
    Rows rows;
};

PreviewTable itemRows(const csv::Importer::Report& report)
{
    PreviewTable t {{ImportPreviewDialog::tr("SKU / key"), ImportPreviewDialog::tr("Name"),
                     ImportPreviewDialog::tr("Sells"), ImportPreviewDialog::tr("Stock tracked"),
                     ImportPreviewDialog::tr("On hand")},
                    {}};
    for (const csv::Importer::PreviewItem& item : report.preview)
        t.rows << QStringList {item.key, item.name, ImportPreviewDialog::status(item),
                               item.tracked ? ImportPreviewDialog::tr("Yes") : ImportPreviewDialog::tr("No"),
                               item.onHand ? QString::number(*item.onHand) : QString()};
    return t;
}

PreviewTable customerRows(const csv::Importer::Report& report)
{
    PreviewTable t {{ImportPreviewDialog::tr("E-mail"), ImportPreviewDialog::tr("Name")}, {}};
    for (const csv::Importer::PreviewCustomer& c : report.customers)
        t.rows << QStringList {c.email, c.name};
    return t;
}

PreviewTable orderRows(const csv::Importer::Report& report)
{
    PreviewTable t {{ImportPreviewDialog::tr("Order"), ImportPreviewDialog::tr("Customer"),
                     ImportPreviewDialog::tr("Lines"), ImportPreviewDialog::tr("Waiting")},
                    {}};
    for (const csv::Importer::PreviewOrder& o : report.orders) {
        // A customer nobody knows is shown by the name that says so, not by the address.
        const QString customer = domain::isUnknownCustomer(o.customerEmail) || o.customerEmail.isEmpty()
                                     ? o.customerName
                                 : o.customerName.isEmpty()
                                     ? o.customerEmail
                                     : ImportPreviewDialog::tr("%1 <%2>").arg(o.customerName, o.customerEmail);
        QStringList lines;
        int waiting = 0;
        for (const services::PlacedLine& line : o.lines) {
            lines << ImportPreviewDialog::tr("%1 × %2").arg(line.sku).arg(line.qty);
            waiting += line.waiting;
        }
        t.rows << QStringList {o.number, customer, lines.join(QStringLiteral(", ")), QString::number(waiting)};
    }
    return t;
}

PreviewTable countRows(const csv::Importer::Report& report)
{
    PreviewTable t {{ImportPreviewDialog::tr("SKU / key"), ImportPreviewDialog::tr("Name"),
                     ImportPreviewDialog::tr("On hand now"), ImportPreviewDialog::tr("New on hand")},
                    {}};
    for (const csv::Importer::PreviewCount& c : report.counts)
        t.rows << QStringList {c.key, c.name, QString::number(c.before),
                               c.onHand ? QString::number(*c.onHand) : ImportPreviewDialog::tr("Not tracked")};
    return t;
}

PreviewTable previewOf(const csv::Importer::Report& report)
{
    switch (report.kind) {
    case csv::DataKind::Items:
        return itemRows(report);
    case csv::DataKind::Customers:
        return customerRows(report);
    case csv::DataKind::Orders:
        return orderRows(report);
    case csv::DataKind::Stock:
        return countRows(report);
    case csv::DataKind::PurchaseOrders:
    case csv::DataKind::Receipts:
    case csv::DataKind::PoStages:
        break;
    }
    return {};
}

} // namespace

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

    if (!report.columnMap.isEmpty()) {
        QStringList mapped;
        for (const auto& [column, fileColumn] : report.columnMap)
            mapped << tr("%1 from “%2”").arg(column, fileColumn);
        auto* mapping = new QLabel(tr("Columns read as: %1").arg(mapped.join(QStringLiteral(", "))), this);
        mapping->setObjectName(QStringLiteral("mappingLabel"));
        mapping->setWordWrap(true);
        layout->addWidget(mapping);
    }

    auto* summary = new QLabel(tr("%n row(s) read; nothing is kept until you import.", nullptr, report.rows), this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(summary);

    const PreviewTable preview = previewOf(report);
    if (!preview.rows.isEmpty()) {
        auto* table = new QTableWidget(int(preview.rows.size()), int(preview.header.size()), this);
        table->setObjectName(QStringLiteral("previewTableWidget"));
        table->setHorizontalHeaderLabels(preview.header);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        for (int r = 0; r < preview.rows.size(); ++r) {
            for (int c = 0; c < preview.rows[r].size(); ++c)
                table->setItem(r, c, new QTableWidgetItem(preview.rows[r][c]));
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
