// Money in a currency's own minor units (ISO 4217), read from CSV text and shown in a
// locale, and the one date formatter of the window, the e-mails and the reports; the
// authorization lapse rule near midnight.

#include "core/Clock.h"
#include "domain/LocaleFormat.h"
#include "domain/Money.h"
#include "domain/Rules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bd::domain::AmountProblem;
using bd::domain::LocaleFormat;
using bd::domain::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorUnits_data();
    void minorUnits();
    void parseAmount_data();
    void parseAmount();
    void plain_data();
    void plain();
    void money_data();
    void money();
    void dates();
    void authorizationLapseNearMidnight();
};

void TestMoney::minorUnits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    for (const char* code : {"JPY", "ISK", "KRW", "CLP", "VND", "XOF"})
        QTest::addRow("%s", code) << QString::fromLatin1(code) << 0;
    for (const char* code : {"KWD", "BHD", "OMR", "JOD", "TND", "IQD", "LYD"})
        QTest::addRow("%s", code) << QString::fromLatin1(code) << 3;
    for (const char* code : {"EUR", "DKK", "USD", "GBP", "SEK"})
        QTest::addRow("%s", code) << QString::fromLatin1(code) << 2;
    QTest::addRow("unknown") << u"XYZ"_s << 2;
    QTest::addRow("empty") << QString() << 2;
    QTest::addRow("lower case is not a code") << u"jpy"_s << 2;
}

void TestMoney::minorUnits()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QCOMPARE(bd::domain::minorUnits(currency), digits);
}

void TestMoney::parseAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QChar>("decimalPoint");
    QTest::addColumn<qint64>("minor"); // -1: refused
    QTest::addColumn<AmountProblem>("problem");

    const QChar dot = u'.';
    const QChar comma = u',';
    const auto ok = AmountProblem::None;
    QTest::addRow("JPY 1500 is 1500 yen") << u"1500"_s << u"JPY"_s << dot << qint64(1500) << ok;
    QTest::addRow("JPY 1,500") << u"1,500"_s << u"JPY"_s << dot << qint64(1500) << ok;
    QTest::addRow("JPY 1500.00 as Shopify writes it") << u"1500.00"_s << u"JPY"_s << dot << qint64(1500) << ok;
    QTest::addRow("JPY 1500.5 has decimals") << u"1500.5"_s << u"JPY"_s << dot << qint64(-1) << AmountProblem::TooManyDecimals;
    QTest::addRow("JPY 1500.50") << u"1500.50"_s << u"JPY"_s << dot << qint64(-1) << AmountProblem::TooManyDecimals;
    QTest::addRow("ISK 1.234 in a comma file") << u"1.234"_s << u"ISK"_s << comma << qint64(1234) << ok;
    QTest::addRow("KWD 1.234") << u"1.234"_s << u"KWD"_s << dot << qint64(1234) << ok;
    // Found by fuzz_parse (corpus/parse/regression-clf-overflow): 15 whole digits of a
    // 4-decimal currency overflowed the minor units.
    QTest::addRow("CLF 15 whole digits") << u"999999899999999.99"_s << u"CLF"_s << dot << qint64(-1)
                                         << AmountProblem::NotAnAmount;
    QTest::addRow("CLF 14 whole digits") << u"99999999999999.9999"_s << u"CLF"_s << dot
                                         << qint64(999999999999999999) << ok;
    QTest::addRow("KWD 1.5") << u"1.5"_s << u"KWD"_s << dot << qint64(1500) << ok;
    QTest::addRow("KWD 12") << u"12"_s << u"KWD"_s << dot << qint64(12000) << ok;
    QTest::addRow("KWD 1,234.567") << u"1,234.567"_s << u"KWD"_s << dot << qint64(1234567) << ok;
    QTest::addRow("KWD 1.2345") << u"1.2345"_s << u"KWD"_s << dot << qint64(-1) << AmountProblem::TooManyDecimals;
    QTest::addRow("EUR 12.50") << u"12.50"_s << u"EUR"_s << dot << qint64(1250) << ok;
    QTest::addRow("EUR 12.345") << u"12.345"_s << u"EUR"_s << dot << qint64(-1) << AmountProblem::TooManyDecimals;
    QTest::addRow("DKK 1.234,50 in a Danish file") << u"1.234,50"_s << u"DKK"_s << comma << qint64(123450) << ok;
    QTest::addRow("DKK 12,5") << u"12,5"_s << u"DKK"_s << comma << qint64(1250) << ok;
    QTest::addRow("no currency: two decimals") << u"3.25"_s << QString() << dot << qint64(325) << ok;
    QTest::addRow("negative JPY") << u"-300"_s << u"JPY"_s << dot << qint64(-300) << ok;
    QTest::addRow("junk") << u"12a"_s << u"JPY"_s << dot << qint64(-1) << AmountProblem::NotAnAmount;
    QTest::addRow("empty") << QString() << u"EUR"_s << dot << qint64(-1) << AmountProblem::NotAnAmount;
    QTest::addRow("a point and nothing after") << u"12."_s << u"EUR"_s << dot << qint64(-1) << AmountProblem::NotAnAmount;
}

void TestMoney::parseAmount()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QChar, decimalPoint);
    QFETCH(qint64, minor);
    QFETCH(AmountProblem, problem);
    AmountProblem why = AmountProblem::None;
    const std::optional<qint64> parsed = bd::domain::parseAmount(text, currency, decimalPoint, &why);
    QCOMPARE(parsed.value_or(-1), minor);
    QCOMPARE(int(why), int(problem));
}

void TestMoney::plain_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addRow("JPY") << qint64(1500) << u"JPY"_s << u"1500"_s;
    QTest::addRow("KWD") << qint64(1234) << u"KWD"_s << u"1.234"_s;
    QTest::addRow("KWD under one") << qint64(5) << u"KWD"_s << u"0.005"_s;
    QTest::addRow("EUR") << qint64(1250) << u"EUR"_s << u"12.50"_s;
    QTest::addRow("EUR negative cents") << qint64(-50) << u"EUR"_s << u"-0.50"_s;
    QTest::addRow("ISK negative") << qint64(-7) << u"ISK"_s << u"-7"_s;
}

void TestMoney::plain()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    const Money m{minor, currency};
    QCOMPARE(m.plain(), text);
    // What we write, we read back.
    QCOMPARE(bd::domain::parseAmount(text, currency).value_or(-1), minor);
    QCOMPARE(m.plain(u','), QString(text).replace(u'.', u','));
}

void TestMoney::money_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    const QString nbsp(QChar(0x00A0));
    QTest::addRow("JPY in en_GB") << u"en_GB"_s << qint64(1500) << u"JPY"_s << u"\u00A51,500"_s;
    QTest::addRow("JPY in en_US") << u"en_US"_s << qint64(1500) << u"JPY"_s << u"\u00A51,500"_s;
    QTest::addRow("EUR in en_GB") << u"en_GB"_s << qint64(168870) << u"EUR"_s << u"\u20AC1,688.70"_s;
    QTest::addRow("KWD in en_GB") << u"en_GB"_s << qint64(1234567) << u"KWD"_s << u"KWD"_s + nbsp + u"1,234.567"_s;
    QTest::addRow("DKK in da_DK") << u"da_DK"_s << qint64(123450) << u"DKK"_s << u"1.234,50"_s + nbsp + u"kr."_s;
    QTest::addRow("JPY in da_DK") << u"da_DK"_s << qint64(1500) << u"JPY"_s << u"1.500"_s + nbsp + u"\u00A5"_s;
    QTest::addRow("DKK in en_GB") << u"en_GB"_s << qint64(17485) << u"DKK"_s << u"kr."_s + nbsp + u"174.85"_s;
}

void TestMoney::money()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(LocaleFormat(QLocale(locale)).money(minor, currency), text);
    QCOMPARE(LocaleFormat::forShop(locale).money(Money{minor, currency}), text);
}

// One short and one long form per locale; date-times in local time (TZ=UTC here) to
// the minute.
void TestMoney::dates()
{
    const QDate day(2026, 12, 4);
    const LocaleFormat gb(QLocale(u"en_GB"_s));
    QCOMPARE(gb.date(day), u"04/12/2026"_s);
    QCOMPARE(gb.longDate(day), u"Friday, 4 December 2026"_s);
    QCOMPARE(gb.dateTime(QDateTime(day, QTime(9, 5, 30), Qt::UTC)), u"04/12/2026 09:05"_s);
    QCOMPARE(gb.longDateTime(QDateTime(day, QTime(9, 5, 30), Qt::UTC)), u"Friday, 4 December 2026 09:05"_s);
    const LocaleFormat da(QLocale(u"da_DK"_s));
    QCOMPARE(da.date(day), u"04.12.2026"_s);
    QCOMPARE(da.longDate(day), u"fredag den 4. december 2026"_s);
    QCOMPARE(gb.date(QDate()), QString());
    QCOMPARE(gb.dateTime(QDateTime()), QString());
    // An empty shop locale is en_GB.
    QCOMPARE(LocaleFormat::forShop(QString()).date(day), u"04/12/2026"_s);
}

// An authorization taken at 23:30 UTC is, for a seat east of Greenwich, already the
// next day; its hold still ends on the shop's day (the UTC date) plus the hold, for the
// order detail and the payment-risk rule alike.
void TestMoney::authorizationLapseNearMidnight()
{
    const QDateTime late(QDate(2026, 12, 4), QTime(23, 30), Qt::UTC);
    const QDateTime sameMomentInCopenhagen = late.toOffsetFromUtc(3600); // 00:30 on 5 December
    QCOMPARE(sameMomentInCopenhagen.date(), QDate(2026, 12, 5));
    QCOMPARE(bd::domain::shopDay(sameMomentInCopenhagen), QDate(2026, 12, 4));
    QCOMPARE(bd::domain::authorizationLapse(late, 7), QDate(2026, 12, 11));
    QCOMPARE(bd::domain::authorizationLapse(sameMomentInCopenhagen, 7), QDate(2026, 12, 11));
    QVERIFY(!bd::domain::authorizationLapse(QDateTime(), 7).isValid());
    // The payment-risk rule uses the same day: lapses before a promise on the 12th,
    // not before one on the 11th.
    bd::core::FixedClock clock(late);
    const auto lapses = bd::domain::paymentLapses(bd::domain::PaymentState::Authorized, QString(),
                                                  sameMomentInCopenhagen, QDate(2026, 12, 12), 7);
    QCOMPARE(lapses.authorization, QDate(2026, 12, 11));
    QVERIFY(!bd::domain::paymentLapses(bd::domain::PaymentState::Authorized, QString(), sameMomentInCopenhagen,
                                       QDate(2026, 12, 11), 7)
                 .any());
    QCOMPARE(bd::domain::shopDay(clock.now()), clock.today());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
