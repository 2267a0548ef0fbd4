#include "NewItemDialog.h"

#include "AppContext.h"
#include "common/ErrorLabel.h"
#include "domain/LocaleFormat.h"
#include "domain/Money.h"
#include "items/ItemsDelegate.h"
#include "services/CatalogService.h"
#include "services/Shop.h"
#include "store/Config.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bd::ui {

NewItemDialog::NewItemDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("newItemDialog"));
    setWindowTitle(tr("New Item"));
    if (services::Shop* shop = m_context.shop())
        m_currency = shop->config().text(store::settings::ShopCurrency);

    m_skuLineEdit = new QLineEdit(this);
    m_skuLineEdit->setObjectName(QStringLiteral("skuLineEdit"));
    m_skuLineEdit->setPlaceholderText(tr("as in your web shop, e.g. MUG-BLU-M"));
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameLineEdit->setPlaceholderText(tr("what customers read, e.g. Mug, blue"));
    m_priceLineEdit = new QLineEdit(this);
    m_priceLineEdit->setObjectName(QStringLiteral("priceLineEdit"));
    m_priceLineEdit->setPlaceholderText(domain::LocaleFormat().money(0, m_currency));
    m_onHandSpinBox = new QSpinBox(this);
    m_onHandSpinBox->setObjectName(QStringLiteral("onHandSpinBox"));
    m_onHandSpinBox->setRange(0, 10000000);
    m_onHandSpinBox->setToolTip(tr("What is on the shelf now, counted"));
    m_policyComboBox = ItemsDelegate::makePolicyEditor(this, QStringLiteral("policyComboBox"));
    m_policyComboBox->setCurrentIndex(m_policyComboBox->findData(int(domain::Policy::Backorder)));
    m_policyComboBox->setToolTip(tr("Stop: sold out when stock runs out. Backorder: keep selling, ship when stock "
                                    "arrives. Pre-order: not released yet."));
    m_expectedDateEdit = ItemsDelegate::makeExpectedDateEditor(this, QStringLiteral("expectedDateEdit"));
    m_expectedDateEdit->setDate(ItemsDelegate::noDate());

    auto* form = new QFormLayout;
    form->addRow(tr("&SKU:"), m_skuLineEdit);
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&Price (%1):").arg(m_currency), m_priceLineEdit);
    form->addRow(tr("&On hand:"), m_onHandSpinBox);
    form->addRow(tr("&When sold out:"), m_policyComboBox);
    form->addRow(tr("&Expected date:"), m_expectedDateEdit);

    m_errorLabel = makeErrorLabel(this, QStringLiteral("newItemErrorLabel"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("newItemButtonBox"));
    m_createButton = buttons->addButton(tr("&Create Item"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createItemButton"));
    m_createButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewItemDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);

    for (QLineEdit* edit : { m_skuLineEdit, m_nameLineEdit, m_priceLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &NewItemDialog::updateButtons);
    updateButtons();
}

void NewItemDialog::updateButtons()
{
    m_createButton->setEnabled(m_context.shop() && !m_skuLineEdit->text().trimmed().isEmpty());
    m_errorLabel->hide();
}

void NewItemDialog::showProblem(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

void NewItemDialog::accept()
{
    services::Shop* shop = m_context.shop();
    if (!shop || !m_createButton->isEnabled())
        return;
    services::ItemInput input;
    input.item.sku = m_skuLineEdit->text().trimmed();
    input.item.name = m_nameLineEdit->text().trimmed();
    input.item.currency = m_currency;
    input.item.policy = domain::Policy(m_policyComboBox->currentData().toInt());
    if (m_expectedDateEdit->date() != ItemsDelegate::noDate())
        input.item.expectedDate = m_expectedDateEdit->date();
    input.onHand = m_onHandSpinBox->value();
    const QString priceText = m_priceLineEdit->text().trimmed();
    if (!priceText.isEmpty()) {
        // In the shop's currency with its decimals, as the window's locale writes them.
        const QString point = QLocale().decimalPoint();
        const std::optional<qint64> price
            = domain::parseAmount(priceText, m_currency, point.isEmpty() ? QLatin1Char('.') : point.at(0));
        if (!price) {
            showProblem(tr("'%1' is not a price in %2.").arg(priceText, m_currency));
            m_priceLineEdit->setFocus();
            return;
        }
        input.item.priceMinor = *price;
    }
    const core::Status created = services::CatalogService(*shop).createItem(input);
    if (!created.ok()) {
        // With the field each problem is in: a control character pasted into one is not seen.
        showProblem(tr("The item was not created: %1").arg(created.errorText()));
        return;
    }
    m_createdSku = input.item.sku;
    m_context.notifyShopChanged();
    QDialog::accept();
}

} // namespace bd::ui
