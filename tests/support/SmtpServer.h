#pragma once

// A real SMTP server for tests and benchmarks: Debian's aiosmtpd (smtp_server.py beside
// this file, run with /usr/bin/python3) on a free port of 127.0.0.1, with STARTTLS and a
// login when asked, recording every message it accepts to a folder.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace bd::test {

class LocalSmtpServer
{
public:
    static QString python();
    static QString script();

    // A self-signed certificate for 127.0.0.1 in `dir`; false when openssl failed.
    static bool makeCertificate(const QString& dir, QString* certFile, QString* keyFile);

    LocalSmtpServer() = default;
    ~LocalSmtpServer();
    LocalSmtpServer(const LocalSmtpServer&) = delete;
    LocalSmtpServer& operator=(const LocalSmtpServer&) = delete;

    // extra: --cert, --key, --user, --password, --reject ADDRESS, --defer ADDRESS, …
    bool start(const QString& folder, const QStringList& extra);
    void stop();

    int port() const { return m_port; }

    // The files of the messages received, in the order they came.
    QStringList messages() const;

private:
    QProcess m_process;
    QString m_folder;
    int m_port = 0;
};

} // namespace bd::test
