#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bd::domain {

// Stock arriving on a date (an open purchase order's remaining quantity).
struct Incoming
{
    QDate date;
    int qty = 0;
};

// The promised date of each waiting quantity, given in queue order: the date of the
// first incoming batch whose cumulative quantity covers the line's cumulative place
// in the queue; past all incoming stock, the fallback (the item's own expected date,
// or invalid: unknown). `incoming` must be sorted by date. A preorder item never
// promises before its release date.
QList<QDate> promisedDates(const QList<int>& waitingInQueueOrder, const QList<Incoming>& incoming,
                           const QDate& fallback, const QDate& notBefore = {});
// The promised date of the waiting quantity whose last unit is the `upTo`-th of the
// queue (the rule of promisedDates, for one place): what a line placed at the end of
// the queue is promised.
QDate promisedDateAt(qint64 upTo, const QList<Incoming>& incoming, const QDate& fallback, const QDate& notBefore = {});

// What an item's promised dates fall back to past all its dated incoming stock (its
// expected date, or a pre-order's release date), and the date none may be before (a
// pre-order's release date).
struct PromiseBasis
{
    QDate fallback;
    QDate notBefore;
    static PromiseBasis of(const Item& item);
};

// Where each waiting quantity's promised date comes from: the index in `incoming` of
// the batch that covers the line's last unit (the rule of promisedDates), or -1 past
// all incoming stock. A purchase order "serves" exactly the lines whose source it is.
QList<qsizetype> incomingSources(const QList<int>& waitingInQueueOrder, const QList<Incoming>& incoming);

// One candidate in an item's queue, for filling.
struct QueueSlot
{
    qint64 lineId = 0;
    qint64 orderId = 0;
    int waiting = 0;
    int orderWaiting = 0; // units the whole order waits for, all items
    QString orderNumber;
    QString customerEmail;
};

struct Fill
{
    qint64 lineId = 0;
    qint64 orderId = 0;
    int qty = 0;
};

// Hands `units` to the queue in order, a line possibly partly. With completeOnly, a
// line is filled only when that makes its whole order fully allocated; the others
// keep their place and are skipped.
QList<Fill> planFill(const QList<QueueSlot>& queue, int units, bool completeOnly);

// "Color=Red; Size=M" -> {("Color","Red"), ("Size","M")}; entries without '=' are skipped.
QList<std::pair<QString, QString>> parseAttributes(const QString& text);

// A card's expiry month as the shop keeps it, "YYYY-MM", from the ways it is written: as
// the shop keeps it ("2026-12"), as printed on the card ("12/26", "12/2026"), or with a
// dash ("12-26"). None for anything else, a month outside 1..12 or a year outside
// 2000..2100 included.
std::optional<QString> cardExpiryMonth(const QString& text);
// The last day a card with that expiry month can be charged; invalid on bad input.
QDate cardLastDay(const QString& expiry);
// Whether cardExpiryMonth reads it.
bool isValidCardExpiry(const QString& expiry);
// Whether it is the last four digits of a card: all a shop keeps of one.
bool isCardLast4(const QString& text);
// What of an unpaid order's payment ends before `deadline` (its promised date, or today
// when no date is known yet): the card's last day, and the end of the authorization
// hold (authorizedAt + holdDays). Invalid dates for what does not; both invalid for a
// captured payment, which can lapse no more. The one rule of the payment-risk list, the
// queue's risk column and the dashboard figure.
struct PaymentLapses
{
    QDate card;          // valid when the card ends before the deadline
    QDate authorization; // valid when the hold ends before the deadline
    bool any() const { return card.isValid() || authorization.isValid(); }
};
// The shop's day of a moment: its UTC date, as core::Clock::today() gives today. Days
// of payments are counted in it, whatever the time zone of the seat that shows them.
QDate shopDay(const QDateTime& at);
// The last day of an authorization's hold: the shop's day it was taken plus holdDays.
// The one rule of the order detail, the payment-risk list, the queue, the e-mails and
// the dashboard; invalid when authorizedAt is.
QDate authorizationLapse(const QDateTime& authorizedAt, int holdDays);
PaymentLapses paymentLapses(PaymentState payment, const QString& cardExpiry, const QDateTime& authorizedAt,
                            const QDate& deadline, int holdDays);

// An ISO 4217 code as the shop writes it: three capital letters A-Z ("EUR", "DKK").
bool isCurrencyCode(const QString& code);

// An address a message can go to: one '@' with text on both sides, no spaces, no
// control characters and at most 254 characters. A sender address (requireDot) also needs a dot in its domain.
bool isEmailAddress(const QString& text, bool requireDot = false);

// A promised date that moved later, as the "date slipped" event of an order line
// records it: "promised 2026-12-05, now 2026-12-20" ("now unknown" when no date is
// known any more), with "; cause: supplier" or "; cause: queue" when the action knew why.
// Written and read here only.
struct DateSlip
{
    QDate was;
    QDate now; // invalid: not known
    QString cause; // "supplier", "queue" or empty
};
QString slipDetails(const DateSlip& slip);
std::optional<DateSlip> parseSlipDetails(const QString& details);

// A new random coupon code that is easy to read aloud ("BD-7KQM-2HXA": no 0/O, 1/I/L);
// the caller makes sure no coupon has it yet.
QString newCouponCode();

} // namespace bd::domain
