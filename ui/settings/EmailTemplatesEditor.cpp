#include "EmailTemplatesEditor.h"

#include "AppContext.h"
#include "common/ErrorLabel.h"
#include "common/Prompter.h"
#include "domain/Money.h"
#include "mail/Outbox.h"
#include "mail/Templates.h"
#include "models/OutboxModel.h"
#include "services/MailService.h"
#include "services/Shop.h"
#include "store/Config.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bd::ui {

namespace {

// Values the template preview fills in, so the merchant sees a plausible message:
// words, dates and money as the shop's customers read them (the shop's language and
// locale, as e-mails do).
mail::MailValues sampleValues(const QString& kind, const QString& shopName, const QString& signature,
                              const mail::MailFormat& format, const QString& currency)
{
    Q_UNUSED(kind)
    mail::MailValues v;
    auto say = [&format](const char* text) { return format.phrase("EmailTemplatesEditor", text); };
    const QDate date(2026, 12, 5);
    v.set(QStringLiteral("customer_name"), QStringLiteral("Alex Example"));
    v.set(QStringLiteral("customer_email"), QStringLiteral("alex@example.com"));
    v.set(QStringLiteral("shop_name"), shopName);
    v.set(QStringLiteral("signature"), signature);
    v.set(QStringLiteral("order_number"), QStringLiteral("1042"));
    v.set(QStringLiteral("order_date"), format.date(QDate(2026, 11, 2)));
    const QString lines = say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "2 × MUG-RED Mug, red — expected %1")).arg(format.date(date));
    v.setWithHtml(QStringLiteral("lines"), lines, QStringLiteral("<ul><li>%1</li></ul>").arg(lines.toHtmlEscaped()));
    v.set(QStringLiteral("promised_date"), format.date(date));
    v.set(QStringLiteral("days_waited"), QStringLiteral("14"));
    v.set(QStringLiteral("countdown"), say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "It should ship in 8 days.")));
    v.set(QStringLiteral("days_left"), QStringLiteral("3"));
    v.set(QStringLiteral("old_date"), format.date(QDate(2026, 11, 28)));
    v.set(QStringLiteral("new_date"), format.date(date));
    v.set(QStringLiteral("lapse_date"), format.date(QDate(2026, 11, 30)));
    v.set(QStringLiteral("lapse_reason"), say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "your card expires")));
    v.set(QStringLiteral("order_total"), format.money(domain::Money::ofUnits(40, currency).minor, currency));
    v.set(QStringLiteral("tracking"), QStringLiteral("00340434161094042557"));
    v.set(QStringLiteral("shipped_lines"), lines);
    v.set(QStringLiteral("still_to_come"), say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "1 × CAP-BLK Cap")));
    v.set(QStringLiteral("partial_note"), say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "The rest follows at no extra shipping cost.")));
    v.set(QStringLiteral("cancelled_lines"), lines);
    v.set(QStringLiteral("reason"), say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "asked by the customer")));
    v.set(QStringLiteral("coupon_code"), QStringLiteral("THANKYOU10"));
    v.set(QStringLiteral("coupon_value"), QStringLiteral("10 %"));
    v.set(QStringLiteral("coupon_reason"), say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "for your patience")));
    mail::setGoodwillCouponValue(v, format, QStringLiteral("BD-7KQM-2HXA"), 10);
    v.set(QStringLiteral("stage"), say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "in transit")));
    v.set(QStringLiteral("stage_date"), format.date(QDate(2026, 11, 28)));
    v.set(QStringLiteral("stage_note"),
          say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "left Shenzhen on the MSC Oscar")));
    v.set(QStringLiteral("highlight"),
          QStringLiteral("\n")
              + say(QT_TRANSLATE_NOOP("EmailTemplatesEditor", "Mug, red: hand-thrown in Jutland, glazed twice"))
              + QStringLiteral("\n"));
    return v;
}

} // namespace

EmailTemplatesEditor::EmailTemplatesEditor(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("templatesSection"));
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_kindList = new QListWidget(splitter);
    m_kindList->setObjectName(QStringLiteral("templateKindListWidget"));
    m_kindList->setToolTip(tr("Tick the e-mails the shop sends; untick to switch one off"));
    for (const QString& kind : mail::Templates::kinds()) {
        auto* item = new QListWidgetItem(OutboxModel::kindName(kind), m_kindList);
        item->setData(Qt::UserRole, kind);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto* editor = new QWidget(splitter);
    auto* form = new QVBoxLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(new QLabel(tr("Subject:"), editor));
    m_subjectEdit = new QLineEdit(editor);
    m_subjectEdit->setObjectName(QStringLiteral("subjectLineEdit"));
    form->addWidget(m_subjectEdit);
    auto* bodies = new QTabWidget(editor);
    m_textEdit = new QPlainTextEdit(bodies);
    m_textEdit->setObjectName(QStringLiteral("textBodyPlainTextEdit"));
    m_htmlEdit = new QPlainTextEdit(bodies);
    m_htmlEdit->setObjectName(QStringLiteral("htmlBodyPlainTextEdit"));
    m_previewBrowser = new QTextBrowser(bodies);
    m_previewBrowser->setObjectName(QStringLiteral("templatePreviewTextBrowser"));
    m_previewBrowser->setOpenLinks(false);
    bodies->addTab(m_textEdit, tr("Plain text"));
    bodies->addTab(m_htmlEdit, tr("HTML"));
    bodies->addTab(m_previewBrowser, tr("Preview"));
    form->addWidget(bodies, 1);
    m_placeholdersLabel = new QLabel(editor);
    m_placeholdersLabel->setObjectName(QStringLiteral("placeholdersLabel"));
    m_placeholdersLabel->setWordWrap(true);
    m_placeholdersLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addWidget(m_placeholdersLabel);
    m_templateError = makeErrorLabel(editor);
    m_templateError->setObjectName(QStringLiteral("templateErrorLabel"));
    form->addWidget(m_templateError);
    auto* buttons = new QHBoxLayout;
    auto* defaults = new QPushButton(tr("Restore &default"), editor);
    defaults->setObjectName(QStringLiteral("restoreDefaultButton"));
    auto* revert = new QPushButton(tr("&Revert"), editor);
    revert->setObjectName(QStringLiteral("templateRevertButton"));
    auto* save = new QPushButton(tr("&Save template"), editor);
    save->setObjectName(QStringLiteral("templateSaveButton"));
    buttons->addWidget(defaults);
    buttons->addStretch(1);
    buttons->addWidget(revert);
    buttons->addWidget(save);
    form->addLayout(buttons);
    splitter->addWidget(m_kindList);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 700 });
    layout->addWidget(splitter);

    connect(m_kindList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* current, QListWidgetItem* previous) {
                if (m_loading || !current)
                    return;
                if (m_templateDirty
                    && !m_context.prompter().confirm(this, tr("E-mail templates"),
                                                     tr("Discard the changes to the %1 template?")
                                                         .arg(OutboxModel::kindName(m_kind)))) {
                    m_loading = true;
                    m_kindList->setCurrentItem(previous);
                    m_loading = false;
                    return;
                }
                showTemplate(current->data(Qt::UserRole).toString());
            });
    connect(m_kindList, &QListWidget::itemChanged, this, &EmailTemplatesEditor::templateToggled);
    connect(m_subjectEdit, &QLineEdit::textChanged, this, &EmailTemplatesEditor::templateEdited);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &EmailTemplatesEditor::templateEdited);
    connect(m_htmlEdit, &QPlainTextEdit::textChanged, this, &EmailTemplatesEditor::templateEdited);
    connect(save, &QPushButton::clicked, this, &EmailTemplatesEditor::saveTemplate);
    connect(revert, &QPushButton::clicked, this, [this] {
        m_templateDirty = false;
        showTemplate(m_kind);
    });
    connect(defaults, &QPushButton::clicked, this, &EmailTemplatesEditor::restoreDefaultTemplate);
}

void EmailTemplatesEditor::reload()
{
    services::Shop* shop = m_context.shop();
    if (!shop) {
        m_kind.clear();
        m_loading = true;
        m_subjectEdit->clear();
        m_textEdit->clear();
        m_htmlEdit->clear();
        m_previewBrowser->clear();
        m_loading = false;
        return;
    }
    const core::Result<QList<store::TemplateRow>> rows = services::MailService(*shop).templates();
    if (!rows) {
        m_templateError->setText(rows.errorText());
        m_templateError->show();
        return;
    }
    m_loading = true;
    for (const store::TemplateRow& row : rows.value())
        for (int i = 0; i < m_kindList->count(); ++i)
            if (m_kindList->item(i)->data(Qt::UserRole).toString() == row.kind)
                m_kindList->item(i)->setCheckState(row.enabled ? Qt::Checked : Qt::Unchecked);
    if (!m_kindList->currentItem())
        m_kindList->setCurrentRow(0);
    m_loading = false;
    if (!m_templateDirty)
        showTemplate(m_kindList->currentItem()->data(Qt::UserRole).toString());
}

void EmailTemplatesEditor::selectTemplate(const QString& kind)
{
    for (int i = 0; i < m_kindList->count(); ++i)
        if (m_kindList->item(i)->data(Qt::UserRole).toString() == kind)
            m_kindList->setCurrentRow(i);
}

void EmailTemplatesEditor::showTemplate(const QString& kind)
{
    services::Shop* shop = m_context.shop();
    m_kind = kind;
    if (!shop || kind.isEmpty())
        return;
    const core::Result<store::TemplateRow> row = services::MailService(*shop).templateOf(kind);
    const core::Status s = row;
    m_loading = true;
    if (s.ok()) {
        m_subjectEdit->setText(row->subject);
        m_textEdit->setPlainText(row->bodyText);
        m_htmlEdit->setPlainText(row->bodyHtml);
        m_templateError->hide();
    } else {
        m_templateError->setText(s.errorText());
        m_templateError->show();
    }
    QStringList names;
    for (const QString& name : mail::Templates::placeholders(kind))
        names << QStringLiteral("{{%1}}").arg(name);
    m_placeholdersLabel->setText(tr("Placeholders: %1").arg(names.join(QStringLiteral(" "))));
    m_loading = false;
    m_templateDirty = false;
    updatePreview();
}

void EmailTemplatesEditor::templateEdited()
{
    if (m_loading)
        return;
    m_templateDirty = true;
    updatePreview();
}

void EmailTemplatesEditor::updatePreview()
{
    services::Shop* shop = m_context.shop();
    if (!shop || m_kind.isEmpty())
        return;
    const mail::MailTemplate mail { m_subjectEdit->text(), m_textEdit->toPlainText(), m_htmlEdit->toPlainText() };
    const mail::RenderedMail rendered = mail::Templates::render(
        mail, sampleValues(m_kind, shop->config().text(store::settings::ShopName),
                           shop->config().text(store::settings::ShopSignature),
                           mail::MailFormat(QLocale(shop->config().text(store::settings::ShopLocale))),
                           shop->config().text(store::settings::ShopCurrency)));
    m_previewBrowser->setHtml(QStringLiteral("<p><b>%1</b></p><hr/>").arg(rendered.subject.toHtmlEscaped())
                              + rendered.bodyHtml);
}

bool EmailTemplatesEditor::saveTemplate()
{
    services::Shop* shop = m_context.shop();
    if (!shop || m_kind.isEmpty())
        return false;
    const mail::MailTemplate mail { m_subjectEdit->text(), m_textEdit->toPlainText(), m_htmlEdit->toPlainText() };
    const QString kind = m_kind;
    const core::Status s = services::MailService(*shop).saveTemplate(kind, mail);
    if (!s.ok()) {
        QStringList messages;
        for (const core::Error& e : s.errors())
            messages << e.toString();
        m_templateError->setText(tr("Not saved: %1").arg(messages.join(QLatin1Char('\n'))));
        m_templateError->show();
        Q_EMIT statusMessage(tr("Template not saved"));
        return false;
    }
    m_templateError->hide();
    m_templateDirty = false;
    Q_EMIT statusMessage(tr("Template %1 saved").arg(OutboxModel::kindName(kind)));
    m_context.notifyShopChanged();
    return true;
}

void EmailTemplatesEditor::restoreDefaultTemplate()
{
    if (m_kind.isEmpty())
        return;
    services::Shop* shop = m_context.shop();
    if (!shop)
        return;
    const mail::MailTemplate defaults = services::MailService(*shop).defaultTemplate(m_kind);
    m_subjectEdit->setText(defaults.subject);
    m_textEdit->setPlainText(defaults.bodyText);
    m_htmlEdit->setPlainText(defaults.bodyHtml);
    m_templateDirty = true;
    updatePreview();
}

void EmailTemplatesEditor::templateToggled(QListWidgetItem* item)
{
    services::Shop* shop = m_context.shop();
    if (m_loading || !shop || !item)
        return;
    const QString kind = item->data(Qt::UserRole).toString();
    const bool enabled = item->checkState() == Qt::Checked;
    const core::Status s = services::MailService(*shop).setTemplateEnabled(kind, enabled);
    if (!s.ok()) {
        m_context.prompter().warn(this, tr("E-mail templates"), s.errorText());
        m_loading = true;
        item->setCheckState(enabled ? Qt::Unchecked : Qt::Checked);
        m_loading = false;
        return;
    }
    Q_EMIT statusMessage(enabled ? tr("%1 e-mails switched on").arg(OutboxModel::kindName(kind))
                                 : tr("%1 e-mails switched off").arg(OutboxModel::kindName(kind)));
    m_context.notifyShopChanged();
}

} // namespace bd::ui
