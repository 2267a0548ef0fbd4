#include "Rules.h"

#include "domain/CompleteFill.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <QRegularExpression>
#include <QSet>

namespace bd::domain {

QList<qsizetype> incomingSources(const QList<int>& waitingInQueueOrder, const QList<Incoming>& incoming)
{
    QList<qsizetype> out;
    out.reserve(waitingInQueueOrder.size());
    qint64 cumulativeWaiting = 0;
    qint64 cumulativeIncoming = 0;
    qsizetype batch = 0;
    for (int waiting : waitingInQueueOrder) {
        cumulativeWaiting += waiting;
        while (batch < incoming.size() && cumulativeIncoming + incoming[batch].qty < cumulativeWaiting) {
            cumulativeIncoming += incoming[batch].qty;
            ++batch;
        }
        out << (batch < incoming.size() ? batch : -1);
    }
    return out;
}

namespace {

QDate promisedFrom(qsizetype batch, const QList<Incoming>& incoming, const QDate& fallback, const QDate& notBefore)
{
    const QDate date = batch >= 0 ? incoming[batch].date : fallback;
    return date.isValid() && notBefore.isValid() && date < notBefore ? notBefore : date;
}

} // namespace

QList<QDate> promisedDates(const QList<int>& waitingInQueueOrder, const QList<Incoming>& incoming,
                           const QDate& fallback, const QDate& notBefore)
{
    QList<QDate> out;
    out.reserve(waitingInQueueOrder.size());
    for (qsizetype batch : incomingSources(waitingInQueueOrder, incoming))
        out << promisedFrom(batch, incoming, fallback, notBefore);
    return out;
}

QDate promisedDateAt(qint64 upTo, const QList<Incoming>& incoming, const QDate& fallback, const QDate& notBefore)
{
    // The first batch whose cumulative quantity covers the place (incomingSources).
    qint64 cumulative = 0;
    qsizetype batch = 0;
    while (batch < incoming.size() && cumulative + incoming[batch].qty < upTo)
        cumulative += incoming[batch++].qty;
    return promisedFrom(batch < incoming.size() ? batch : -1, incoming, fallback, notBefore);
}

PromiseBasis PromiseBasis::of(const Item& item)
{
    const bool preorder = item.policy == Policy::Preorder;
    PromiseBasis basis;
    basis.fallback = item.expectedDate.isValid() || !preorder ? item.expectedDate : item.releaseDate;
    basis.notBefore = preorder ? item.releaseDate : QDate();
    return basis;
}

namespace {

// How complete-only filling decides an order, at its first line in the queue.
struct CompleteDecision
{
    const QueueSlot* first = nullptr;
    int need = 0; // units of this item the order waits for, all its lines
    int left = 0; // units left when its turn came
    bool chosen = false;
};

// An order becomes complete only when everything it waits for is in this queue (it may
// wait on several lines of the item) and fits in what is left. Orders are decided in
// queue order by their first line; their units are then set aside.
QList<CompleteDecision> decideComplete(const QList<QueueSlot>& queue, int units)
{
    QHash<qint64, int> inQueue;
    for (const QueueSlot& slot : queue) {
        if (slot.waiting > 0)
            inQueue[slot.orderId] += slot.waiting;
    }
    QList<CompleteDecision> decisions;
    QSet<qint64> decided;
    for (const QueueSlot& slot : queue) {
        if (slot.waiting <= 0 || decided.contains(slot.orderId))
            continue;
        decided.insert(slot.orderId);
        CompleteDecision d{&slot, inQueue.value(slot.orderId), units, false};
        if (d.need == slot.orderWaiting && d.need <= units) {
            d.chosen = true;
            units -= d.need;
        }
        decisions << d;
    }
    return decisions;
}

} // namespace

QList<Fill> planFill(const QList<QueueSlot>& queue, int units, bool completeOnly)
{
    QList<Fill> fills;
    if (!completeOnly) {
        for (const QueueSlot& slot : queue) {
            if (units <= 0)
                break;
            if (slot.waiting <= 0)
                continue;
            const int qty = std::min(units, slot.waiting);
            fills << Fill{slot.lineId, slot.orderId, qty};
            units -= qty;
        }
        return fills;
    }
    QSet<qint64> chosen;
    for (const CompleteDecision& d : decideComplete(queue, units)) {
        if (d.chosen)
            chosen.insert(d.first->orderId);
    }
    for (const QueueSlot& slot : queue) {
        if (slot.waiting > 0 && chosen.contains(slot.orderId))
            fills << Fill{slot.lineId, slot.orderId, slot.waiting};
    }
    return fills;
}

QList<PassedOver> passedOver(const QList<QueueSlot>& queue, int units)
{
    const QList<CompleteDecision> decisions = decideComplete(queue, units);
    qsizetype lastChosen = -1;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        if (decisions[i].chosen)
            lastChosen = i;
    }
    QList<PassedOver> passed;
    for (qsizetype i = 0; i < lastChosen; ++i) {
        const CompleteDecision& d = decisions[i];
        if (!d.chosen)
            passed << PassedOver{QString(), d.first->orderNumber, d.first->customerEmail, d.need,
                                 d.first->orderWaiting - d.need, d.left};
    }
    return passed;
}

QList<std::pair<QString, QString>> parseAttributes(const QString& text)
{
    QList<std::pair<QString, QString>> out;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString name = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        if (!name.isEmpty() && !value.isEmpty())
            out.append({name, value});
    }
    return out;
}

bool isValidCardExpiry(const QString& expiry)
{
    return cardExpiryMonth(expiry).has_value();
}

bool isCardLast4(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{4}$"));
    return digits.match(text).hasMatch();
}

std::optional<QString> cardExpiryMonth(const QString& text)
{
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression monthFirst(QStringLiteral("^(\\d{1,2})\\s*[/-]\\s*(\\d{2}|\\d{4})$"));
    const QString trimmed = text.trimmed();
    int year = 0;
    int month = 0;
    if (const auto m = yearFirst.match(trimmed); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
    } else if (const auto card = monthFirst.match(trimmed); card.hasMatch()) {
        month = card.captured(1).toInt();
        year = card.captured(2).toInt();
        if (card.captured(2).size() == 2)
            year += 2000; // a card's "26" is 2026: cards are valid for a few years at most
    } else {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || year < 2000 || year > 2100)
        return std::nullopt;
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QDate cardLastDay(const QString& expiry)
{
    const std::optional<QString> month = cardExpiryMonth(expiry);
    if (!month)
        return {};
    const QDate first(month->left(4).toInt(), month->mid(5, 2).toInt(), 1);
    return first.addDays(first.daysInMonth() - 1);
}

bool isCurrencyCode(const QString& code)
{
    return code.size() == 3
           && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.unicode() >= 'A' && c.unicode() <= 'Z'; });
}

bool isEmailAddress(const QString& text, bool requireDot)
{
    static const QRegularExpression plain(QStringLiteral("^[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+\\z"));
    static const QRegularExpression dotted(QStringLiteral("^[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}]+\\z"));
    // \z, not $: $ also matches before a final line break ("a@b\n" was an address).
    // RFC 5321 4.5.3.1.3: a path of 256 octets at most, its angle brackets included.
    constexpr qsizetype Longest = 254;
    return text.size() <= Longest && (requireDot ? dotted : plain).match(text).hasMatch();
}

QDate shopDay(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().date() : QDate();
}

QDate authorizationLapse(const QDateTime& authorizedAt, int holdDays)
{
    return authorizedAt.isValid() ? shopDay(authorizedAt).addDays(holdDays) : QDate();
}

PaymentLapses paymentLapses(PaymentState payment, const QString& cardExpiry, const QDateTime& authorizedAt,
                            const QDate& deadline, int holdDays)
{
    PaymentLapses lapses;
    if (payment == PaymentState::Captured)
        return lapses;
    const QDate cardEnd = cardLastDay(cardExpiry);
    if (cardEnd.isValid() && cardEnd < deadline)
        lapses.card = cardEnd;
    if (payment == PaymentState::Authorized && authorizedAt.isValid()) {
        const QDate holdEnd = authorizationLapse(authorizedAt, holdDays);
        if (holdEnd < deadline)
            lapses.authorization = holdEnd;
    }
    return lapses;
}

QString slipDetails(const DateSlip& slip)
{
    QString details = QStringLiteral("promised %1, now %2")
                          .arg(slip.was.toString(Qt::ISODate),
                               slip.now.isValid() ? slip.now.toString(Qt::ISODate) : QStringLiteral("unknown"));
    if (!slip.cause.isEmpty())
        details += QStringLiteral("; cause: ") + slip.cause;
    return details;
}

std::optional<DateSlip> parseSlipDetails(const QString& details)
{
    static const QRegularExpression shape(
        QStringLiteral("^promised (\\d{4}-\\d{2}-\\d{2}), now (\\d{4}-\\d{2}-\\d{2}|unknown)(?:; cause: (\\w+))?$"));
    const QRegularExpressionMatch m = shape.match(details);
    if (!m.hasMatch())
        return std::nullopt;
    DateSlip slip{QDate::fromString(m.captured(1), Qt::ISODate), QDate::fromString(m.captured(2), Qt::ISODate),
                  m.captured(3)};
    if (!slip.was.isValid())
        return std::nullopt;
    return slip;
}

QString newCouponCode()
{
    static const char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    const int n = int(sizeof(alphabet)) - 1;
    QString code = QStringLiteral("BD-");
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]);
    }
    return code;
}

} // namespace bd::domain
