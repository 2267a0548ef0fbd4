#include "CancelDialog.h"

#include "AppContext.h"
#include "common/Prompter.h"
#include "services/OrderService.h"
#include "services/Shop.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bd::ui {

CancelDialog::CancelDialog(AppContext& context, const QString& orderNumber, const QString& sku, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_orderNumber(orderNumber)
    , m_sku(sku)
{
    setObjectName(QStringLiteral("cancelDialog"));
    setWindowTitle(sku.isEmpty() ? tr("Cancel order %1").arg(orderNumber)
                                 : tr("Cancel %1 of order %2").arg(sku, orderNumber));

    auto* intro = new QLabel(sku.isEmpty()
                                 ? tr("Every open unit of order %1 is cancelled; released stock goes to the next in "
                                      "line.")
                                       .arg(orderNumber)
                                 : tr("The open units of %1 in order %2 are cancelled; released stock goes to the "
                                      "next in line.")
                                       .arg(sku, orderNumber),
                             this);
    intro->setWordWrap(true);

    m_reasonLineEdit = new QLineEdit(this);
    m_reasonLineEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reasonLineEdit->setPlaceholderText(tr("e.g. supplier discontinued it"));
    m_reasonLineEdit->setToolTip(tr("Kept in the order's history and the cancellations report; never sent"));
    m_messageTextEdit = new QPlainTextEdit(this);
    m_messageTextEdit->setObjectName(QStringLiteral("messageTextEdit"));
    m_messageTextEdit->setPlaceholderText(tr("Optional: a few words to the customer"));
    m_messageTextEdit->setTabChangesFocus(true);
    m_messageTextEdit->setFixedHeight(m_messageTextEdit->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_messageTextEdit, &QPlainTextEdit::textChanged, this, &CancelDialog::updatePreview);

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason (for your records, never sent):"), m_reasonLineEdit);
    form->addRow(tr("&Message to the customer:"), m_messageTextEdit);

    auto* previewLabel = new QLabel(tr("The customer will read:"), this);
    m_previewTextBrowser = new QTextBrowser(this);
    m_previewTextBrowser->setObjectName(QStringLiteral("previewTextBrowser"));
    m_previewTextBrowser->setMinimumHeight(200);

    m_buttonBox = new QDialogButtonBox(this);
    QPushButton* ok = m_buttonBox->addButton(sku.isEmpty() ? tr("Cancel the order") : tr("Cancel the line"),
                                             QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("cancelOkButton"));
    m_buttonBox->addButton(sku.isEmpty() ? tr("Keep the order") : tr("Keep the line"), QDialogButtonBox::RejectRole);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &CancelDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &CancelDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_previewTextBrowser, 1);
    layout->addWidget(m_buttonBox);
    resize(620, 560);
    updatePreview();
}

QString CancelDialog::previewText() const
{
    return m_previewTextBrowser->toPlainText();
}

void CancelDialog::updatePreview()
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return;
    const core::Result<std::optional<mail::RenderedMail>> mail
        = services::OrderService(*shop).previewCancellation(m_orderNumber, m_sku, m_messageTextEdit->toPlainText());
    if (!mail) {
        m_previewTextBrowser->setPlainText(mail.errorText());
        return;
    }
    if (!mail.value()) {
        m_messageTextEdit->setEnabled(false);
        m_previewTextBrowser->setPlainText(
            tr("No e-mail is sent: cancellation e-mails are switched off in Settings, or the order has no "
               "customer to write to."));
        return;
    }
    m_previewTextBrowser->setPlainText(tr("Subject: %1").arg(mail.value()->subject) + QStringLiteral("\n\n")
                                       + mail.value()->bodyText);
}

void CancelDialog::accept()
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return;
    const core::Status status = services::OrderService(*shop).cancel(m_orderNumber, m_sku, m_reasonLineEdit->text(),
                                                                      m_messageTextEdit->toPlainText());
    if (!status.ok()) {
        m_context.prompter().warn(this, m_sku.isEmpty() ? tr("Order %1 not cancelled").arg(m_orderNumber)
                                                        : tr("Line not cancelled"),
                                  status.errorText());
        return;
    }
    Q_EMIT cancelled(m_sku.isEmpty()
                         ? tr("Order %1 cancelled").arg(m_orderNumber)
                         : tr("Order %1: %2 cancelled; released units went to the next in line").arg(m_orderNumber,
                                                                                                    m_sku));
    QDialog::accept();
}

} // namespace bd::ui
