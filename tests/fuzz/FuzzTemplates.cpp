// libFuzzer target over the rendering of e-mails with hostile values: item names,
// SKUs, customer names and addresses, order numbers and the merchant's message hold
// whatever the input says (markup, <script>, quotes, ampersands, CR/LF/NUL and other
// controls). The HTML of every message keeps exactly the markup of its template and
// of the builder's own lists (a value may add <br> for its line breaks, nothing else:
// no raw "<script" or other tag from a name reaches the HTML), every value is in the
// HTML escaped, and the subject is one line without control characters.
//
// Input: the values one after another, each ended by a backslash and another character
// ("\\" is a backslash) as FuzzedDataProvider::ConsumeRandomLengthString reads them;
// the last bytes pick the kind of e-mail, the language and how many lines.
#include "FuzzShop.h"
#include "mail/Outbox.h"
#include "mail/Templates.h"

#include <QRegularExpression>

#include <cstdint>

using namespace bd;
using fuzz::check;

namespace {

fuzz::ShopWorld* world = nullptr;

QString value(FuzzedDataProvider& in)
{
    return fuzz::nextText(in, 300);
}

// The tags of an HTML text in order: "<p>", "</strong>", ...
QStringList tags(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<[^<>]*>?"));
    QStringList out;
    auto it = tag.globalMatch(html);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

void oneCleanLine(const QString& subject)
{
    for (const QChar c : subject)
        check(c.unicode() >= 0x20 && c.unicode() != 0x7f, "a subject is one line without control characters",
              subject);
}

// A value in HTML: no '<' or '>' of its own, every '&' an entity.
void escapedIn(const QString& html, const QString& text)
{
    static const QRegularExpression script(QStringLiteral("<\\s*script"), QRegularExpression::CaseInsensitiveOption);
    check(!script.match(html).hasMatch(), "no <script from a value reaches the HTML", html);
    if (!text.isEmpty())
        check(html.contains(text.toHtmlEscaped()), "a value is in the HTML escaped", text);
}

// Every placeholder of a template given a hostile value as plain text.
void renderTemplate(FuzzedDataProvider& in, const QString& kind, const QLocale& locale)
{
    const mail::MailTemplate t = mail::Templates::defaults(kind, locale);
    check(!t.bodyHtml.isEmpty(), "every kind has an HTML template", kind);
    mail::MailValues hostile;
    mail::MailValues empty;
    const QStringList names = mail::Templates::placeholders(kind);
    for (const QString& name : names)
        hostile.set(name, value(in));
    const mail::RenderedMail mail = mail::Templates::render(t, hostile);
    const mail::RenderedMail reference = mail::Templates::render(t, empty);
    QStringList got = tags(mail.bodyHtml);
    QStringList want = tags(reference.bodyHtml);
    const QString br = QStringLiteral("<br>");
    got.removeAll(br);
    want.removeAll(br);
    check(got == want, "a value adds no markup to the HTML", mail.bodyHtml);
    oneCleanLine(mail.subject);
    for (const QString& name : names) {
        if (!hostile.text(name).contains(QLatin1Char('\n')) && t.bodyHtml.contains(QStringLiteral("{{") + name))
            escapedIn(mail.bodyHtml, hostile.text(name));
    }
}

// A cancellation as the outbox writes it, from an order whose names are hostile: the
// customer's name and address, the order number, each line's SKU and item name and
// the merchant's message, through the outbox's own lists and paragraphs.
void renderCancellation(FuzzedDataProvider& in, int lines)
{
    domain::Order order;
    order.id = 1;
    order.number = value(in);
    order.customerName = value(in);
    order.customerEmail = value(in) + QStringLiteral("@example.com");
    order.placedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    order.currency = QStringLiteral("EUR");
    for (int i = 0; i < lines; ++i) {
        domain::OrderLine l;
        l.lineNo = i + 1;
        l.sku = value(in);
        l.itemName = value(in);
        l.qty = 2;
        l.waiting = 1;
        l.allocated = i % 2;
        l.promisedDate = QDate(2026, 12, 10 + i);
        order.lines << l;
    }
    const QString message = value(in);
    const auto rendered = world->shop->outbox().previewCancellation(order, QString(), message);
    check(rendered.ok(), "a cancellation renders", rendered.errorText());
    check(rendered.value().has_value(), "a cancellation to a known customer is written");
    const mail::RenderedMail& mail = *rendered.value();
    oneCleanLine(mail.subject);
    static const QStringList markup = {QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("th"),
                                       QStringLiteral("td"),    QStringLiteral("p"),  QStringLiteral("br"),
                                       QStringLiteral("strong")};
    static const QRegularExpression name(QStringLiteral("^</?([a-z]+)[ >]"));
    for (const QString& tag : tags(mail.bodyHtml)) {
        const auto m = name.match(tag);
        check(m.hasMatch() && markup.contains(m.captured(1)), "only the builder's markup is in the HTML", tag);
    }
    escapedIn(mail.bodyHtml, order.number.contains(QLatin1Char('\n')) ? QString() : order.number);
    for (const domain::OrderLine& l : std::as_const(order.lines)) {
        escapedIn(mail.bodyHtml, l.itemName);
        escapedIn(mail.bodyHtml, l.sku);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    world = new fuzz::ShopWorld(argc, argv, true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const QStringList& kinds = mail::Templates::kinds();
    const int which = in.ConsumeIntegralInRange<int>(0, int(kinds.size()));
    const QLocale locale(in.ConsumeBool() ? QLocale::Danish : QLocale::English);
    const int lines = in.ConsumeIntegralInRange<int>(1, 4);
    if (which == kinds.size())
        renderCancellation(in, lines);
    else
        renderTemplate(in, kinds.at(which), locale);
    return 0;
}
