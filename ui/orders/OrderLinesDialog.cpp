#include "OrderLinesDialog.h"

#include "AppContext.h"
#include "orders/LineQuantitiesTable.h"
#include "services/OrderService.h"
#include "services/Shop.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd::ui {

OrderLinesDialog::OrderLinesDialog(AppContext& context, const QString& orderNumber,
                                   const QStringList& headers, const QString& okText, const QString& okName,
                                   QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    m_order.number = orderNumber;
    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);
    m_linesTable = new LineQuantitiesTable(headers, this);
    connect(m_linesTable, &LineQuantitiesTable::quantitiesChanged, this, [this] { updateState(); });
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);

    m_buttonBox = new QDialogButtonBox(this);
    m_okButton = m_buttonBox->addButton(okText, QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(okName);
    m_okButton->setDefault(true);
    m_buttonBox->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_fieldsLayout = new QVBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_linesTable, 1);
    layout->addLayout(m_fieldsLayout);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_buttonBox);
}

QSpinBox* OrderLinesDialog::quantitySpinBox(const QString& sku) const
{
    return m_linesTable->spinBox(sku);
}

bool OrderLinesDialog::loadOrder()
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return false;
    const core::Result<domain::Order> order = services::OrderService(*shop).findOrder(m_order.number);
    if (!order) {
        m_introLabel->setText(order.errorText());
        m_okButton->setEnabled(false);
        return false;
    }
    m_order = order.value();
    return true;
}

QString OrderLinesDialog::customerName() const
{
    return m_order.customerName.isEmpty() ? m_order.customerEmail : m_order.customerName;
}

} // namespace bd::ui
