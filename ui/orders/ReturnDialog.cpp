#include "ReturnDialog.h"

#include "AppContext.h"
#include "common/Prompter.h"
#include "orders/LineQuantitiesTable.h"
#include "services/Shop.h"
#include "services/StockService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace bd::ui {

ReturnDialog::ReturnDialog(AppContext& context, const QString& orderNumber, QWidget* parent)
    : OrderLinesDialog(context, orderNumber,
                       { tr("SKU"), tr("Item"), tr("Shipped"), tr("Returned before"), tr("Coming back") },
                       tr("Take back"), QStringLiteral("returnOkButton"), parent)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return from order %1").arg(orderNumber));

    m_reasonLineEdit = new QLineEdit(this);
    m_reasonLineEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reasonLineEdit->setPlaceholderText(tr("e.g. wrong size"));
    m_reasonLineEdit->setToolTip(tr("Kept in the order's history"));
    m_restockCheckBox
        = new QCheckBox(tr("Put the units back in stock; they serve waiting customers first"), this);
    m_restockCheckBox->setObjectName(QStringLiteral("restockCheckBox"));
    m_restockCheckBox->setChecked(true);
    m_restockCheckBox->setToolTip(
        tr("Leave this off for units that cannot be sold again (damaged, not sent back)"));
    connect(m_restockCheckBox, &QCheckBox::toggled, this, &ReturnDialog::updateState);
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reasonLineEdit);
    form->addRow(QString(), m_restockCheckBox);
    fieldsLayout()->addLayout(form);
    resize(680, 420);
    load();
}

void ReturnDialog::load()
{
    if (!loadOrder())
        return;
    m_introLabel->setText(
        tr("Which units of order %1 for %2 came back?").arg(m_order.number, customerName()));
    for (const domain::OrderLine& line : std::as_const(m_order.lines)) {
        if (line.shipped == 0)
            continue;
        m_linesTable->addLine(line.id, line.sku, line.itemName, { line.shipped, line.returned },
                              line.shipped - line.returned, 0, tr("Units of %1 coming back").arg(line.sku));
    }
    updateState();
}

void ReturnDialog::updateState()
{
    const int units = m_linesTable->total();
    const QString count = QLocale().toString(units);
    if (units == 0)
        m_summaryLabel->setText(tr("Choose how many units of each line came back."));
    else if (m_restockCheckBox->isChecked())
        m_summaryLabel->setText(
            tr("Coming back: %1, into stock, where they serve waiting customers first.").arg(count));
    else
        m_summaryLabel->setText(
            tr("Coming back: %1, recorded as returned; the stock stays as it is.").arg(count));
    m_okButton->setEnabled(units > 0);
}

void ReturnDialog::accept()
{
    services::Shop* shop = m_context.shop();
    if (!shop || !m_okButton->isEnabled())
        return;
    QList<services::ReturnLine> lines;
    for (int row = 0; row < m_linesTable->rowCount(); ++row) {
        if (const int qty = m_linesTable->quantityAt(row); qty > 0)
            lines << services::ReturnLine { m_linesTable->skuAt(row), qty, m_linesTable->lineIdAt(row) };
    }
    const bool restock = m_restockCheckBox->isChecked();
    const core::Status status = services::StockService(*shop).returnUnits(
        m_order.number, lines, m_reasonLineEdit->text().trimmed(), restock);
    if (!status.ok()) {
        m_context.prompter().warn(this, tr("Nothing taken back from order %1").arg(m_order.number),
                                  status.errorText());
        return;
    }
    const QString count = QLocale().toString(m_linesTable->total());
    Q_EMIT returned(restock ? tr("Order %1: %2 returned, back in stock").arg(m_order.number, count)
                            : tr("Order %1: %2 returned, not restocked").arg(m_order.number, count));
    QDialog::accept();
}

} // namespace bd::ui
