// libFuzzer target over the MIME message builder: whatever the names, addresses,
// subject, message id and bodies hold (CR, LF, NUL, other controls, encoded-word
// look-alikes, long lines, any Unicode), the message has exactly the headers the
// builder writes, in its order, no bare CR or LF, no control byte in a header, no line
// over 998 octets, a subject that decodes to what was asked (on one line), and bodies
// that decode to what was given.
//
// Input: the fields one after another, each ended by a backslash and another character
// ("\\" is a backslash) as FuzzedDataProvider::ConsumeRandomLengthString reads them:
// from name, from address, to name, to address, reply-to, subject, message id, text
// body, HTML body.
#include "FuzzShop.h"
#include "mail/MimeMessage.h"

#include <QList>
#include <QRegularExpression>

#include <cstdint>

using namespace bd;
using fuzz::check;

namespace {

QString field(FuzzedDataProvider& in)
{
    return fuzz::nextText(in, 2000);
}

// What a header value says of a text: on one line, every control character a space.
QString asHeaderText(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return out;
}

// Every line end (CRLF, LF or a CR on its own) as LF: the builder makes each one CRLF.
QByteArray withoutCr(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n").replace('\r', '\n');
}

} // namespace

BD_FUZZ_APPLICATION_ONLY()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    mail::MimeMessage m;
    m.from.name = field(in);
    m.from.address = field(in);
    m.to.name = field(in);
    m.to.address = field(in);
    m.replyTo = field(in);
    m.subject = field(in);
    m.messageId = field(in);
    m.bodyText = field(in);
    m.bodyHtml = field(in);
    m.date = QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC);
    const QByteArray message = mail::mime::compose(m);

    // Line ends are CRLF and nothing else; no line is longer than SMTP carries.
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message[i] == '\n')
            check(i > 0 && message[i - 1] == '\r', "no bare LF in a message");
        if (message[i] == '\r')
            check(i + 1 < message.size() && message[i + 1] == '\n', "no bare CR in a message");
    }
    // An address or message id longer than an address can be (RFC 5321: 254) cannot be
    // folded; the shop refuses such addresses where they enter.
    if (m.from.address.size() <= 254 && m.to.address.size() <= 254 && m.replyTo.size() <= 254
        && m.messageId.size() <= 254) {
        for (const QByteArray& line : message.split('\n'))
            check(line.size() <= 999, "no line of a message is over 998 octets", QString::fromUtf8(line.left(80)));
    }

    const qsizetype end = message.indexOf("\r\n\r\n");
    check(end > 0, "a message has a header block");
    const QByteArray head = message.left(end);
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        check(u >= 0x20 ? u != 0x7f : (u == '\r' || u == '\n' || u == '\t'), "no control byte in a header",
              QString::fromLatin1(head));
    }

    // Exactly the builder's headers, in its order: nothing a value held made another.
    QList<QByteArray> names;
    QList<QByteArray> values;
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.startsWith(' ') || l.startsWith('\t')) {
            check(!values.isEmpty(), "a folded line continues a header");
            values.last() += "\r\n" + l;
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        check(colon > 0, "every header line is NAME: value or a folded continuation", QString::fromLatin1(l));
        names << l.left(colon);
        QByteArray value = l.mid(colon + 1);
        while (value.startsWith(' ') || value.startsWith('\t'))
            value.remove(0, 1);
        values << value;
    }
    QList<QByteArray> expected = {"Date", "Message-ID", "From", "To"};
    if (!m.replyTo.isEmpty())
        expected << "Reply-To";
    expected << "Subject" << "MIME-Version" << "Content-Type" << "Auto-Submitted";
    check(names == expected, "no header can be injected", QString::fromLatin1(head));

    const QString subject = mail::mime::decodeHeaderText(values.at(names.indexOf("Subject")));
    check(subject == asHeaderText(m.subject).trimmed(), "the subject decodes to what was asked, on one line",
          subject + QStringLiteral(" | ") + m.subject);

    // The bodies: base64 of the text as given, line ends made CRLF.
    static const QRegularExpression boundaryOf(QStringLiteral("boundary=\"([^\"]+)\""));
    const QString boundary = boundaryOf.match(QString::fromLatin1(values.at(names.indexOf("Content-Type")))).captured(1);
    check(!boundary.isEmpty(), "the body has a boundary");
    const QByteArray delimiter = "--" + boundary.toLatin1();
    const QByteArray body = message.mid(end + 4);
    QList<QByteArray> parts;
    for (qsizetype at = 0;;) {
        const qsizetype next = body.indexOf(delimiter, at);
        parts << body.mid(at, next < 0 ? -1 : next - at);
        if (next < 0)
            break;
        at = next + delimiter.size();
    }
    check(parts.size() == 4, "the body is a text part and an HTML part", QString::number(parts.size()));
    const QByteArray text = parts.at(1).mid(parts.at(1).indexOf("\r\n\r\n") + 4);
    check(withoutCr(QByteArray::fromBase64(text)) == withoutCr(m.bodyText.toUtf8()),
          "the plain-text body decodes to what was given");
    const QByteArray html = QByteArray::fromBase64(parts.at(2).mid(parts.at(2).indexOf("\r\n\r\n") + 4));
    check(withoutCr(html).contains(withoutCr(m.bodyHtml.toUtf8())), "the HTML body holds what was given");
    return 0;
}
