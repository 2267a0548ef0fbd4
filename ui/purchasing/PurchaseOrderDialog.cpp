#include "PurchaseOrderDialog.h"

#include "common/ErrorLabel.h"
#include "AppContext.h"
#include "core/Clock.h"
#include "services/CatalogService.h"
#include "services/ShopQueries.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd::ui {

namespace {
enum LineColumn { SkuColumn, QtyColumn, ExpectedColumn, ReceivedColumn, LineColumnCount };
}

PurchaseOrderDialog::PurchaseOrderDialog(AppContext& context, const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_existing(!number.isEmpty())
{
    setObjectName(QStringLiteral("purchaseOrderDialog"));
    setWindowTitle(m_existing ? tr("Purchase order %1").arg(number) : tr("New purchase order"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_numberEdit = new QLineEdit(number, this);
    m_numberEdit->setObjectName(QStringLiteral("numberLineEdit"));
    m_numberEdit->setReadOnly(m_existing);
    m_supplierEdit = new QLineEdit(this);
    m_supplierEdit->setObjectName(QStringLiteral("supplierLineEdit"));
    m_supplierEdit->setReadOnly(m_existing);
    form->addRow(tr("&Number:"), m_numberEdit);
    form->addRow(tr("&Supplier:"), m_supplierEdit);
    layout->addLayout(form);

    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setObjectName(QStringLiteral("linesTableWidget"));
    m_lines->setHorizontalHeaderLabels(
        { tr("SKU"), tr("Quantity"), tr("Expected (YYYY-MM-DD)"), tr("Received") });
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lines->verticalHeader()->setVisible(true);
    layout->addWidget(m_lines, 1);

    auto* lineButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add line"), this);
    add->setObjectName(QStringLiteral("addLineButton"));
    auto* remove = new QPushButton(tr("&Remove line"), this);
    remove->setObjectName(QStringLiteral("removeLineButton"));
    remove->setToolTip(tr("Removes a line not saved yet; a saved line keeps its place"));
    lineButtons->addWidget(add);
    lineButtons->addWidget(remove);
    lineButtons->addStretch(1);
    layout->addLayout(lineButtons);

    m_errorLabel = makeErrorLabel(this, QStringLiteral("errorLabel"));
    layout->addWidget(m_errorLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addLine(); });
    connect(remove, &QPushButton::clicked, this, &PurchaseOrderDialog::removeLine);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_existing && m_context.database()) {
        const store::Found<services::PurchaseOrderDetail> po
            = services::ShopQueries(*m_context.database()).purchaseOrderDetail(number);
        if (!po)
            m_context.reportError(po.errorText());
        if (po && po.value()) {
            m_supplierEdit->setText(po.value()->order.supplier);
            for (const store::PurchaseOrderLineRow& line : po.value()->lines) {
                addLine(line.sku, line.ordered, line.expected);
                const int row = m_lines->rowCount() - 1;
                m_lines->item(row, SkuColumn)->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
                m_lines->item(row, ReceivedColumn)->setText(QString::number(line.received));
            }
        }
        m_savedRows = m_lines->rowCount();
    }
    if (m_lines->rowCount() == 0)
        addLine();
    resize(640, 420);
}

QString PurchaseOrderDialog::number() const
{
    return m_numberEdit->text().trimmed();
}

void PurchaseOrderDialog::addLine(const QString& sku, int qty, const QDate& expected)
{
    // A drafted line takes the place of the empty one a new order starts with.
    const bool blankFirst = !sku.isEmpty() && m_lines->rowCount() == 1 && m_savedRows == 0
        && m_lines->item(0, SkuColumn)->text().isEmpty() && m_lines->item(0, QtyColumn)->text().isEmpty();
    if (blankFirst)
        m_lines->removeRow(0);
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setItem(row, SkuColumn, new QTableWidgetItem(sku));
    m_lines->setItem(row, QtyColumn, new QTableWidgetItem(qty > 0 ? QString::number(qty) : QString()));
    m_lines->setItem(row, ExpectedColumn, new QTableWidgetItem(expected.isValid() ? core::toIso(expected) : QString()));
    auto* received = new QTableWidgetItem(QStringLiteral("0"));
    received->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    m_lines->setItem(row, ReceivedColumn, received);
}

void PurchaseOrderDialog::removeLine()
{
    const int row = m_lines->currentRow();
    if (row >= m_savedRows && row < m_lines->rowCount())
        m_lines->removeRow(row);
}

bool PurchaseOrderDialog::save()
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return false;
    QStringList problems;
    QList<services::PurchaseOrderLineInput> lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QString sku = m_lines->item(row, SkuColumn)->text().trimmed();
        const QString qtyText = m_lines->item(row, QtyColumn)->text().trimmed();
        const QString dateText = m_lines->item(row, ExpectedColumn)->text().trimmed();
        if (sku.isEmpty() && qtyText.isEmpty() && dateText.isEmpty())
            continue; // an empty line
        services::PurchaseOrderLineInput line;
        line.poNumber = number();
        line.supplier = m_supplierEdit->text().trimmed();
        line.sku = sku;
        bool ok = false;
        line.qty = qtyText.toInt(&ok);
        if (!ok)
            problems << tr("Line %1: quantity: '%2' is not a whole number").arg(row + 1).arg(qtyText);
        if (!dateText.isEmpty()) {
            line.expected = core::parseIsoDate(dateText);
            if (!line.expected.isValid())
                problems << tr("Line %1: expected date: '%2' is not a date like 2026-12-24").arg(row + 1).arg(dateText);
        }
        line.sourceLine = row + 1;
        lines << line;
    }
    if (lines.isEmpty())
        problems << tr("Add at least one line with a SKU and a quantity.");
    if (problems.isEmpty()) {
        const core::Status saved = services::CatalogService(*shop).savePurchaseOrderLines(lines);
        for (const core::Error& e : saved.errors())
            problems << (e.line > 0 ? tr("Line %1: %2: %3").arg(e.line).arg(e.field, e.message)
                                    : (e.field.isEmpty() ? e.message : QString(e.field + QStringLiteral(": ") + e.message)));
    }
    if (!problems.isEmpty()) {
        m_errorLabel->setText(problems.join(QLatin1Char('\n')));
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    m_context.notifyShopChanged();
    return true;
}

} // namespace bd::ui
