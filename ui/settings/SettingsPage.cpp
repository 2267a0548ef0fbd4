#include "SettingsPage.h"

#include "common/ErrorLabel.h"
#include "AppContext.h"
#include "common/Prompter.h"
#include "common/TaskRunner.h"
#include "i18n/Language.h"
#include "mail/PasswordStore.h"
#include "mail/SmtpTransport.h"
#include "services/MailService.h"
#include "services/Shop.h"
#include "settings/EmailTemplatesEditor.h"
#include "settings/ShopChoices.h"
#include "settings/SmtpPassword.h"
#include "store/Config.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace bd::ui {

namespace {

const QString Shop = QStringLiteral("shop");
const QString Schedule = QStringLiteral("schedule");
const QString Smtp = QStringLiteral("smtp");
const QString TemplatesSection = QStringLiteral("templates");
const QStringList Sections = { Shop, Schedule, Smtp, TemplatesSection };


QString fieldLabel(const QString& key)
{
    using namespace store::settings;
    if (key == ShopName)
        return SettingsPage::tr("Shop name:");
    if (key == ShopSender)
        return SettingsPage::tr("Sender address:");
    if (key == ShopReplyTo)
        return SettingsPage::tr("Reply-to address:");
    if (key == ShopSignature)
        return SettingsPage::tr("Signature:");
    if (key == ShopCurrency)
        return SettingsPage::tr("Currency:");
    if (key == ShopLocale)
        return SettingsPage::tr("Locale:");
    if (key == FollowUpDays)
        return SettingsPage::tr("Follow-up every (days):");
    if (key == CountdownDays)
        return SettingsPage::tr("Countdown before the date (days):");
    if (key == AuthHoldDays)
        return SettingsPage::tr("Card authorization holds (days):");
    if (key == SmtpHost)
        return SettingsPage::tr("Server:");
    if (key == SmtpPort)
        return SettingsPage::tr("Port:");
    if (key == SmtpSecurity)
        return SettingsPage::tr("Security:");
    if (key == SmtpUser)
        return SettingsPage::tr("User name:");
    if (key == SmtpCaFile)
        return SettingsPage::tr("Extra CA certificate file:");
    return key + QLatin1Char(':');
}

// How a setting's choice reads (the stored value is the code).
QString choiceName(const QString& choice)
{
    if (choice == QLatin1String("on"))
        return SettingsPage::tr("On");
    if (choice == QLatin1String("off"))
        return SettingsPage::tr("Off");
    if (choice == QLatin1String("none"))
        return SettingsPage::tr("None (not encrypted)");
    if (choice == QLatin1String("starttls"))
        return SettingsPage::tr("STARTTLS (usually port 587)");
    if (choice == QLatin1String("tls"))
        return SettingsPage::tr("TLS from the start (usually port 465)");
    return choice;
}

} // namespace

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    using namespace store::settings;
    m_sectionKeys.insert(Shop, { ShopName, ShopSender, ShopReplyTo, ShopSignature, ShopCurrency, ShopLocale });
    m_sectionKeys.insert(Schedule, { FollowUpDays, CountdownDays, RelatedItems, GoodwillCouponDays,
                                     GoodwillCouponPercent, AuthHoldDays });
    m_sectionKeys.insert(Smtp, { SmtpHost, SmtpPort, SmtpSecurity, SmtpUser, SmtpCaFile });

    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_tabs->addTab(buildSection(Shop, m_sectionKeys.value(Shop)), tr("Shop"));
    m_tabs->addTab(buildSection(Schedule, m_sectionKeys.value(Schedule)), tr("Schedule"));
    m_tabs->addTab(buildSection(Smtp, m_sectionKeys.value(Smtp)), tr("Mail server (SMTP)"));
    m_templates = new EmailTemplatesEditor(m_context, this);
    connect(m_templates, &EmailTemplatesEditor::statusMessage, this, &Page::statusMessage);
    m_tabs->addTab(m_templates, tr("E-mail templates"));
    m_tabs->addTab(buildProgram(), tr("Program"));
    layout->addWidget(m_tabs);
    updateEnabled();
}

QIcon SettingsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

// Settings of this program on this computer (not of the shop): its language.
QWidget* SettingsPage::buildProgram()
{
    auto* widget = new QWidget(this);
    auto* form = new QFormLayout(widget);
    auto* language = new QComboBox(widget);
    language->setObjectName(QStringLiteral("languageComboBox"));
    language->addItem(tr("The system's language"), QString());
    for (const QString& code : i18n::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        language->addItem(name.isEmpty() ? code : name, code);
    }
    language->setCurrentIndex(std::max(0, language->findData(i18n::configuredLanguage())));
    form->addRow(tr("Language:"), language);
    auto* note = new QLabel(tr("The window and the command line use the new language when they start again."), widget);
    note->setObjectName(QStringLiteral("languageNoteLabel"));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    // Texts built once (menus, column headers) cannot all follow a new language while
    // the window runs: offer to start again instead, with the shop as it is.
    auto* restart = new QPushButton(tr("&Restart now"), widget);
    restart->setObjectName(QStringLiteral("restartButton"));
    restart->setToolTip(tr("Close Backorder Desk and open it again in the chosen language"));
    restart->hide();
    form->addRow(QString(), restart);
    const QString running = i18n::configuredLanguage();
    connect(language, &QComboBox::currentIndexChanged, this, [language, restart, running] {
        QSettings().setValue(i18n::LanguageKey, language->currentData().toString());
        restart->setVisible(language->currentData().toString() != running);
    });
    connect(restart, &QPushButton::clicked, this, &SettingsPage::restartRequested);
    return widget;
}

QWidget* SettingsPage::buildSection(const QString& section, const QStringList& keys)
{
    auto* page = new QWidget(this);
    page->setObjectName(QString(section + QStringLiteral("Section")));
    auto* outer = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString& key : keys) {
        const store::SettingSpec* spec = store::Config::spec(key);
        QWidget* editor = nullptr;
        if (spec && spec->type == store::SettingSpec::Type::Choice) {
            auto* combo = new QComboBox(page);
            for (const QString& choice : spec->choices)
                combo->addItem(choiceName(choice), choice);
            editor = combo;
        } else if (key == store::settings::ShopCurrency || key == store::settings::ShopLocale) {
            auto* combo = new QComboBox(page);
            if (key == store::settings::ShopCurrency)
                ShopChoices::fillCurrencies(combo);
            else
                ShopChoices::fillLocales(combo);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            editor = combo;
        } else if (key == store::settings::ShopSignature) {
            auto* edit = new QPlainTextEdit(page);
            edit->setMaximumHeight(90);
            editor = edit;
        } else {
            editor = new QLineEdit(page);
        }
        editor->setObjectName(key);
        if (spec) {
            editor->setToolTip(spec->description);
            if (auto* line = qobject_cast<QLineEdit*>(editor))
                line->setPlaceholderText(spec->defaultValue);
            // A number box as wide as its numbers, not as the window.
            if (spec->type == store::SettingSpec::Type::Integer)
                editor->setMaximumWidth(editor->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 24);
        }
        auto* field = new QWidget(page);
        auto* fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(2);
        if (key == store::settings::SmtpCaFile) {
            auto* row = new QHBoxLayout;
            row->addWidget(editor, 1);
            auto* browse = new QPushButton(tr("&Browse…"), page);
            browse->setObjectName(QStringLiteral("caFileBrowseButton"));
            connect(browse, &QPushButton::clicked, this, [this, editor] {
                const QString file = m_context.prompter().openFileName(
                    this, tr("Extra CA certificate"), QString(), tr("Certificates (*.pem *.crt);;All files (*)"));
                if (!file.isEmpty())
                    static_cast<QLineEdit*>(editor)->setText(file);
            });
            row->addWidget(browse);
            fieldLayout->addLayout(row);
        } else {
            fieldLayout->addWidget(editor);
        }
        QLabel* error = makeErrorLabel(field);
        error->setObjectName(QString(key + QStringLiteral(".error")));
        fieldLayout->addWidget(error);
        form->addRow(fieldLabel(key), field);
        m_editors.insert(key, editor);
        m_errors.insert(key, error);
    }
    outer->addLayout(form);
    if (section == Smtp)
        outer->addWidget(buildSmtpExtras());
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto* revert = new QPushButton(tr("&Revert"), page);
    revert->setObjectName(QString(section + QStringLiteral("RevertButton")));
    auto* save = new QPushButton(tr("&Save"), page);
    save->setObjectName(QString(section + QStringLiteral("SaveButton")));
    save->setDefault(true);
    buttons->addWidget(revert);
    buttons->addWidget(save);
    outer->addLayout(buttons);
    outer->addStretch(1);
    connect(save, &QPushButton::clicked, this, [this, section] { saveSection(section); });
    connect(revert, &QPushButton::clicked, this, [this, section] { loadSection(section); });
    return page;
}

QWidget* SettingsPage::buildSmtpExtras()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto* passwordRow = new QHBoxLayout;
    m_passwordLabel = new QLabel(box);
    m_passwordLabel->setObjectName(QStringLiteral("passwordStateLabel"));
    m_passwordLabel->setWordWrap(true);
    auto* set = new QPushButton(tr("Set &password…"), box);
    set->setObjectName(QStringLiteral("setPasswordButton"));
    auto* forget = new QPushButton(tr("&Forget password"), box);
    forget->setObjectName(QStringLiteral("forgetPasswordButton"));
    passwordRow->addWidget(m_passwordLabel, 1);
    passwordRow->addWidget(set);
    passwordRow->addWidget(forget);
    form->addRow(tr("Password:"), passwordRow);
    auto* note = new QLabel(tr("The password is never stored in the shop database. It comes from the system keychain "
                               "when there is one, from the environment variable %1 for unattended runs, or is asked "
                               "for and kept until you quit — unless you choose to keep it in a file only you can "
                               "read.")
                                .arg(mail::PasswordStore::environmentVariable()),
                            box);
    note->setWordWrap(true);
    form->addRow(note);
    auto* testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), box);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testLabel = new QLabel(box);
    m_testLabel->setObjectName(QStringLiteral("testResultLabel"));
    m_testLabel->setWordWrap(true);
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testLabel, 1);
    form->addRow(testRow);
    connect(set, &QPushButton::clicked, this, &SettingsPage::setPassword);
    connect(forget, &QPushButton::clicked, this, &SettingsPage::forgetPassword);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsPage::testConnection);
    return box;
}

void SettingsPage::updateEnabled()
{
    const bool open = m_context.shop() != nullptr;
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setEnabled(open);
}

void SettingsPage::reload()
{
    updateEnabled();
    for (const QString& section : { Shop, Schedule, Smtp })
        loadSection(section);
    m_templates->reload();
}

void SettingsPage::applyRoute(const QUrlQuery& query)
{
    const int index = Sections.indexOf(query.queryItemValue(QStringLiteral("section")));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

QString SettingsPage::editorValue(const QString& key) const
{
    QWidget* editor = m_editors.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text().trimmed();
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        return text->toPlainText();
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData().toString();
    return {};
}

void SettingsPage::setEditorValue(const QString& key, const QString& value)
{
    QWidget* editor = m_editors.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        text->setPlainText(value);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        ShopChoices::choose(combo, value);
}

void SettingsPage::loadSection(const QString& section)
{
    services::Shop* shop = m_context.shop();
    for (const QString& key : m_sectionKeys.value(section)) {
        setEditorValue(key, shop ? shop->config().text(key) : QString());
        m_errors.value(key)->hide();
    }
    if (section == Smtp)
        updatePasswordState();
}

bool SettingsPage::saveSection(const QString& section)
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return false;
    const QStringList keys = m_sectionKeys.value(section);
    QHash<QString, QString> values;
    bool valid = true;
    for (const QString& key : keys) {
        values.insert(key, editorValue(key));
        const core::Status s = store::Config::validate(key, values.value(key));
        QLabel* error = m_errors.value(key);
        if (s.ok()) {
            error->hide();
        } else {
            QStringList messages;
            for (const core::Error& e : s.errors())
                messages << e.message;
            error->setText(messages.join(QLatin1Char('\n')));
            error->show();
            valid = false;
        }
    }
    if (!valid) {
        Q_EMIT statusMessage(tr("Not saved: correct the marked fields"));
        return false;
    }
    QList<std::pair<QString, QString>> changed;
    for (const QString& key : keys)
        changed.append({key, values.value(key)});
    // The shop's language decides the templates' too (see MailService::saveSettings).
    const core::Status saved = services::MailService(*shop).saveSettings(changed);
    if (!saved.ok()) {
        m_context.prompter().warn(this, tr("Settings"), tr("The settings were not saved: %1").arg(saved.errorText()));
        return false;
    }
    if (section == Smtp)
        updatePasswordState();
    Q_EMIT statusMessage(tr("Settings saved"));
    m_context.notifyShopChanged();
    return true;
}

void SettingsPage::updatePasswordState()
{
    services::Shop* shop = m_context.shop();
    const QString user = shop ? shop->config().text(store::settings::SmtpUser) : QString();
    const QString host = shop ? shop->config().text(store::settings::SmtpHost) : QString();
    if (!shop) {
        m_passwordLabel->clear();
        return;
    }
    if (user.isEmpty()) {
        m_passwordLabel->setText(tr("No login: the server is used without a user name."));
        return;
    }
    const mail::PasswordStore store;
    const mail::PasswordStore::Found found = store.find(mail::PasswordStore::account(user, host));
    QString text = found.ok() ? tr("Set, %1.").arg(mail::PasswordStore::describe(found.source))
                              : tr("Not set: it will be asked for when mail is sent.");
    if (found.source == mail::PasswordStore::Source::File)
        text += QLatin1Char(' ') + tr("File: %1").arg(store.filePath());
    m_passwordLabel->setText(text);
}

void SettingsPage::setPassword()
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return;
    const QString user = shop->config().text(store::settings::SmtpUser);
    const QString host = shop->config().text(store::settings::SmtpHost);
    if (user.isEmpty()) {
        m_context.prompter().inform(this, tr("SMTP password"),
                                    tr("Enter and save a user name first; without one no password is used."));
        return;
    }
    if (SmtpPassword::ask(m_context, this, user, host))
        Q_EMIT statusMessage(tr("SMTP password set"));
    updatePasswordState();
}

void SettingsPage::forgetPassword()
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return;
    const QString user = shop->config().text(store::settings::SmtpUser);
    const QString host = shop->config().text(store::settings::SmtpHost);
    if (core::Status s = mail::PasswordStore().forget(mail::PasswordStore::account(user, host)); !s.ok())
        m_context.prompter().warn(this, tr("SMTP password"), s.errorText());
    else
        Q_EMIT statusMessage(tr("SMTP password forgotten"));
    updatePasswordState();
}

void SettingsPage::testConnection()
{
    if (!m_context.shop() || m_testing)
        return;
    if (!saveSection(Smtp))
        return;
    bool cancelled = false;
    const core::Result<mail::SmtpSettings> settings = SmtpPassword::settingsForSending(m_context, this, &cancelled);
    updatePasswordState();
    if (!settings) {
        m_testLabel->setText(cancelled ? QString() : settings.errorText());
        return;
    }
    m_testing = true;
    m_testButton->setEnabled(false);
    m_testLabel->setText(tr("Connecting to %1…").arg(settings->host));
    auto outcome = std::make_shared<mail::SendOutcome>();
    const mail::SmtpSettings smtp = settings.value();
    TaskRunner* task = TaskRunner::start(
        m_context, tr("Testing the mail server"),
        [smtp, outcome](TaskEnv&) -> core::Status {
            mail::SmtpTransport transport(smtp);
            *outcome = transport.check();
            return {};
        },
        this, TaskRunner::Effect::ReadsOnly);
    connect(task, &TaskRunner::finished, this, [this, outcome, smtp](const core::Status& status) {
        m_testing = false;
        m_testButton->setEnabled(true);
        if (!status.ok())
            m_testLabel->setText(status.errorText());
        else if (outcome->kind == mail::SendOutcome::Kind::Sent)
            m_testLabel->setText(tr("The connection to %1 works.").arg(smtp.host));
        else
            m_testLabel->setText(outcome->message);
    });
}

bool SettingsPage::saveTemplate()
{
    return m_templates->saveTemplate();
}

void SettingsPage::selectTemplate(const QString& kind)
{
    m_templates->selectTemplate(kind);
}

} // namespace bd::ui
