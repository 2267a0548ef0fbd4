// The pure rules of the domain: promised dates, filling a queue, money, card expiry,
// attributes, and the names of policies and payment states.

#include "core/Clock.h"
#include "domain/Money.h"
#include "domain/Rules.h"
#include "domain/Types.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd::domain;

namespace {

// "3,4,5" -> {3, 4, 5}
QList<int> ints(const QString& text)
{
    QList<int> out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        out << part.trimmed().toInt();
    return out;
}

// "2026-12-05:5; 2027-01-10:10" -> incoming batches
QList<Incoming> batches(const QString& text)
{
    QList<Incoming> out;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList dateQty = part.trimmed().split(u':');
        out << Incoming{bd::core::parseIsoDate(dateQty.value(0)), dateQty.value(1).toInt()};
    }
    return out;
}

QStringList isoDates(const QList<QDate>& dates)
{
    QStringList out;
    for (const QDate& d : dates)
        out << bd::core::toIso(d);
    return out;
}

// "lineId:orderId:waiting:orderWaiting, ..." -> queue slots
QList<QueueSlot> queueOf(const QString& text)
{
    QList<QueueSlot> out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QList<int> n = [&] {
            QList<int> v;
            for (const QString& x : part.trimmed().split(u':'))
                v << x.toInt();
            return v;
        }();
        out << QueueSlot{n.value(0), n.value(1), n.value(2), n.value(3), u"O-%1"_s.arg(n.value(1)), QString()};
    }
    return out;
}

QStringList fillsText(const QList<Fill>& fills)
{
    QStringList out;
    for (const Fill& f : fills)
        out << u"%1:%2"_s.arg(f.lineId).arg(f.qty);
    return out;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    // Found by the fuzz campaign (corpus/parse/regression-email-final-newline).
    void emailAddressHasNoFinalLineBreak()
    {
        QVERIFY(bd::domain::isEmailAddress(QStringLiteral("a@b")));
        QVERIFY(!bd::domain::isEmailAddress(QStringLiteral("a@b\n")));
        QVERIFY(!bd::domain::isEmailAddress(QStringLiteral("a@b.dk\n"), true));
    }
    void slipDetailsReadBackAsWritten();
    void promisedDates_data();
    void promisedDates();
    void planFill_data();
    void planFill();
    void planFillKeepsFillsInQueueOrder();
    void parseEuroAmount_data();
    void parseEuroAmount();
    void plainEuroAmount_data();
    void plainEuroAmount();
    void cardLastDay_data();
    void cardLastDay();
    void parseAttributes_data();
    void parseAttributes();
    void parsePolicy_data();
    void parsePolicy();
    void parsePaymentState_data();
    void parsePaymentState();
};

void TestRules::promisedDates_data()
{
    QTest::addColumn<QString>("waiting");
    QTest::addColumn<QString>("incoming");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("notBefore");
    QTest::addColumn<QStringList>("expected");

    // The example: 3, 4, 5 waiting; PO-1 brings 5 on 5 Dec, PO-2 10 on 10 Jan.
    QTest::addRow("issue example") << u"3,4,5"_s << u"2026-12-05:5; 2027-01-10:10"_s << QString() << QString()
                                   << QStringList{u"2026-12-05"_s, u"2027-01-10"_s, u"2027-01-10"_s};
    QTest::addRow("batch exactly covers a line") << u"5,10"_s << u"2026-12-05:5; 2027-01-10:10"_s << QString()
                                                 << QString() << QStringList{u"2026-12-05"_s, u"2027-01-10"_s};
    QTest::addRow("line spanning two batches waits for the later")
        << u"6"_s << u"2026-12-05:5; 2027-01-10:10"_s << QString() << QString() << QStringList{u"2027-01-10"_s};
    QTest::addRow("one batch for many lines") << u"1,1,1"_s << u"2026-12-05:3"_s << QString() << QString()
                                              << QStringList{u"2026-12-05"_s, u"2026-12-05"_s, u"2026-12-05"_s};
    QTest::addRow("beyond incoming takes the item's expected date")
        << u"3,4,5,4"_s << u"2026-12-05:5; 2027-01-10:10"_s << u"2027-03-01"_s << QString()
        << QStringList{u"2026-12-05"_s, u"2027-01-10"_s, u"2027-01-10"_s, u"2027-03-01"_s};
    QTest::addRow("beyond incoming without expected date is unknown")
        << u"3,4,5,4"_s << u"2026-12-05:5; 2027-01-10:10"_s << QString() << QString()
        << QStringList{u"2026-12-05"_s, u"2027-01-10"_s, u"2027-01-10"_s, QString()};
    QTest::addRow("no purchase order, expected date by hand")
        << u"2,2"_s << QString() << u"2027-02-14"_s << QString() << QStringList{u"2027-02-14"_s, u"2027-02-14"_s};
    QTest::addRow("nothing known") << u"2,2"_s << QString() << QString() << QString() << QStringList{QString(), QString()};
    QTest::addRow("preorder: nothing before the release date")
        << u"3,4"_s << u"2026-12-05:5; 2027-01-10:10"_s << QString() << u"2026-12-20"_s
        << QStringList{u"2026-12-20"_s, u"2027-01-10"_s};
    QTest::addRow("preorder: fallback before release is lifted")
        << u"1"_s << QString() << u"2026-12-01"_s << u"2026-12-20"_s << QStringList{u"2026-12-20"_s};
    QTest::addRow("preorder: release does not invent a date")
        << u"1"_s << QString() << QString() << u"2026-12-20"_s << QStringList{QString()};
    QTest::addRow("empty queue") << QString() << u"2026-12-05:5"_s << u"2027-01-01"_s << QString() << QStringList();
}

void TestRules::promisedDates()
{
    QFETCH(QString, waiting);
    QFETCH(QString, incoming);
    QFETCH(QString, fallback);
    QFETCH(QString, notBefore);
    QFETCH(QStringList, expected);

    const QList<QDate> dates = bd::domain::promisedDates(ints(waiting), batches(incoming),
                                                         bd::core::parseIsoDate(fallback),
                                                         bd::core::parseIsoDate(notBefore));
    QCOMPARE(isoDates(dates), expected);
    // One place at a time (what a line placed at the end of the queue is promised) gives
    // the same dates.
    QList<QDate> oneByOne;
    qint64 upTo = 0;
    for (int w : ints(waiting))
        oneByOne << bd::domain::promisedDateAt(upTo += w, batches(incoming), bd::core::parseIsoDate(fallback),
                                               bd::core::parseIsoDate(notBefore));
    QCOMPARE(isoDates(oneByOne), expected);
}

void TestRules::planFill_data()
{
    QTest::addColumn<QString>("queue"); // lineId:orderId:waiting:orderWaiting
    QTest::addColumn<int>("units");
    QTest::addColumn<bool>("completeOnly");
    QTest::addColumn<QStringList>("expected"); // lineId:qty

    const QString q = u"1:1:3:3, 2:2:4:4, 3:3:5:5"_s;
    QTest::addRow("first lines first, the last one partly") << q << 5 << false << QStringList{u"1:3"_s, u"2:2"_s};
    QTest::addRow("exactly the first line") << q << 3 << false << QStringList{u"1:3"_s};
    QTest::addRow("more than everybody waits for") << q << 20 << false << QStringList{u"1:3"_s, u"2:4"_s, u"3:5"_s};
    QTest::addRow("no units") << q << 0 << false << QStringList();
    QTest::addRow("partial fill ignores what else the order waits for")
        << u"1:1:2:9, 2:2:2:2"_s << 3 << false << QStringList{u"1:2"_s, u"2:1"_s};
    QTest::addRow("lines that wait for nothing are passed over")
        << u"1:1:0:0, 2:2:2:2"_s << 1 << false << QStringList{u"2:1"_s};

    QTest::addRow("complete-only skips an order that does not fit")
        << u"1:1:3:3, 2:2:4:4, 3:3:2:2"_s << 6 << true << QStringList{u"1:3"_s, u"3:2"_s};
    QTest::addRow("complete-only never fills partly")
        << u"1:1:3:3, 2:2:4:4, 3:3:2:2"_s << 4 << true << QStringList{u"1:3"_s};
    QTest::addRow("complete-only skips an order waiting for other items too")
        << u"1:1:2:5, 2:2:2:2"_s << 4 << true << QStringList{u"2:2"_s};
    QTest::addRow("complete-only fills two lines of one order together")
        << u"1:1:2:4, 2:1:2:4"_s << 4 << true << QStringList{u"1:2"_s, u"2:2"_s};
    QTest::addRow("complete-only keeps an order's units for its later line")
        << u"1:1:2:4, 2:2:1:1, 3:1:2:4"_s << 5 << true << QStringList{u"1:2"_s, u"2:1"_s, u"3:2"_s};
    QTest::addRow("complete-only: an order too big for what came skips all its lines")
        << u"1:1:2:4, 2:2:1:1, 3:1:2:4"_s << 3 << true << QStringList{u"2:1"_s};
    QTest::addRow("complete-only with nothing that fits") << u"1:1:3:3"_s << 2 << true << QStringList();
}

void TestRules::planFill()
{
    QFETCH(QString, queue);
    QFETCH(int, units);
    QFETCH(bool, completeOnly);
    QFETCH(QStringList, expected);

    const QList<Fill> fills = bd::domain::planFill(queueOf(queue), units, completeOnly);
    QCOMPARE(fillsText(fills), expected);
    int total = 0;
    for (const Fill& f : fills) {
        QVERIFY(f.qty > 0);
        total += f.qty;
    }
    QVERIFY(total <= units);
}

void TestRules::planFillKeepsFillsInQueueOrder()
{
    // The cross-dock list follows the fills, so they must come in queue order and
    // carry the order each line belongs to.
    const QList<QueueSlot> queue = queueOf(u"7:70:1:1, 5:50:2:2, 9:90:3:3"_s);
    const QList<Fill> fills = bd::domain::planFill(queue, 6, false);
    QCOMPARE(fills.size(), 3);
    QCOMPARE(fills[0].lineId, qint64(7));
    QCOMPARE(fills[0].orderId, qint64(70));
    QCOMPARE(fills[1].lineId, qint64(5));
    QCOMPARE(fills[1].orderId, qint64(50));
    QCOMPARE(fills[2].lineId, qint64(9));
    QCOMPARE(fills[2].orderId, qint64(90));
}

void TestRules::parseEuroAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("decimalPoint");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("minor");

    const QChar dot = u'.';
    const QChar comma = u',';
    QTest::addRow("12.50") << u"12.50"_s << dot << true << qint64(1250);
    QTest::addRow("12") << u"12"_s << dot << true << qint64(1200);
    QTest::addRow("12.5 is 12.50") << u"12.5"_s << dot << true << qint64(1250);
    QTest::addRow("0.99") << u"0.99"_s << dot << true << qint64(99);
    QTest::addRow("surrounding spaces") << u"  7.00 "_s << dot << true << qint64(700);
    QTest::addRow("1,234.50 with thousands") << u"1,234.50"_s << dot << true << qint64(123450);
    QTest::addRow("1,234 with thousands") << u"1,234"_s << dot << true << qint64(123400);
    QTest::addRow("1.234,50 with decimal comma") << u"1.234,50"_s << comma << true << qint64(123450);
    QTest::addRow("12,50 with decimal comma") << u"12,50"_s << comma << true << qint64(1250);
    QTest::addRow("1 234,50 with a space for thousands") << u"1 234,50"_s << comma << true << qint64(123450);
    QTest::addRow("-3") << u"-3"_s << dot << true << qint64(-300);
    QTest::addRow("-3.25") << u"-3.25"_s << dot << true << qint64(-325);
    QTest::addRow("empty") << QString() << dot << false << qint64(0);
    QTest::addRow("junk") << u"abc"_s << dot << false << qint64(0);
    QTest::addRow("trailing junk") << u"12a"_s << dot << false << qint64(0);
    QTest::addRow("three decimals") << u"12.345"_s << dot << false << qint64(0);
    QTest::addRow("three decimals, the third a zero") << u"12.340"_s << dot << true << qint64(1234);
    QTest::addRow("two points") << u"12.5.0"_s << dot << false << qint64(0);
    QTest::addRow("double minus") << u"--3"_s << dot << false << qint64(0);
    QTest::addRow("decimal comma read with a point") << u"1.234,50"_s << dot << false << qint64(0);
    QTest::addRow("12,50 read with a point") << u"12,50"_s << dot << false << qint64(0);
    QTest::addRow("thousands not in threes") << u"1,23.50"_s << dot << false << qint64(0);
}

void TestRules::parseEuroAmount()
{
    QFETCH(QString, text);
    QFETCH(QChar, decimalPoint);
    QFETCH(bool, valid);
    QFETCH(qint64, minor);

    const std::optional<qint64> parsed = bd::domain::parseAmount(text, u"EUR"_s, decimalPoint);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, minor);
}

void TestRules::plainEuroAmount_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");

    QTest::addRow("12.50") << qint64(1250) << u"12.50"_s;
    QTest::addRow("cents only") << qint64(5) << u"0.05"_s;
    QTest::addRow("zero") << qint64(0) << u"0.00"_s;
    QTest::addRow("negative") << qint64(-325) << u"-3.25"_s;
    QTest::addRow("large") << qint64(123456789) << u"1234567.89"_s;
}

void TestRules::plainEuroAmount()
{
    QFETCH(qint64, minor);
    QFETCH(QString, text);
    QCOMPARE((bd::domain::Money{minor, u"EUR"_s}.plain()), text);
    // What we write, we read back.
    QCOMPARE(bd::domain::parseAmount(text, u"EUR"_s).value_or(-1), minor);
}

void TestRules::cardLastDay_data()
{
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QString>("lastDay"); // empty: invalid
    QTest::addColumn<QString>("kept");    // as the shop keeps it; empty: invalid

    QTest::addRow("February") << u"2027-02"_s << u"2027-02-28"_s << u"2027-02"_s;
    QTest::addRow("February of a leap year") << u"2028-02"_s << u"2028-02-29"_s << u"2028-02"_s;
    QTest::addRow("December") << u"2026-12"_s << u"2026-12-31"_s << u"2026-12"_s;
    QTest::addRow("30-day month") << u"2026-04"_s << u"2026-04-30"_s << u"2026-04"_s;
    QTest::addRow("spaces around") << u" 2026-11 "_s << u"2026-11-30"_s << u"2026-11"_s;
    QTest::addRow("as on the card") << u"12/26"_s << u"2026-12-31"_s << u"2026-12"_s;
    QTest::addRow("card, four-digit year") << u"02/2028"_s << u"2028-02-29"_s << u"2028-02"_s;
    QTest::addRow("card, one-digit month") << u"1/27"_s << u"2027-01-31"_s << u"2027-01"_s;
    QTest::addRow("card, with a dash") << u"04-27"_s << u"2027-04-30"_s << u"2027-04"_s;
    QTest::addRow("card, spaced") << u" 12 / 26 "_s << u"2026-12-31"_s << u"2026-12"_s;
    QTest::addRow("card, month 13") << u"13/26"_s << QString() << QString();
    QTest::addRow("card, month 0") << u"0/26"_s << QString() << QString();
    QTest::addRow("card, three-digit year") << u"12/026"_s << QString() << QString();
    QTest::addRow("card, last century") << u"12/1999"_s << QString() << QString();
    QTest::addRow("month 13") << u"2026-13"_s << QString() << QString();
    QTest::addRow("month 0") << u"2026-00"_s << QString() << QString();
    QTest::addRow("year first, two digits") << u"26-12"_s << QString() << QString();
    QTest::addRow("year first, slash") << u"2026/12"_s << QString() << QString();
    QTest::addRow("one-digit month") << u"2026-1"_s << QString() << QString();
    QTest::addRow("a full date") << u"2026-12-01"_s << QString() << QString();
    QTest::addRow("empty") << QString() << QString() << QString();
}

void TestRules::cardLastDay()
{
    QFETCH(QString, expiry);
    QFETCH(QString, lastDay);
    QFETCH(QString, kept);
    QCOMPARE(bd::core::toIso(bd::domain::cardLastDay(expiry)), lastDay);
    QCOMPARE(bd::domain::isValidCardExpiry(expiry), !lastDay.isEmpty());
    QCOMPARE(bd::domain::cardExpiryMonth(expiry).value_or(QString()), kept);
}

void TestRules::parseAttributes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // name=value

    QTest::addRow("two") << u"Color=Red; Size=M"_s << QStringList{u"Color=Red"_s, u"Size=M"_s};
    QTest::addRow("empty") << QString() << QStringList();
    QTest::addRow("spaces and empty parts") << u" Color = Red ;; Size=XL ;"_s << QStringList{u"Color=Red"_s, u"Size=XL"_s};
    QTest::addRow("entry without '=' is skipped") << u"junk; Color=Blue"_s << QStringList{u"Color=Blue"_s};
    QTest::addRow("no name or no value is skipped") << u"=Red; Size=; Fit=Slim"_s << QStringList{u"Fit=Slim"_s};
    QTest::addRow("'=' inside the value") << u"Note=a=b"_s << QStringList{u"Note=a=b"_s};
}

void TestRules::parseAttributes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const auto& [name, value] : bd::domain::parseAttributes(text))
        got << name + u'=' + value;
    QCOMPARE(got, expected);
}

void TestRules::parsePolicy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::addRow("stop") << u"stop"_s << u"stop"_s;
    QTest::addRow("Backorder") << u"Backorder"_s << u"backorder"_s;
    QTest::addRow("padded upper case") << u" PREORDER "_s << u"preorder"_s;
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("unknown") << u"sold out"_s << QString();
}

void TestRules::parsePolicy()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<Policy> policy = bd::domain::parsePolicy(text);
    QCOMPARE(policy.has_value(), !expected.isEmpty());
    if (policy) {
        QCOMPARE(toString(*policy), expected);
        QVERIFY(bd::domain::parsePolicy(toString(*policy)) == policy);
    }
}

void TestRules::parsePaymentState_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::addRow("empty is none") << QString() << u"none"_s;
    QTest::addRow("none") << u"none"_s << u"none"_s;
    QTest::addRow("Verified") << u"Verified"_s << u"verified"_s;
    QTest::addRow("authorized") << u"authorized"_s << u"authorized"_s;
    QTest::addRow("padded CAPTURED") << u" CAPTURED "_s << u"captured"_s;
    QTest::addRow("paid is not a state") << u"paid"_s << QString();
}

void TestRules::parsePaymentState()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<PaymentState> state = bd::domain::parsePaymentState(text);
    QCOMPARE(state.has_value(), !expected.isEmpty());
    if (state) {
        QCOMPARE(toString(*state), expected);
        QVERIFY(bd::domain::parsePaymentState(toString(*state)) == state);
    }
}

// A slipped date is written and read in one place: what is written reads back, with and
// without a cause and a new date; other text is no slip.
void TestRules::slipDetailsReadBackAsWritten()
{
    const QList<DateSlip> slips = {{QDate(2026, 12, 5), QDate(2026, 12, 20), {}},
                                   {QDate(2026, 12, 5), QDate(), {}},
                                   {QDate(2027, 1, 10), QDate(2027, 3, 1), QStringLiteral("supplier")},
                                   {QDate(2027, 1, 10), QDate(), QStringLiteral("queue")}};
    for (const DateSlip& slip : slips) {
        const QString written = slipDetails(slip);
        const std::optional<DateSlip> read = parseSlipDetails(written);
        QVERIFY2(read, qPrintable(written));
        QCOMPARE(read->was, slip.was);
        QCOMPARE(read->now, slip.now);
        QCOMPARE(read->cause, slip.cause);
    }
    QCOMPARE(slipDetails(slips[2]), QStringLiteral("promised 2027-01-10, now 2027-03-01; cause: supplier"));
    QCOMPARE(slipDetails(slips[1]), QStringLiteral("promised 2026-12-05, now unknown"));
    for (const QString& other : {QStringLiteral("promised 2026-12-05"), QStringLiteral("promised soon, now 2026-12-20"),
                                 QStringLiteral("promised 2026-12-05, now 2026-12-20; the supplier"), QString()})
        QVERIFY2(!parseSlipDetails(other), qPrintable(other));
}

QTEST_GUILESS_MAIN(TestRules)
#include "TestRules.moc"
