#include "StageDialog.h"

#include "common/DateField.h"

#include "common/ErrorLabel.h"
#include "AppContext.h"
#include "core/Clock.h"
#include "domain/SupplyStage.h"
#include "services/PurchasingService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bd::ui {

StageDialog::StageDialog(AppContext& context, const QString& poNumber, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_poNumber(poNumber)
{
    setObjectName(QStringLiteral("stageDialog"));
    setWindowTitle(tr("Stage of %1").arg(poNumber));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Where is purchase order %1 now? The waiting customers whose units it brings "
                                "get one e-mail about it.")
                                 .arg(poNumber),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_stageCombo = new QComboBox(this);
    m_stageCombo->setObjectName(QStringLiteral("stageComboBox"));
    for (const QString& code : domain::supplyStages())
        m_stageCombo->addItem(QCoreApplication::translate("SupplyStage", domain::supplyStageLabel(code)), code);
    const QDate today = m_context.clock().today();
    m_dateEdit = new QDateEdit(today, this);
    m_dateEdit->setObjectName(QStringLiteral("stageDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    useWindowDateFormat(m_dateEdit);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteLineEdit"));
    m_noteEdit->setPlaceholderText(tr("e.g. left Shenzhen on the MSC Oscar"));
    m_expectedCheck = new QCheckBox(tr("New &expected date:"), this);
    m_expectedCheck->setObjectName(QStringLiteral("expectedCheckBox"));
    m_expectedEdit = new QDateEdit(today, this);
    m_expectedEdit->setObjectName(QStringLiteral("expectedDateEdit"));
    m_expectedEdit->setCalendarPopup(true);
    useWindowDateFormat(m_expectedEdit);
    m_expectedEdit->setEnabled(false);
    form->addRow(tr("&Stage:"), m_stageCombo);
    form->addRow(tr("&Date:"), m_dateEdit);
    form->addRow(tr("&Note for customers:"), m_noteEdit);
    form->addRow(m_expectedCheck, m_expectedEdit);
    layout->addLayout(form);

    m_errorLabel = makeErrorLabel(this, QStringLiteral("errorLabel"));
    layout->addWidget(m_errorLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("stageButtonBox"));
    layout->addWidget(buttons);
    connect(m_expectedCheck, &QCheckBox::toggled, m_expectedEdit, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &StageDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StageDialog::record()
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return;
    services::StageInput input;
    input.poNumber = m_poNumber;
    input.stage = m_stageCombo->currentData().toString();
    input.date = m_dateEdit->date();
    input.note = m_noteEdit->text();
    if (m_expectedCheck->isChecked())
        input.expected = m_expectedEdit->date();
    const core::Result<services::StageOutcome> done = services::PurchasingService(*shop).recordStage(input);
    if (!done) {
        m_errorLabel->setText(done.errorText());
        m_errorLabel->show();
        return;
    }
    m_ordersTold = done->ordersTold;
    m_context.notifyShopChanged();
    accept();
}

} // namespace bd::ui
