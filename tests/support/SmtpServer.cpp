#include "SmtpServer.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace bd::test {

QString LocalSmtpServer::python()
{
    return QStringLiteral("/usr/bin/python3");
}

QString LocalSmtpServer::script()
{
    return QStringLiteral(BD_SMTP_SERVER_SCRIPT);
}

bool LocalSmtpServer::makeCertificate(const QString& dir, QString* certFile, QString* keyFile)
{
    *certFile = QDir(dir).filePath(QStringLiteral("cert.pem"));
    *keyFile = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), *keyFile,
                    QStringLiteral("-out"), *certFile, QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") });
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

LocalSmtpServer::~LocalSmtpServer()
{
    stop();
}

bool LocalSmtpServer::start(const QString& folder, const QStringList& extra)
{
    m_folder = folder;
    QDir().mkpath(folder);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python(), QStringList { script(), QStringLiteral("--dir"), folder } + extra);
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process.waitForReadyRead(20000))
            return false;
        line += m_process.readAllStandardOutput();
    }
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("PORT (\\d+)")).match(QString::fromLatin1(line));
    m_port = m.hasMatch() ? m.captured(1).toInt() : 0;
    return m_port > 0;
}

void LocalSmtpServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QStringList LocalSmtpServer::messages() const
{
    QStringList files = QDir(m_folder).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    std::sort(files.begin(), files.end(), [](const QString& a, const QString& b) {
        return a.section(QLatin1Char('.'), 0, 0).toInt() < b.section(QLatin1Char('.'), 0, 0).toInt();
    });
    for (QString& f : files)
        f = QDir(m_folder).filePath(f);
    return files;
}

} // namespace bd::test
