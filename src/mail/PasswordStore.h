#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace bd::mail {

// Where the SMTP password (and a shared shop's server password) comes from, and where
// it is kept when the merchant asks for that. In order: the environment variable BACKORDERDESK_SMTP_PASSWORD (unattended
// runs), the password given earlier in this session (memory only), the system
// keychain (through qtkeychain when this build has it and a secret service answers),
// and last a file the user explicitly agreed to: stored unencrypted, readable only by
// them (permissions 0600), in the application's configuration folder.
//
// It never writes the password anywhere else: not in the shop database, not in
// QSettings (qtkeychain's insecure fallback stays off).
class PasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)

public:
    enum class Source { None, Environment, Session, Keychain, File };

    struct Options
    {
        // Folder of the password file; empty: the application's configuration folder.
        QString directory;
        // Ask the system keychain (when the build has qtkeychain). Tests turn it off.
        bool useKeychain = true;
    };

    struct Found
    {
        QString password;
        Source source = Source::None;
        bool ok() const { return source != Source::None; }
    };

    // With the process's default options (see setDefaultOptions).
    PasswordStore();
    explicit PasswordStore(Options options);

    // What PasswordStore() uses from now on; tests point it at a temporary folder
    // and turn the keychain off.
    static void setDefaultOptions(const Options& options);

    static QString environmentVariable() { return QStringLiteral("BACKORDERDESK_SMTP_PASSWORD"); }
    // The name a password is kept under: user and server.
    static QString account(const QString& user, const QString& host);
    // Whether this build can use a system keychain at all.
    static bool keychainCompiledIn();

    // The password for the account, from the first place that has one.
    Found find(const QString& account) const;
    // The same without the environment variable, which holds the SMTP password only:
    // for the other passwords kept here (a shared shop's server).
    Found findKept(const QString& account) const;
    // Whether the system keychain may be asked: this build has it, the options allow
    // it, and it has not failed in this run.
    bool keychainAvailable() const;

    // Keeps it in memory until the application ends.
    void keepForSession(const QString& account, const QString& password);
    // Stores it in the system keychain; an error when there is none or it refused.
    core::Status saveToKeychain(const QString& account, const QString& password);
    // Stores it unencrypted in filePath(), readable and writable only by the user.
    // Call this only when the user chose it.
    core::Status saveToFile(const QString& account, const QString& password);
    // Removes it from the session, the keychain and the file (the file goes when it
    // holds no other account).
    core::Status forget(const QString& account);

    QString filePath() const;
    // What a source means, for the window ("in the system keychain").
    static QString describe(Source source);

private:
    QString keychainRead(const QString& account, bool* ok) const;
    QString fileRead(const QString& account) const;

    Options m_options;
};

} // namespace bd::mail
