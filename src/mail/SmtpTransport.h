#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bd::store {
class Config;
}

namespace bd::mail {

// How one delivery attempt ended.
struct SendOutcome
{
    enum class Kind {
        Sent,
        Transient, // try again later (4xx, a dropped connection)
        Permanent, // the server refused this message for good (5xx): never retried
        Unreachable, // no connection, TLS failure or timeout: stop this run
        LoginFailed, // the server refused the user name or password: stop this run
    };
    Kind kind = Kind::Sent;
    QString message; // the server's reply or what went wrong
};

// Something that delivers a composed message; SMTP in the application, a fake in tests.
class MailTransport
{
public:
    virtual ~MailTransport() = default;
    virtual SendOutcome send(const QString& from, const QString& to, const QByteArray& message) = 0;
};

struct SmtpSettings
{
    QString host;
    int port = 587;
    QString security; // starttls | tls | none
    QString user;
    QString password;
    QString caFile;

    // From the shop's settings, the password from BACKORDERDESK_SMTP_PASSWORD.
    static core::Result<SmtpSettings> fromConfig(const store::Config& config);
    // The same with a password from elsewhere (the window's PasswordStore).
    static core::Result<SmtpSettings> fromConfig(const store::Config& config, const QString& password);
};

// SMTP over libcurl: STARTTLS (required, not opportunistic) or implicit TLS, peer and
// host name verification always on, optional login. One connection is reused for the
// messages of a run.
class SmtpTransport final : public MailTransport
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTransport)

public:
    explicit SmtpTransport(SmtpSettings settings);
    ~SmtpTransport() override;
    SmtpTransport(const SmtpTransport&) = delete;
    SmtpTransport& operator=(const SmtpTransport&) = delete;

    SendOutcome send(const QString& from, const QString& to, const QByteArray& message) override;
    // Connects, starts TLS and logs in as send() would, then says NOOP: whether the
    // settings work, without sending anything (Kind::Sent when they do).
    SendOutcome check();

private:
    // Why the mail client library failed, in the window's words for the failures a shop
    // meets (no such host, nothing answering, a certificate not trusted); the library's
    // own, English, text only for the rare rest.
    static QString reasonOf(int code, const char* libraryText);

    SmtpSettings m_settings;
    void* m_curl = nullptr;
};

} // namespace bd::mail
