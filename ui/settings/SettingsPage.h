#pragma once

#include "common/Page.h"

#include <QHash>
#include <QStringList>

class QLabel;
class QPushButton;
class QTabWidget;

namespace bd::ui {

class EmailTemplatesEditor;

// The shop's settings: shop (name, sender, reply-to, signature, currency, locale),
// schedule (follow-up, countdown, authorization hold days), SMTP (server, security,
// login, CA file, the password through mail::PasswordStore, Test connection), the
// e-mail templates (EmailTemplatesEditor) and the program's own language. Everything is
// checked by the core: refused values are shown next to their field and nothing of
// that section is saved.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Settings"); }
    QIcon icon() const override;
    void reload() override;
    // section=shop|schedule|smtp|templates
    void applyRoute(const QUrlQuery& query) override;

    // Saves one section's fields; false (and nothing saved) when the core refused one.
    bool saveSection(const QString& section);
    // Saves the template being edited; false when the core refused it.
    bool saveTemplate();
    void selectTemplate(const QString& kind);
    // Checks the SMTP settings against the server in the background.
    void testConnection();
    bool isTesting() const { return m_testing; }

Q_SIGNALS:
    // The user asked to start the program again (in the language just chosen).
    void restartRequested();

private:
    QWidget* buildSection(const QString& section, const QStringList& keys);
    QWidget* buildSmtpExtras();
    QWidget* buildProgram();
    QString editorValue(const QString& key) const;
    void setEditorValue(const QString& key, const QString& value);
    void loadSection(const QString& section);
    void updatePasswordState();
    void setPassword();
    void forgetPassword();
    void updateEnabled();

    QTabWidget* m_tabs = nullptr;
    QHash<QString, QStringList> m_sectionKeys;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_testLabel = nullptr;
    QPushButton* m_testButton = nullptr;
    EmailTemplatesEditor* m_templates = nullptr;
    bool m_testing = false;
};

} // namespace bd::ui
