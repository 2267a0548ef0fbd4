#include "SmtpPassword.h"

#include "AppContext.h"
#include "common/Prompter.h"
#include "mail/PasswordStore.h"
#include "services/Shop.h"
#include "store/Config.h"

#include <QDir>

namespace bd::ui {

QString SmtpPassword::rememberText()
{
    return tr("Remember in a file readable only by me (stored unencrypted in %1, permissions 0600)")
        .arg(QDir::toNativeSeparators(mail::PasswordStore().filePath()));
}

bool SmtpPassword::ask(AppContext& context, QWidget* parent, const QString& user, const QString& host)
{
    QString password;
    bool remember = false;
    if (!context.prompter().askPassword(parent, tr("SMTP password"),
                                        tr("Password of %1 on the mail server %2:").arg(user, host), &password,
                                        rememberText(), &remember))
        return false;
    mail::PasswordStore store;
    const QString account = mail::PasswordStore::account(user, host);
    if (remember) {
        if (core::Status s = store.saveToFile(account, password); !s.ok()) {
            context.prompter().warn(parent, tr("SMTP password"),
                                    tr("The password could not be stored: %1\nIt is kept for this session only.")
                                        .arg(s.errorText()));
            store.keepForSession(account, password);
        }
        return true;
    }
    // The system keychain is the safe place; without one it lives in memory only.
    if (!mail::PasswordStore::keychainCompiledIn() || !store.saveToKeychain(account, password).ok())
        store.keepForSession(account, password);
    return true;
}

core::Result<mail::SmtpSettings> SmtpPassword::settingsForSending(AppContext& context, QWidget* parent,
                                                                  bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    services::Shop* shop = context.shop();
    if (!shop)
        return core::fail(tr("no shop is open"));
    const store::Config& config = shop->config();
    const QString user = config.text(store::settings::SmtpUser);
    const QString host = config.text(store::settings::SmtpHost);
    QString password;
    if (!user.isEmpty() && !host.isEmpty()) {
        const QString account = mail::PasswordStore::account(user, host);
        mail::PasswordStore::Found found = mail::PasswordStore().find(account);
        if (!found.ok()) {
            if (!ask(context, parent, user, host)) {
                if (cancelled)
                    *cancelled = true;
                return core::fail(tr("no password was given for %1").arg(user));
            }
            found = mail::PasswordStore().find(account);
        }
        password = found.password;
    }
    return mail::SmtpSettings::fromConfig(config, password);
}

} // namespace bd::ui
