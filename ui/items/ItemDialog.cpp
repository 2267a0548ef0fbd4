#include "ItemDialog.h"

#include "items/ItemsDelegate.h"
#include "models/ItemsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bd::ui {

ItemDialog::ItemDialog(const domain::Item& item, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_sku(item.sku)
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("itemDialog"));
    setWindowTitle(tr("Item %1").arg(item.sku));

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("itemHeadingLabel"));
    heading->setTextFormat(Qt::PlainText);
    heading->setText(item.attributes.isEmpty() ? item.name : item.name + QStringLiteral(" — ") + item.attributes);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto* stock = new QLabel(
        item.tracked ? tr("%1 on hand, %2 allocated, %3 waiting")
                           .arg(QLocale().toString(item.onHand), QLocale().toString(item.allocated),
                                QLocale().toString(item.waiting))
                     : tr("Stock not tracked: never sold out, nobody waits"),
        this);
    stock->setObjectName(QStringLiteral("stockLabel"));

    m_wasTracked = item.tracked;
    m_trackedCheckBox = new QCheckBox(tr("Count this item's stock"), this);
    m_trackedCheckBox->setObjectName(QStringLiteral("trackedCheckBox"));
    m_trackedCheckBox->setChecked(item.tracked);
    m_trackedCheckBox->setToolTip(tr("Off for what the shop does not count (services, downloads, print on demand): "
                                     "never sold out, orders never wait."));
    m_countSpinBox = new QSpinBox(this);
    m_countSpinBox->setObjectName(QStringLiteral("countSpinBox"));
    m_countSpinBox->setRange(0, 10000000);
    m_countSpinBox->setToolTip(tr("What is on hand now, counted, when the stock starts being tracked"));

    m_policyComboBox = new QComboBox(this);
    m_policyComboBox->setObjectName(QStringLiteral("policyComboBox"));
    for (domain::Policy policy : { domain::Policy::Stop, domain::Policy::Backorder, domain::Policy::Preorder })
        m_policyComboBox->addItem(ItemsModel::policyName(policy), int(policy));
    m_policyComboBox->setCurrentIndex(m_policyComboBox->findData(int(item.policy)));
    m_policyComboBox->setToolTip(tr("Stop: sold out when stock runs out. Backorder: keep selling, ship when stock "
                                    "arrives. Pre-order: not released yet."));

    m_limitSpinBox = new QSpinBox(this);
    m_limitSpinBox->setObjectName(QStringLiteral("backorderLimitSpinBox"));
    m_limitSpinBox->setRange(-1, 1000000);
    m_limitSpinBox->setSpecialValueText(tr("No limit"));
    m_limitSpinBox->setValue(item.backorderLimit ? *item.backorderLimit : -1);
    m_limitSpinBox->setToolTip(tr("The most units that may wait at once"));

    m_expectedDateEdit = new QDateEdit(this);
    m_expectedDateEdit->setObjectName(QStringLiteral("expectedDateEdit"));
    m_expectedDateEdit->setCalendarPopup(true);
    m_expectedDateEdit->setMinimumDate(ItemsDelegate::noDate());
    m_expectedDateEdit->setSpecialValueText(tr("None"));
    m_expectedDateEdit->setDate(item.expectedDate.isValid() ? item.expectedDate : ItemsDelegate::noDate());
    m_expectedDateEdit->setToolTip(tr("When new stock is expected, set by hand; an open purchase order due earlier "
                                      "wins. The earliest date means none."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Policy:"), m_policyComboBox);
    form->addRow(tr("Backorder &limit:"), m_limitSpinBox);
    form->addRow(tr("&Expected date:"), m_expectedDateEdit);
    form->addRow(tr("Stock:"), m_trackedCheckBox);
    form->addRow(tr("&Counted on hand:"), m_countSpinBox);
    if (item.nextDelivery.isValid())
        form->addRow(tr("Next purchase order:"), new QLabel(QLocale().toString(item.nextDelivery, QLocale::ShortFormat), this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("itemDialogButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ItemDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(stock);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_policyComboBox, &QComboBox::currentIndexChanged, this, &ItemDialog::updateLimitEnabled);
    connect(m_trackedCheckBox, &QCheckBox::toggled, this, &ItemDialog::updateLimitEnabled);
    updateLimitEnabled();
}

ItemSettings ItemDialog::settings() const
{
    ItemSettings s;
    s.policy = domain::Policy(m_policyComboBox->currentData().toInt());
    if (m_limitSpinBox->value() >= 0)
        s.backorderLimit = m_limitSpinBox->value();
    if (m_expectedDateEdit->date() != ItemsDelegate::noDate())
        s.expectedDate = m_expectedDateEdit->date();
    s.tracked = m_trackedCheckBox->isChecked();
    if (s.tracked && !m_wasTracked)
        s.count = m_countSpinBox->value();
    return s;
}

void ItemDialog::accept()
{
    if (m_apply && !m_apply(settings()))
        return; // the page said why; the values stay for correcting
    QDialog::accept();
}

void ItemDialog::updateLimitEnabled()
{
    // A limit only matters to an item that keeps selling without stock.
    m_limitSpinBox->setEnabled(domain::Policy(m_policyComboBox->currentData().toInt()) != domain::Policy::Stop);
    // A count is asked for only when counting starts.
    m_countSpinBox->setEnabled(m_trackedCheckBox->isChecked() && !m_wasTracked);
}

} // namespace bd::ui
