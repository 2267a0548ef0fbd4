#include "SmtpTransport.h"

#include "store/Config.h"

#include <curl/curl.h>

#include <QtGlobal>

#include <cstring>
#include <mutex>

namespace bd::mail {

namespace {

struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = std::min<qsizetype>(left, qsizetype(size * count));
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// The last refusal (4xx or 5xx reply) of the server, for messages that name its
// reason; libcurl's own error text only has the code.
int recordReply(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    if (type == CURLINFO_HEADER_IN) {
        const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
        if (line.startsWith(QLatin1Char('4')) || line.startsWith(QLatin1Char('5')))
            *static_cast<QString*>(user) = line;
    }
    return 0;
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// The session both sending and checking open: the server, the encryption the settings
// ask for with the server's certificate verified, and the login. libcurl copies the
// strings; `errorBuffer` must live until the transfer is done.
void setUpSession(CURL* curl, const SmtpSettings& settings, long timeoutSeconds, char* errorBuffer)
{
    const bool implicitTls = settings.security == QLatin1String("tls");
    const QByteArray url = (implicitTls ? QByteArrayLiteral("smtps://") : QByteArrayLiteral("smtp://"))
        + settings.host.toUtf8() + ':' + QByteArray::number(settings.port);
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray caFile = settings.caFile.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 20L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     settings.security == QLatin1String("none") ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
}

} // namespace

core::Result<SmtpSettings> SmtpSettings::fromConfig(const store::Config& config)
{
    return fromConfig(config, qEnvironmentVariable("BACKORDERDESK_SMTP_PASSWORD"));
}

core::Result<SmtpSettings> SmtpSettings::fromConfig(const store::Config& config, const QString& password)
{
    SmtpSettings s;
    s.host = config.text(store::settings::SmtpHost);
    s.port = config.integer(store::settings::SmtpPort);
    s.security = config.text(store::settings::SmtpSecurity);
    s.user = config.text(store::settings::SmtpUser);
    s.caFile = config.text(store::settings::SmtpCaFile);
    s.password = password;
    if (s.host.isEmpty())
        return core::Error { SmtpTransport::tr("no SMTP server is set"), {}, 0, store::settings::SmtpHost };
    // A login over a plain connection would send the password in clear text.
    if (!s.user.isEmpty() && s.security == QLatin1String("none"))
        return core::Error { SmtpTransport::tr("a login needs an encrypted connection: set smtp.security to starttls "
                                               "or tls, or clear smtp.user"),
                             {},
                             0,
                             store::settings::SmtpSecurity };
    if (!s.user.isEmpty() && s.password.isEmpty())
        return core::Error {
            SmtpTransport::tr("no password for SMTP user %1: set BACKORDERDESK_SMTP_PASSWORD").arg(s.user),
            {},
            0,
            store::settings::SmtpUser
        };
    return s;
}

SmtpTransport::SmtpTransport(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    globalInit();
    m_curl = curl_easy_init();
}

SmtpTransport::~SmtpTransport()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
}

SendOutcome SmtpTransport::send(const QString& from, const QString& to, const QByteArray& message)
{
    using Kind = SendOutcome::Kind;
    CURL* curl = static_cast<CURL*>(m_curl);
    if (!curl)
        return { Kind::Unreachable, tr("cannot start the mail client library") };
    const QByteArray mailFrom = '<' + from.toUtf8() + '>';
    const QByteArray rcptTo = '<' + to.toUtf8() + '>';
    struct curl_slist* recipients = curl_slist_append(nullptr, rcptTo.constData());
    Upload upload { &message, 0 };
    char errorBuffer[CURL_ERROR_SIZE] = { 0 };
    QString lastReply;

    setUpSession(curl, m_settings, 120L, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, recordReply);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &lastReply);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    // The buffers above die with this call.
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, nullptr);

    if (code == CURLE_OK)
        return { Kind::Sent, {} };
    const QString what = reasonOf(code, errorBuffer);
    const QString detail
        = lastReply.isEmpty() || reply == 0 ? what : QStringLiteral("%1 (%2)").arg(lastReply, what);
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return {
            Kind::LoginFailed,
            tr("the SMTP server %1 refused the user name or password: %2").arg(m_settings.host, detail)
        };
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CERTPROBLEM:
        return {
            Kind::Unreachable,
            tr("cannot reach the SMTP server %1:%2: %3").arg(m_settings.host).arg(m_settings.port).arg(detail)
        };
    default:
        break;
    }
    // A refused sender, recipient or message is this message's fault: final. Refused
    // greetings, STARTTLS or login are the server's or the settings': nothing can go.
    if (reply >= 500 && reply < 600 && (code == CURLE_SEND_ERROR || code == CURLE_WEIRD_SERVER_REPLY))
        return { Kind::Permanent, detail };
    if (reply >= 500 && reply < 600)
        return { Kind::Unreachable,
                 tr("the SMTP server %1 refused the session: %2").arg(m_settings.host, detail) };
    if (reply == 0)
        return { Kind::Unreachable,
                 tr("the connection to the SMTP server %1 broke: %2").arg(m_settings.host, detail) };
    return { Kind::Transient, detail };
}

QString SmtpTransport::reasonOf(int code, const char* libraryText)
{
    switch (CURLcode(code)) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return tr("no computer of that name is known");
    case CURLE_COULDNT_CONNECT:
        return tr("nothing answers on that port");
    case CURLE_OPERATION_TIMEDOUT:
        return tr("no answer in time");
    case CURLE_PEER_FAILED_VERIFICATION:
        return tr("its certificate is not trusted for that name (check the host name and the CA file)");
    case CURLE_SSL_CACERT_BADFILE:
        return tr("the CA file cannot be read");
    case CURLE_SSL_CONNECT_ERROR:
        return tr("the encrypted connection (TLS) could not be set up");
    case CURLE_USE_SSL_FAILED:
        return tr("the server does not offer an encrypted connection (STARTTLS)");
    case CURLE_LOGIN_DENIED:
        return tr("login refused");
    default:
        break;
    }
    return QString::fromUtf8(libraryText && libraryText[0] ? libraryText : curl_easy_strerror(CURLcode(code)));
}

SendOutcome SmtpTransport::check()
{
    using Kind = SendOutcome::Kind;
    CURL* curl = static_cast<CURL*>(m_curl);
    if (!curl)
        return { Kind::Unreachable, tr("cannot start the mail client library") };
    char errorBuffer[CURL_ERROR_SIZE] = { 0 };
    QString lastReply;

    setUpSession(curl, m_settings, 60L, errorBuffer);
    // No recipient and no upload: libcurl runs the custom command after the login.
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "NOOP");
    curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, recordReply);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &lastReply);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, nullptr);
    curl_easy_setopt(curl, CURLOPT_NOBODY, 0L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, nullptr);

    if (code == CURLE_OK)
        return { Kind::Sent, {} };
    const QString what = reasonOf(code, errorBuffer);
    const QString detail = lastReply.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(lastReply, what);
    if (code == CURLE_LOGIN_DENIED)
        return { Kind::LoginFailed,
                 tr("the SMTP server %1 refused the user name or password: %2").arg(m_settings.host, detail) };
    return { Kind::Unreachable,
             tr("cannot reach the SMTP server %1:%2: %3").arg(m_settings.host).arg(m_settings.port).arg(detail) };
}

} // namespace bd::mail
