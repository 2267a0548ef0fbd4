#include "MimeMessage.h"

#include "core/Text.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace bd::mail::mime {

namespace {

const QByteArray crlf = QByteArrayLiteral("\r\n");

// Header values never carry a line break or any other control character of their own
// (core::Text's policy): no value can start a header of its own (header injection),
// whatever the shop holds.
QString oneLine(const QString& text)
{
    return core::Text::headerLine(text);
}

// Plain text folded before spaces so its lines stay within 78 characters where the
// words allow (RFC 5322 2.2.3); a reader unfolds it to the same text. Empty when a line
// would still be too long for SMTP (a word of over 900 characters, or a run of spaces
// that long, which folding cannot break: unstructured text folds once between two
// words): such a text goes as encoded words.
QByteArray foldedPlain(const QString& text)
{
    constexpr qsizetype Line = 76;
    constexpr qsizetype LongestLine = 900;
    QByteArray out;
    qsizetype lineStart = 0;
    const QList<QByteArray> words = text.toLatin1().split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray& word = words.at(i);
        if (i > 0) {
            if (!word.isEmpty() && out.size() - lineStart + 1 + word.size() > Line && out.size() > lineStart) {
                out += crlf;
                lineStart = out.size();
            }
            out += ' ';
        }
        out += word;
        if (out.size() - lineStart > LongestLine)
            return {};
    }
    return out;
}

bool isPlainAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return !text.contains(QLatin1String("=?"));
}

// Base64 in lines of 76 characters.
QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + crlf;
    return out;
}

// Plain text with CRLF line ends.
QByteArray crlfUtf8(const QString& text)
{
    // Every line end (CRLF, LF, or a CR on its own) becomes CRLF, as RFC 5322 wants.
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    t.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return t.toUtf8();
}

QByteArray rfc5322Date(const QDateTime& at)
{
    const QDateTime utc = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
}

} // namespace

namespace {

// Encoded words of at most 39 bytes of UTF-8 (52 characters of base64, 64 with the
// markers), so a header line stays within 78 characters; never splitting a character.
QByteArray encodedWords(const QString& value)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const QList<uint> codePoints = value.toUcs4();
    for (const uint cp : codePoints) {
        const QByteArray bytes = QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1).toUtf8();
        if (chunk.size() + bytes.size() > 39) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray& w : std::as_const(words)) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

} // namespace

QByteArray encodeHeaderText(const QString& text)
{
    const QString value = oneLine(text);
    if (isPlainAscii(value)) {
        if (const QByteArray folded = foldedPlain(value); !folded.isEmpty() || value.isEmpty())
            return folded;
    }
    return encodedWords(value);
}

QByteArray encodeAddress(const MimeAddress& address)
{
    const QByteArray addr
        = oneLine(address.address).remove(QLatin1Char('<')).remove(QLatin1Char('>')).toLatin1();
    const QString name = oneLine(address.name);
    if (name.isEmpty())
        return addr;
    static const QRegularExpression atoms(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$"));
    // A display name goes on the line of its address; a long one as encoded words,
    // which fold.
    constexpr qsizetype LongestPlainName = 200;
    QByteArray display;
    if (!isPlainAscii(name) || name.size() > LongestPlainName) {
        display = encodedWords(name);
    } else if (atoms.match(name).hasMatch()) {
        display = name.toLatin1();
    } else {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        display = '"' + quoted.toLatin1() + '"';
    }
    return display + " <" + addr + '>';
}

QString decodeHeaderText(const QByteArray& value)
{
    // Unfold, then drop the white space between two encoded words.
    QString text = QString::fromLatin1(value);
    text.replace(QRegularExpression(QStringLiteral("\r?\n[ \t]")), QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral("\\?=\\s+=\\?")), QStringLiteral("?==?"));
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    QString out;
    qsizetype at = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(at, m.capturedStart(0) - at);
        QByteArray bytes;
        const QByteArray payload = m.captured(3).toLatin1();
        if (m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(payload);
        } else {
            for (qsizetype i = 0; i < payload.size(); ++i) {
                if (payload[i] == '_')
                    bytes += ' ';
                else if (payload[i] == '=' && i + 2 < payload.size()) {
                    bytes += char(QByteArray(payload.mid(i + 1, 2)).toInt(nullptr, 16));
                    i += 2;
                } else
                    bytes += payload[i];
            }
        }
        out += QString::fromUtf8(bytes);
        at = m.capturedEnd(0);
    }
    out += QStringView(text).mid(at);
    return out;
}

QByteArray compose(const MimeMessage& m)
{
    const QByteArray boundary = "=_bd_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QByteArray out;
    out += "Date: " + rfc5322Date(m.date) + crlf;
    out += "Message-ID: " + oneLine(m.messageId).toLatin1() + crlf;
    out += "From: " + encodeAddress(m.from) + crlf;
    out += "To: " + encodeAddress(m.to) + crlf;
    if (!m.replyTo.isEmpty())
        out += "Reply-To: " + encodeAddress(MimeAddress { m.replyTo, {} }) + crlf;
    out += "Subject: " + encodeHeaderText(m.subject) + crlf;
    out += "MIME-Version: 1.0" + crlf;
    out += "Content-Type: multipart/alternative;" + crlf + " boundary=\"" + boundary + '"' + crlf;
    out += "Auto-Submitted: auto-generated" + crlf;
    out += crlf;
    out += "This is a message in MIME format: a plain-text and an HTML version." + crlf;
    out += crlf + "--" + boundary + crlf;
    out += "Content-Type: text/plain; charset=UTF-8" + crlf;
    out += "Content-Transfer-Encoding: base64" + crlf + crlf;
    out += base64Lines(crlfUtf8(m.bodyText));
    out += crlf + "--" + boundary + crlf;
    out += "Content-Type: text/html; charset=UTF-8" + crlf;
    out += "Content-Transfer-Encoding: base64" + crlf + crlf;
    const QString html
        = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n") + m.bodyHtml
        + QStringLiteral("\n</body></html>\n");
    out += base64Lines(crlfUtf8(html));
    out += crlf + "--" + boundary + "--" + crlf;
    return out;
}

} // namespace bd::mail::mime
