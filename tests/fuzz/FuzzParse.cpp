// libFuzzer target over the native parsers of text a file, the command line or a shop
// export hands in: ISO dates and times, Shopify's times, amounts of money in every kind
// of currency, counts, flags, policies, payment states, card expiry months, attribute
// lists, e-mail addresses and the shop identity kept with an item. Each one checks a
// property that must hold for any input: what is read writes back to the same value,
// what is refused says why and where.
//
// Input: the text first; its last bytes (read from the end) pick the parser, the
// currency, the decimal point and the locale.
#include "FuzzShop.h"
#include "core/Text.h"
#include "csv/RowFields.h"
#include "domain/LocaleFormat.h"
#include "domain/Money.h"
#include "domain/Rules.h"
#include "domain/Types.h"

#include <cstdint>

using namespace bd;
using fuzz::check;

namespace {

const char* const Currencies[] = {"EUR", "DKK", "JPY", "KWD", "CLF", "", "XYZ", "usd"};
const char* const Locales[] = {"en_GB", "da_DK", "ja_JP", "de_DE", "ar_EG", "C"};

bool hasControl(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

void dates(const QString& text)
{
    const QDate d = core::parseIsoDate(text);
    if (d.isValid())
        check(core::toIso(d) == text.trimmed(), "a date read is the date written", text);
    const QDateTime at = core::parseIsoDateTime(text);
    if (at.isValid()) {
        check(at.timeSpec() == Qt::UTC, "a time read is in UTC", text);
        const QDateTime seconds = at.addMSecs(-at.time().msec());
        check(core::parseIsoDateTime(core::toIso(at)) == seconds, "a time read reads back from storage", text);
    }
    const QDateTime shop = csv::parseShopTime(text);
    check(!shop.isValid() || shop.timeSpec() == Qt::UTC, "a shop's time read is in UTC", text);
    const QDate card = domain::cardLastDay(text);
    check(card.isValid() == domain::isValidCardExpiry(text), "one rule for a card's expiry", text);
    if (card.isValid())
        check(card.day() == card.daysInMonth()
                  && domain::cardExpiryMonth(text) == card.toString(QStringLiteral("yyyy-MM")),
              "a card's last day is the end of its month", text);
}

void money(const QString& text, const QString& currency, QChar point, const QLocale& locale)
{
    domain::AmountProblem problem = domain::AmountProblem::None;
    const std::optional<qint64> minor = domain::parseAmount(text, currency, point, &problem);
    if (!minor) {
        check(problem != domain::AmountProblem::None, "a refused amount says why", text);
        return;
    }
    check(problem == domain::AmountProblem::None, "a read amount has no problem", text);
    const domain::Money m{*minor, currency};
    const QString plain = m.plain(point);
    check(domain::parseAmount(plain, currency, point) == minor, "an amount written reads back the same",
          text + QStringLiteral(" -> ") + plain);
    const QString shown = domain::LocaleFormat(locale).money(m);
    check(!shown.isEmpty() && !hasControl(shown), "an amount shown is one clean line", shown);
}

// A field read by an importer, in a table of one column: the value read, or a problem
// naming the file, the line and the column.
void fields(const QString& text, QChar delimiter, const QString& currency, int which)
{
    csv::Table table;
    table.file = QStringLiteral("in.csv");
    table.header = {QStringLiteral("field")};
    table.delimiter = delimiter;
    table.currency = currency;
    csv::Row row{7, {text}};
    core::Errors errors;
    csv::Fields f(table, row, errors);
    const QString name = QStringLiteral("field");
    const QString read = f.text(name);
    check(core::Text::firstForbidden(read, core::TextKind::Line) < 0,
          "a one-line cell read holds no control character", read);
    bool refused = false;
    switch (which % 5) {
    case 0: {
        const std::optional<int> n = f.count(name, true, 1);
        check(!n || *n >= 1, "a count read respects its minimum", text);
        refused = !n && !read.isEmpty();
        break;
    }
    case 1: {
        const std::optional<qint64> m = f.money(name);
        check(!m || *m >= 0 || !errors.isEmpty(), "a negative price is refused", text);
        refused = !m && !read.isEmpty();
        break;
    }
    case 2:
        refused = !f.date(name).isValid() && !read.isEmpty();
        break;
    case 3:
        refused = !f.dateTime(name, true).isValid();
        break;
    case 4:
        f.flag(name);
        break;
    }
    if (refused)
        check(!errors.isEmpty(), "a value refused is said so", text);
    for (const core::Error& e : errors)
        check(e.file == table.file && e.line == row.line && e.field == name && !e.message.isEmpty(),
              "a field's problem names the file, the line and the field", e.toString());
}

void words(const QString& text)
{
    if (const auto policy = domain::parsePolicy(text))
        check(domain::parsePolicy(domain::toString(*policy)) == policy, "a policy reads back", text);
    if (const auto state = domain::parsePaymentState(text))
        check(domain::parsePaymentState(domain::toString(*state)) == state, "a payment state reads back", text);
    const auto attributes = domain::parseAttributes(text);
    check(domain::parseAttributes(csv::attributeText(attributes)) == attributes, "attributes read back", text);
    if (domain::isEmailAddress(text))
        check(text.count(QLatin1Char('@')) == 1 && !hasControl(text) && !text.contains(QLatin1Char(' ')),
              "an e-mail address is one address, no spaces, no controls", text);
    const QString slug = csv::slug(text);
    check(!slug.startsWith(QLatin1Char('-')) && !slug.endsWith(QLatin1Char('-')) && !hasControl(slug),
          "a key's part is clean", slug);
    const domain::ShopIdentity identity = domain::ShopIdentity::fromText(text);
    check(domain::ShopIdentity::fromText(identity.toText()) == identity, "a shop identity reads back", text);
}

} // namespace

BD_FUZZ_APPLICATION_ONLY()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const int which = in.ConsumeIntegral<std::uint8_t>();
    const QString currency = QLatin1String(in.PickValueInArray(Currencies));
    const QChar point = in.ConsumeBool() ? QLatin1Char(',') : QLatin1Char('.');
    const QLocale locale(QLatin1String(in.PickValueInArray(Locales)));
    const std::string rest = in.ConsumeRemainingBytesAsString();
    const QString text = QString::fromUtf8(rest.data(), qsizetype(rest.size()));
    switch (which % 4) {
    case 0:
        dates(text);
        break;
    case 1:
        money(text, currency, point, locale);
        break;
    case 2:
        fields(text, point == QLatin1Char(',') ? QLatin1Char(';') : QLatin1Char(','), currency, which / 4);
        break;
    case 3:
        words(text);
        break;
    }
    return 0;
}
