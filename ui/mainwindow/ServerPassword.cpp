#include "ServerPassword.h"

#include "mail/PasswordStore.h"
#include "mainwindow/ConnectServerDialog.h"
#include "mainwindow/ShopCheck.h"
#include "settings/SmtpPassword.h"
#include "store/Database.h"

#include <QUrl>

namespace bd::ui {

bool ServerPassword::refused(const QString& message)
{
    return message.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

QString ServerPassword::account(const QString& location)
{
    const QUrl url(location);
    QUrl name;
    name.setScheme(QStringLiteral("postgresql"));
    name.setUserName(url.userName());
    name.setHost(url.host());
    name.setPort(url.port(5432));
    name.setPath(url.path());
    return name.toString();
}

void ServerPassword::recall(const QString& location)
{
    if (!store::Database::serverPassword(location).isEmpty())
        return;
    const mail::PasswordStore::Found found = mail::PasswordStore().findKept(account(location));
    if (found.ok())
        store::Database::setServerPassword(location, found.password);
}

bool ServerPassword::remembered(const QString& location)
{
    return mail::PasswordStore().findKept(account(location)).ok();
}

core::Status ServerPassword::keep(const QString& location, const QString& password, bool remember)
{
    mail::PasswordStore store;
    const QString name = account(location);
    if (!remember)
        return store.forget(name);
    return store.keychainAvailable() ? store.saveToKeychain(name, password) : store.saveToFile(name, password);
}

QString ServerPassword::rememberText()
{
    return mail::PasswordStore().keychainAvailable() ? tr("Remember the password in the system keychain")
                                                     : SmtpPassword::rememberText();
}

core::Status ServerPassword::reach(QWidget* parent, QString* location, bool* cancelled)
{
    *cancelled = false;
    const QString where = *location;
    recall(where);
    core::Status reached;
    if (const core::Result<QString> opened = ShopCheck::openBusy(
            parent, where, tr("Connecting to %1…").arg(store::Database::serverAddressWithoutPassword(where)));
        !opened)
        reached = opened.errors();
    if (reached.ok() || !refused(reached.errorText()))
        return reached;
    // A server that wants a password this process does not have yet: ask for it. The
    // dialog reaches the shop itself before it closes.
    ConnectServerDialog dialog(where, parent);
    if (dialog.exec() != QDialog::Accepted) {
        *cancelled = true;
        return reached;
    }
    *location = dialog.location();
    return {};
}

} // namespace bd::ui
