#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace bd::mail {

struct MimeAddress
{
    QString address;
    QString name; // display name, may be empty
};

// What goes into one RFC 5322 message.
struct MimeMessage
{
    MimeAddress from;
    MimeAddress to;
    QString replyTo; // empty: none
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QDateTime date;
    QString messageId; // with the angle brackets
};

namespace mime {

// The message as bytes with CRLF line ends: Date, Message-ID, From, To, Reply-To,
// an RFC 2047 encoded subject and display names when they need it, and a UTF-8
// multipart/alternative body (plain text, then HTML), base64 encoded.
QByteArray compose(const MimeMessage& message);

// RFC 2047 "B" encoded words for a header value with non-ASCII text, folded so no
// encoded word is longer than 75 characters; the value itself when it is plain ASCII.
QByteArray encodeHeaderText(const QString& text);
// `"Name" <address>` with the name encoded or quoted as needed.
QByteArray encodeAddress(const MimeAddress& address);
// Decodes RFC 2047 encoded words (B and Q) in a header value; for tests and viewers.
QString decodeHeaderText(const QByteArray& value);

} // namespace mime

} // namespace bd::mail
