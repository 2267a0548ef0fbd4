#include "MailStore.h"

#include "core/Clock.h"
#include "store/Database.h"

#include <QMap>
#include <QVariant>

using bd::core::Result;
using bd::core::Status;
using bd::store::Statement;

namespace bd::mail {

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableTime(const QDateTime& at)
{
    return at.isValid() ? QVariant(core::toIso(at)) : QVariant(QMetaType::fromType<QString>());
}

// A null QString would be bound as SQL NULL; NOT NULL text columns want ''.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : core::parseIsoDateTime(v.toString());
}

const QString messageColumns = QStringLiteral(
    "m.id, m.kind, m.occasion, m.order_id, COALESCE(o.order_number, ''), m.customer_id, m.recipient, "
    "COALESCE(c.name, ''), m.subject, m.body_text, m.body_html, m.created_at, m.due_at, m.state, m.attempts, "
    "m.last_error, m.sent_at, m.message_id");
const QString messageFrom = QStringLiteral(
    " FROM outbox m LEFT JOIN orders o ON o.id = m.order_id LEFT JOIN customers c ON c.id = m.customer_id ");

} // namespace

MailStore::MailStore(store::Database& db)
    : m_db(db)
    , m_statements(db)
{
}

MailStore::~MailStore() = default;

Statement MailStore::prepared(const QString& sql)
{
    return m_statements.prepared(sql);
}

Status MailStore::run(QSqlQuery& query)
{
    return store::StatementCache::exec(query);
}

// ---------------------------------------------------------------- templates

static const QString templateSelect
    = QStringLiteral("SELECT kind, subject, body_text, body_html, enabled, updated_at FROM email_templates ");

static TemplateRow readTemplate(const QSqlQuery& q)
{
    return TemplateRow { q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toInt() != 0, timeOf(q.value(5)) };
}

std::optional<TemplateRow> MailStore::templateRow(const QString& kind)
{
    Statement q = prepared(templateSelect + QStringLiteral("WHERE kind = :kind"));
    q.bindValue(QStringLiteral(":kind"), kind);
    if (!q.exec() || !q.next())
        return std::nullopt;
    TemplateRow row = readTemplate(q);
    q.finish();
    return row;
}

QList<TemplateRow> MailStore::templates()
{
    QList<TemplateRow> rows;
    Statement q = prepared(templateSelect + QStringLiteral("ORDER BY kind"));
    if (!q.exec())
        return rows;
    while (q.next())
        rows << readTemplate(q);
    return rows;
}

Status MailStore::insertTemplate(const TemplateRow& row)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO email_templates (kind, subject, body_text, body_html, enabled, updated_at) "
        "VALUES (:kind, :subject, :text, :html, :enabled, :at) ON CONFLICT (kind) DO NOTHING"));
    q.bindValue(QStringLiteral(":kind"), row.kind);
    q.bindValue(QStringLiteral(":subject"), text(row.subject));
    q.bindValue(QStringLiteral(":text"), text(row.bodyText));
    q.bindValue(QStringLiteral(":html"), text(row.bodyHtml));
    q.bindValue(QStringLiteral(":enabled"), row.enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), core::toIso(row.updatedAt));
    return run(q);
}

Status MailStore::updateTemplate(const TemplateRow& row)
{
    Statement q = prepared(QStringLiteral("UPDATE email_templates SET subject = :subject, body_text = "
                                           ":text, body_html = :html, updated_at = :at "
                                           "WHERE kind = :kind"));
    q.bindValue(QStringLiteral(":kind"), row.kind);
    q.bindValue(QStringLiteral(":subject"), text(row.subject));
    q.bindValue(QStringLiteral(":text"), text(row.bodyText));
    q.bindValue(QStringLiteral(":html"), text(row.bodyHtml));
    q.bindValue(QStringLiteral(":at"), core::toIso(row.updatedAt));
    return run(q);
}

Status MailStore::setTemplateEnabled(const QString& kind, bool enabled, const QDateTime& at)
{
    Statement q = prepared(
        QStringLiteral("UPDATE email_templates SET enabled = :enabled, updated_at = :at WHERE kind = :kind"));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":enabled"), enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), core::toIso(at));
    return run(q);
}

// ---------------------------------------------------------------- events and reads

qint64 MailStore::lastEventId()
{
    Statement q = prepared(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

namespace {

const QString eventColumns = QStringLiteral(
    "SELECT id, kind, COALESCE(order_id, 0), COALESCE(item_id, 0), COALESCE(customer_id, 0), details "
    "FROM events WHERE id > :id AND ");
const QString orderMailKinds = QStringLiteral(
    "kind IN ('backordered', 'date slipped', 'ready', 'shipped', 'shipped partly', 'cancelled') ");

MailEvent eventOf(const QSqlQuery& q)
{
    return MailEvent { q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toLongLong(),
                       q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString() };
}

} // namespace

Status MailStore::forEachEventAfter(qint64 eventId, bool coupons, const std::function<Status(const MailEvent&)>& visit)
{
    Statement q = prepared(eventColumns
                            + (coupons ? QStringLiteral("kind = 'coupon' ")
                                       : orderMailKinds + QStringLiteral("AND order_id <> 0 "))
                            + QStringLiteral("ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), eventId);
    if (Status s = run(q); !s.ok())
        return s;
    Status status;
    while (status.ok() && q.next())
        status = visit(eventOf(q));
    q.finish();
    return status;
}

QList<MailEvent> MailStore::orderEventsAfter(qint64 eventId, qint64 orderId)
{
    QList<MailEvent> events;
    Statement q = prepared(eventColumns + orderMailKinds + QStringLiteral("AND order_id = :order ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), eventId);
    q.bindValue(QStringLiteral(":order"), orderId);
    if (!q.exec())
        return events;
    while (q.next())
        events << eventOf(q);
    q.finish();
    return events;
}

QString MailStore::orderNumber(qint64 orderId)
{
    Statement q = prepared(QStringLiteral("SELECT order_number FROM orders WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), orderId);
    if (!q.exec() || !q.next())
        return {};
    const QString number = q.value(0).toString();
    q.finish();
    return number;
}

std::optional<CustomerInfo> MailStore::customer(qint64 customerId)
{
    Statement q = prepared(QStringLiteral("SELECT email, name FROM customers WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), customerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CustomerInfo c { q.value(0).toString(), q.value(1).toString() };
    q.finish();
    return c;
}

std::optional<ShipmentInfo> MailStore::lastShipment(qint64 orderId)
{
    Statement q = prepared(QStringLiteral(
        "SELECT s.tracking, s.partial, i.sku, i.name, sl.qty FROM shipments s "
        "JOIN shipment_lines sl ON sl.shipment_id = s.id JOIN order_lines l ON l.id = sl.order_line_id "
        "JOIN items i ON i.id = l.item_id "
        "WHERE s.id = (SELECT MAX(id) FROM shipments WHERE order_id = :order) ORDER BY l.line_no"));
    q.bindValue(QStringLiteral(":order"), orderId);
    if (!q.exec())
        return std::nullopt;
    std::optional<ShipmentInfo> info;
    while (q.next()) {
        if (!info)
            info = ShipmentInfo { q.value(0).toString(), q.value(1).toInt() != 0, {} };
        info->lines << ShippedItem { q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() };
    }
    return info;
}

std::optional<CouponInfo> MailStore::coupon(const QString& code)
{
    Statement q = prepared(QStringLiteral(
        "SELECT code, percent, amount_minor, currency, reason FROM coupons WHERE code = :code"));
    q.bindValue(QStringLiteral(":code"), code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CouponInfo c;
    c.code = q.value(0).toString();
    if (!q.value(1).isNull())
        c.percent = q.value(1).toInt();
    if (!q.value(2).isNull())
        c.amountMinor = q.value(2).toLongLong();
    c.currency = q.value(3).toString();
    c.reason = q.value(4).toString();
    q.finish();
    return c;
}

QList<WaitingOrder> MailStore::waitingOrders(const QDate& today)
{
    QList<WaitingOrder> rows;
    Statement q = prepared(
        QStringLiteral("SELECT o.id, o.order_number, o.placed_at, "
                       "MIN(CASE WHEN l.promised_date >= :today THEN l.promised_date END) "
                       "FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.qty_waiting > 0 "
                       "GROUP BY o.id, o.order_number, o.placed_at ORDER BY o.placed_at, o.order_number"));
    q.bindValue(QStringLiteral(":today"), core::toIso(today));
    if (!q.exec())
        return rows;
    while (q.next())
        rows << WaitingOrder { q.value(0).toLongLong(), q.value(1).toString(), timeOf(q.value(2)),
                               q.value(3).isNull() ? QDate() : core::parseIsoDate(q.value(3).toString()) };
    return rows;
}

// ---------------------------------------------------------------- outbox

Result<bool> MailStore::insertMessage(const OutboxRow& row)
{
    Statement q = prepared(QStringLiteral(
        "INSERT INTO outbox (kind, occasion, order_id, customer_id, recipient, subject, body_text, "
        "body_html, "
        "created_at, due_at, state, attempts, last_error, message_id) "
        "VALUES (:kind, :occasion, :order, :customer, :recipient, :subject, :text, :html, :created, :due, "
        "'pending', 0, '', :message_id) ON CONFLICT (order_id, kind, occasion) DO NOTHING"));
    q.bindValue(QStringLiteral(":kind"), row.kind);
    q.bindValue(QStringLiteral(":occasion"), text(row.occasion));
    q.bindValue(QStringLiteral(":order"), nullableId(row.orderId));
    q.bindValue(QStringLiteral(":customer"), nullableId(row.customerId));
    q.bindValue(QStringLiteral(":recipient"), text(row.recipient));
    q.bindValue(QStringLiteral(":subject"), text(row.subject));
    q.bindValue(QStringLiteral(":text"), text(row.bodyText));
    q.bindValue(QStringLiteral(":html"), text(row.bodyHtml));
    q.bindValue(QStringLiteral(":created"), core::toIso(row.createdAt));
    q.bindValue(QStringLiteral(":due"), core::toIso(row.dueAt));
    q.bindValue(QStringLiteral(":message_id"), nullableText(row.messageId));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.numRowsAffected() > 0;
}

QString MailStore::messageKey(qint64 orderId, const QString& kind, const QString& occasion)
{
    return QString::number(orderId) + QLatin1Char(' ') + kind + QLatin1Char(' ') + occasion;
}

QSet<QString> MailStore::messageKeys(const QStringList& kinds)
{
    QSet<QString> keys;
    Statement q
        = prepared(QStringLiteral("SELECT COALESCE(order_id, 0), occasion FROM outbox WHERE kind = :kind"));
    for (const QString& kind : kinds) {
        q.bindValue(QStringLiteral(":kind"), kind);
        if (!q.exec())
            continue;
        while (q.next())
            keys.insert(messageKey(q.value(0).toLongLong(), kind, q.value(1).toString()));
        q.finish();
    }
    return keys;
}

OutboxRow MailStore::readMessage(const QSqlQuery& q) const
{
    OutboxRow r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.occasion = q.value(2).toString();
    r.orderId = q.value(3).toLongLong();
    r.orderNumber = q.value(4).toString();
    r.customerId = q.value(5).toLongLong();
    r.recipient = q.value(6).toString();
    r.recipientName = q.value(7).toString();
    r.subject = q.value(8).toString();
    r.bodyText = q.value(9).toString();
    r.bodyHtml = q.value(10).toString();
    r.createdAt = timeOf(q.value(11));
    r.dueAt = timeOf(q.value(12));
    r.state = q.value(13).toString();
    r.attempts = q.value(14).toInt();
    r.lastError = q.value(15).toString();
    r.sentAt = timeOf(q.value(16));
    r.messageId = q.value(17).toString();
    return r;
}

std::optional<OutboxRow> MailStore::message(qint64 id)
{
    Statement q = prepared(QStringLiteral("SELECT ") + messageColumns + messageFrom
                            + QStringLiteral("WHERE m.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    OutboxRow row = readMessage(q);
    q.finish();
    return row;
}

QList<OutboxRow> MailStore::messages(const OutboxFilter& filter)
{
    QList<OutboxRow> rows;
    Statement q = prepared(QStringLiteral("SELECT ") + messageColumns + messageFrom
                            + QStringLiteral("WHERE (:state = '' OR m.state = :state2) "
                                             "AND (:order = 0 OR m.order_id = :order2) ORDER BY m.id"));
    q.bindValue(QStringLiteral(":state"), text(filter.state));
    q.bindValue(QStringLiteral(":state2"), text(filter.state));
    q.bindValue(QStringLiteral(":order"), filter.orderId);
    q.bindValue(QStringLiteral(":order2"), filter.orderId);
    if (!q.exec())
        return rows;
    while (q.next())
        rows << readMessage(q);
    return rows;
}

QList<qint64> MailStore::dueMessageIds(const QDateTime& now)
{
    QList<qint64> ids;
    Statement q = prepared(QStringLiteral(
        "SELECT id FROM outbox WHERE state = 'pending' AND due_at <= :now ORDER BY due_at, id"));
    q.bindValue(QStringLiteral(":now"), core::toIso(now));
    if (!q.exec())
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> MailStore::messageIdsInState(const QString& wanted)
{
    QList<qint64> ids;
    Statement q = prepared(QStringLiteral("SELECT id FROM outbox WHERE state = :state ORDER BY id"));
    q.bindValue(QStringLiteral(":state"), wanted);
    if (!q.exec())
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> MailStore::staleSendingIds(const QDateTime& startedBefore)
{
    QList<qint64> ids;
    Statement q = prepared(
        QStringLiteral("SELECT id FROM outbox WHERE state = 'sending' AND due_at < :before ORDER BY id"));
    q.bindValue(QStringLiteral(":before"), core::toIso(startedBefore));
    if (!q.exec())
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<UnsentCheck> MailStore::unsentChecks()
{
    QList<UnsentCheck> rows;
    Statement q = prepared(QStringLiteral(
        "SELECT m.id, m.kind, m.occasion, COALESCE(m.order_id, 0), "
        "COALESCE((SELECT SUM(l.qty_waiting) FROM order_lines l WHERE l.order_id = m.order_id), 0), "
        "COALESCE((SELECT SUM(l.qty_allocated) FROM order_lines l WHERE l.order_id = m.order_id), 0) "
        "FROM outbox m WHERE m.state = 'pending' ORDER BY m.id"));
    if (!q.exec())
        return rows;
    while (q.next())
        rows << UnsentCheck { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong(), q.value(4).toInt(),    q.value(5).toInt() };
    return rows;
}

Result<bool> MailStore::claimForSending(qint64 id, const QString& messageId, const QDateTime& at)
{
    Statement q = prepared(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                                           "message_id = :message_id, due_at = :at "
                                           "WHERE id = :id AND state = 'pending'"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":message_id"), messageId);
    q.bindValue(QStringLiteral(":at"), core::toIso(at));
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.numRowsAffected() == 1;
}

Status MailStore::markSent(qint64 id, const QDateTime& at)
{
    Statement q = prepared(
        QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = :at, last_error = '' WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":at"), core::toIso(at));
    return run(q);
}

Status MailStore::markRetry(qint64 id, const QDateTime& due, const QString& error)
{
    return setState(id, state::Pending, error, due);
}

Status MailStore::setState(qint64 id, const QString& newState, const QString& error, const QDateTime& due)
{
    Statement q = prepared(QStringLiteral("UPDATE outbox SET state = :state, last_error = :error, due_at = "
                                           "COALESCE(:due, due_at) WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":state"), newState);
    q.bindValue(QStringLiteral(":error"), text(error));
    q.bindValue(QStringLiteral(":due"), nullableTime(due));
    return run(q);
}

QMap<QString, int> MailStore::countByState()
{
    QMap<QString, int> counts;
    Statement q = prepared(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"));
    if (!q.exec())
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QList<OutboxRow> MailStore::messagesPage(const OutboxFilter& filter, int offset, int limit)
{
    QList<OutboxRow> rows;
    Statement q = prepared(QStringLiteral("SELECT ") + messageColumns + messageFrom
                            + QStringLiteral("WHERE (:state = '' OR m.state = :state2) "
                                             "AND (:order = 0 OR m.order_id = :order2) "
                                             "ORDER BY m.id DESC LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":state"), text(filter.state));
    q.bindValue(QStringLiteral(":state2"), text(filter.state));
    q.bindValue(QStringLiteral(":order"), filter.orderId);
    q.bindValue(QStringLiteral(":order2"), filter.orderId);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return rows;
    while (q.next())
        rows << readMessage(q);
    return rows;
}

int MailStore::countMessages(const OutboxFilter& filter)
{
    Statement q = prepared(QStringLiteral("SELECT COUNT(*) FROM outbox m "
                                           "WHERE (:state = '' OR m.state = :state2) "
                                           "AND (:order = 0 OR m.order_id = :order2)"));
    q.bindValue(QStringLiteral(":state"), text(filter.state));
    q.bindValue(QStringLiteral(":state2"), text(filter.state));
    q.bindValue(QStringLiteral(":order"), filter.orderId);
    q.bindValue(QStringLiteral(":order2"), filter.orderId);
    const int count = q.exec() && q.next() ? q.value(0).toInt() : 0;
    // A statement left on its row would hold the connection's read snapshot open.
    q.finish();
    return count;
}

} // namespace bd::mail
