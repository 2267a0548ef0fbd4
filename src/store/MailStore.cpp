#include "MailStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Search.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using bd::core::Result;
using bd::core::Status;
using namespace bd::store::sql;

namespace bd::store {

namespace {

const QString messageColumns = QStringLiteral(
    "m.id, m.kind, m.occasion, m.order_id, COALESCE(o.order_number, ''), m.customer_id, m.recipient, "
    "COALESCE(c.name, ''), m.subject, m.body_text, m.body_html, m.created_at, m.due_at, m.state, m.attempts, "
    "m.last_error, m.sent_at, m.message_id, m.facts, m.rendered");
const QString messageFrom = QStringLiteral(
    " FROM outbox m LEFT JOIN orders o ON o.id = m.order_id LEFT JOIN customers c ON c.id = m.customer_id ");
// The WHERE of the messages (the window's pages, the command line's list) of the outbox
// `m`: the filter's fields, and the one search. A search finds its orders and customers
// by their indexes and their messages by the outbox's, so it reads only the messages it
// finds (not every message with its order, 0.17 s over 232,000 messages).
QString pageWhere(SqlText& sql, const OutboxFilter& filter, const Dialect& dialect)
{
    QStringList where;
    if (!filter.state.isEmpty())
        where << QStringLiteral("m.state = ") + sql.bind(filter.state);
    if (!filter.kind.isEmpty())
        where << QStringLiteral("m.kind = ") + sql.bind(filter.kind);
    if (filter.orderId > 0)
        where << QStringLiteral("m.order_id = ") + sql.bind(filter.orderId);
    if (filter.customerId > 0)
        where << QStringLiteral("m.customer_id = ") + sql.bind(filter.customerId);
    const QString search = searchCondition(
        sql, dialect, searchWords(filter.search),
        {SearchMatch{{}, QStringLiteral("order_number"), SearchTable{QStringLiteral("orders"), QStringLiteral("m.order_id")}},
         SearchMatch{SearchTable{QStringLiteral("customers"), QStringLiteral("m.customer_id")}, {}, {}}});
    if (!search.isEmpty())
        where << search;
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}


OutboxRow readMessage(const QSqlQuery& q)
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
    r.createdAt = dateTimeOf(q.value(11));
    r.dueAt = dateTimeOf(q.value(12));
    r.state = q.value(13).toString();
    r.attempts = q.value(14).toInt();
    r.lastError = q.value(15).toString();
    r.sentAt = dateTimeOf(q.value(16));
    r.messageId = q.value(17).toString();
    r.facts = q.value(18).toString();
    r.rendered = q.value(19).toInt() != 0;
    return r;
}

qint64 readId(const QSqlQuery& q)
{
    return q.value(0).toLongLong();
}

const QString templateSelect
    = QStringLiteral("SELECT kind, subject, body_text, body_html, enabled, updated_at FROM email_templates ");

TemplateRow readTemplate(const QSqlQuery& q)
{
    return TemplateRow{q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toInt() != 0, dateTimeOf(q.value(5))};
}

} // namespace

MailStore::MailStore(Database& db)
    : m_statements(db)
    , m_dialect(db.dialect())
{
}

MailStore::~MailStore() = default;

// ---------------------------------------------------------------- templates

Found<TemplateRow> MailStore::templateRow(const QString& kind)
{
    Statement q = m_statements.prepared(templateSelect + QStringLiteral("WHERE kind = :kind"));
    q.bindValue(QStringLiteral(":kind"), kind);
    return readFirst(q, readTemplate);
}

Result<QList<TemplateRow>> MailStore::templates()
{
    Statement q = m_statements.prepared(templateSelect + QStringLiteral("ORDER BY kind"));
    return readAll(q, readTemplate);
}

Status MailStore::insertTemplate(const TemplateRow& row)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO email_templates (kind, subject, body_text, body_html, enabled, updated_at) "
        "VALUES (:kind, :subject, :text, :html, :enabled, :at) ON CONFLICT (kind) DO NOTHING"));
    q.bindValue(QStringLiteral(":kind"), row.kind);
    q.bindValue(QStringLiteral(":subject"), row.subject);
    q.bindValue(QStringLiteral(":text"), row.bodyText);
    q.bindValue(QStringLiteral(":html"), row.bodyHtml);
    q.bindValue(QStringLiteral(":enabled"), row.enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), core::toIso(row.updatedAt));
    return run(q);
}

Status MailStore::updateTemplate(const TemplateRow& row)
{
    Statement q = m_statements.prepared(QStringLiteral("UPDATE email_templates SET subject = :subject, body_text = "
                                                       ":text, body_html = :html, updated_at = :at "
                                                       "WHERE kind = :kind"));
    q.bindValue(QStringLiteral(":kind"), row.kind);
    q.bindValue(QStringLiteral(":subject"), row.subject);
    q.bindValue(QStringLiteral(":text"), row.bodyText);
    q.bindValue(QStringLiteral(":html"), row.bodyHtml);
    q.bindValue(QStringLiteral(":at"), core::toIso(row.updatedAt));
    return run(q);
}

Status MailStore::setTemplateEnabled(const QString& kind, bool enabled, const QDateTime& at)
{
    Statement q = m_statements.prepared(
        QStringLiteral("UPDATE email_templates SET enabled = :enabled, updated_at = :at WHERE kind = :kind"));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":enabled"), enabled ? 1 : 0);
    q.bindValue(QStringLiteral(":at"), core::toIso(at));
    return run(q);
}

// ---------------------------------------------------------------- reads for messages

Found<CustomerInfo> MailStore::customer(qint64 customerId)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT email, name FROM customers WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), customerId);
    return readFirst(q, [](const QSqlQuery& r) { return CustomerInfo{r.value(0).toString(), r.value(1).toString()}; });
}

Found<ShipmentInfo> MailStore::lastShipment(qint64 orderId)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT s.tracking, s.partial, i.sku, i.name, sl.qty FROM shipments s "
        "JOIN shipment_lines sl ON sl.shipment_id = s.id JOIN order_lines l ON l.id = sl.order_line_id "
        "JOIN items i ON i.id = l.item_id "
        "WHERE s.id = (SELECT MAX(id) FROM shipments WHERE order_id = :order) ORDER BY l.line_no"));
    q.bindValue(QStringLiteral(":order"), orderId);
    struct Row
    {
        QString tracking;
        bool partial;
        ShippedItem item;
    };
    const Result<QList<Row>> rows = readAll(q, [](const QSqlQuery& r) {
        return Row{r.value(0).toString(), r.value(1).toInt() != 0,
                   ShippedItem{r.value(2).toString(), r.value(3).toString(), r.value(4).toInt()}};
    });
    if (!rows)
        return rows.errors();
    std::optional<ShipmentInfo> info;
    for (const Row& row : rows.value()) {
        if (!info)
            info = ShipmentInfo{row.tracking, row.partial, {}};
        info->lines << row.item;
    }
    return info;
}

Found<CouponInfo> MailStore::coupon(const QString& code)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT code, percent, amount_minor, currency, reason FROM coupons WHERE code = :code"));
    q.bindValue(QStringLiteral(":code"), code);
    return readFirst(q, [](const QSqlQuery& r) {
        CouponInfo c;
        c.code = r.value(0).toString();
        if (!r.value(1).isNull())
            c.percent = r.value(1).toInt();
        if (!r.value(2).isNull())
            c.amountMinor = r.value(2).toLongLong();
        c.currency = r.value(3).toString();
        c.reason = r.value(4).toString();
        return c;
    });
}

Found<GoodwillCoupon> MailStore::goodwillCoupon(qint64 orderId)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT k.id, k.code, k.percent, COALESCE(m.state, '') FROM coupons k "
        "LEFT JOIN outbox m ON m.id = k.carried_by WHERE k.order_id = :order"));
    q.bindValue(QStringLiteral(":order"), orderId);
    return readFirst(q, [](const QSqlQuery& r) {
        return GoodwillCoupon{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(),
                              r.value(3).toString()};
    });
}

Result<qint64> MailStore::insertGoodwillCoupon(const CouponRow& coupon, qint64 customerId, qint64 orderId)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO coupons (code, customer_id, order_id, percent, currency, reason, created_at) "
        "VALUES (:code, :customer, :order, :percent, :currency, :reason, :at)"));
    q.bindValue(QStringLiteral(":code"), coupon.code);
    q.bindValue(QStringLiteral(":customer"), customerId);
    q.bindValue(QStringLiteral(":order"), orderId);
    q.bindValue(QStringLiteral(":percent"), coupon.percent.value_or(0));
    q.bindValue(QStringLiteral(":currency"), coupon.currency);
    q.bindValue(QStringLiteral(":reason"), coupon.reason);
    q.bindValue(QStringLiteral(":at"), core::toIso(coupon.createdAt));
    if (Status s = run(q); !s.ok())
        return s.errors();
    const Found<GoodwillCoupon> issued = goodwillCoupon(orderId);
    if (!issued)
        return issued.errors();
    if (!issued.value())
        return core::fail(QStringLiteral("the goodwill coupon of order %1 was not stored").arg(orderId));
    return issued.value()->id;
}

Status MailStore::setCouponCarrier(qint64 couponId, qint64 messageId)
{
    Statement q = m_statements.prepared(QStringLiteral("UPDATE coupons SET carried_by = :message WHERE id = :id"));
    q.bindValue(QStringLiteral(":message"), messageId);
    q.bindValue(QStringLiteral(":id"), couponId);
    return run(q);
}

Result<DuePage> MailStore::duePage(const QDate& today, qint64 afterId, int limit)
{
    // The page's orders (p: the due ones' partial index, read once), those with waiting
    // lines with their lines grouped, then the customer of each; and the ones that wait
    // for nothing, by id alone (their reminders are cancelled, they are not looked at
    // again until they change). Every order of p comes back, so every one is settled:
    // one left due would stand at the head of every page after it.
    // Which orders: SQLite takes the first of the due ones' partial index, where a settled
    // order is no longer found. PostgreSQL keeps a settled order's old row and index entry
    // until the transaction ends, and, most orders being due on a first run, reads the
    // table from its start: each page would pass every order settled before it. It reads
    // the due orders after the page before, in the order of their key, instead.
    const bool byKey = m_dialect.engine() == Dialect::Engine::PostgreSQL;
    const QString ids = byKey ? QStringLiteral("SELECT d.id FROM orders d WHERE d.mail_due <= ? AND d.id > ? "
                                               "ORDER BY d.id LIMIT ?")
                              : QStringLiteral("SELECT d.id FROM orders d WHERE d.mail_due <= ? LIMIT ?");
    // Read raw (sql::readRows): a big shop's first run reads every order due.
    const QString sql = QStringLiteral("WITH p AS MATERIALIZED (") + ids + QStringLiteral(") "
        "SELECT w.id AS id, w.order_number AS order_number, w.placed_at AS placed_at, w.next_promise, w.customer_id, "
        "c.email, w.payment_state, w.card_expiry, w.authorized_at, w.latest_promise, w.unknown_promises, w.waiting "
        "FROM (SELECT o.id, o.order_number, o.placed_at, "
        "MIN(CASE WHEN l.promised_date >= ? THEN l.promised_date END) AS next_promise, o.customer_id, "
        "o.payment_state, o.card_expiry, o.authorized_at, MAX(l.promised_date) AS latest_promise, "
        "SUM(CASE WHEN l.promised_date IS NULL THEN 1 ELSE 0 END) AS unknown_promises, SUM(l.qty_waiting) AS waiting "
        "FROM p JOIN orders o ON o.id = p.id JOIN order_lines l ON l.order_id = o.id WHERE l.qty_waiting > 0 "
        "GROUP BY o.id, o.order_number, o.placed_at, o.customer_id, o.payment_state, o.card_expiry, o.authorized_at) w "
        "LEFT JOIN customers c ON c.id = w.customer_id "
        "UNION ALL SELECT p.id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0 FROM p "
        "WHERE NOT EXISTS (SELECT 1 FROM order_lines x WHERE x.order_id = p.id AND x.qty_waiting > 0) "
        "ORDER BY placed_at, order_number, id");
    DuePage page;
    const Status read = readRows(
        m_statements, sql,
        [&](RowBinds& q, int& p) {
            q.bindValue(p++, core::toIso(today));
            if (byKey)
                q.bindValue(p++, afterId);
            q.bindValue(p++, limit);
            q.bindValue(p++, core::toIso(today));
        },
        [&](const RowValues& r) {
            page.orderIds << r.value(0).toLongLong();
            // Nothing waits, or nobody to write to (no customer): not looked at again
            // until it changes.
            if (r.value(11).toInt() <= 0 || r.value(5).isNull())
                return;
            WaitingOrder w{r.value(0).toLongLong(), r.value(1).toString(), dateTimeOf(r.value(2)),
                           dateOf(r.value(3)), r.value(4).toLongLong(), {}};
            RiskCandidate& c = w.risk;
            c.orderId = w.orderId;
            c.orderNumber = w.orderNumber;
            c.customerEmail = r.value(5).toString();
            c.payment = domain::parsePaymentState(r.value(6).toString()).value_or(domain::PaymentState::None);
            c.cardExpiry = r.value(7).toString();
            c.authorizedAt = dateTimeOf(r.value(8));
            // An unknown date on any waiting line makes the latest promise unknown.
            c.latestPromise = r.value(10).toInt() > 0 ? QDate() : dateOf(r.value(9));
            c.waiting = r.value(11).toInt();
            page.waiting << w;
        });
    if (!read.ok())
        return read.errors();
    return page;
}

Result<int> MailStore::countDue(const QDate& today)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT COUNT(*) FROM orders WHERE mail_due <= :due"));
    q.bindValue(QStringLiteral(":due"), core::toIso(today));
    return readCount(q);
}

Status MailStore::planEachRunUntilCommit()
{
    // PostgreSQL plans a statement kept on the connection for the values of its first runs;
    // after five it may keep one generic plan, costed for the tables' sizes at that moment,
    // and rows the running transaction adds never make it plan again. Kept from a run's
    // first pages, made while the outbox and the coupons were nearly empty, the plans read
    // all of them for every page and order after: the first `notify` on the large demo took
    // 140 s, 102 of them reading the pages' messages, and with goodwill coupons on it had
    // not done half its pages after ten minutes, looking up coupons by order, by code and
    // by id. The setting is local (SET LOCAL): it ends with the transaction, committed or not.
    if (const Result<QString> before = setPlanModeUntilCommit(QStringLiteral("force_custom_plan")); !before)
        return before.errors();
    return {};
}

Status MailStore::settleOrders(const QList<std::pair<qint64, QDate>>& nextLook)
{
    // Many orders to a statement (VALUES names its columns column1, column2 on both engines).
    return writeRows(m_statements, QStringLiteral("UPDATE orders SET mail_due = v.column2 FROM (VALUES "),
                     QStringLiteral("(CAST(? AS BIGINT), CAST(? AS TEXT))"),
                     QStringLiteral(") AS v WHERE orders.id = v.column1"), nextLook.size(), 512,
                     [&](RowBinds& q, qsizetype i, int& p) {
                         const auto& [order, day] = nextLook.at(i);
                         q.bindValue(p++, order);
                         q.bindValue(p++, day.isValid() ? QVariant(core::toIso(day))
                                                        : QVariant(QMetaType(QMetaType::QString)));
                     });
}

// ---------------------------------------------------------------- outbox

Found<qint64> MailStore::insertMessage(const OutboxRow& row)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO outbox (kind, occasion, order_id, customer_id, recipient, subject, body_text, "
        "body_html, created_at, due_at, state, attempts, last_error, message_id, facts, rendered) "
        "VALUES (:kind, :occasion, :order, :customer, :recipient, :subject, :text, :html, :created, :due, "
        "'pending', 0, '', :message_id, :facts, :rendered) ON CONFLICT (order_id, kind, occasion) DO NOTHING "
        "RETURNING id"));
    q.bindValue(QStringLiteral(":kind"), row.kind);
    q.bindValue(QStringLiteral(":occasion"), row.occasion);
    q.bindValue(QStringLiteral(":order"), orNull(row.orderId));
    q.bindValue(QStringLiteral(":customer"), orNull(row.customerId));
    q.bindValue(QStringLiteral(":recipient"), row.recipient);
    q.bindValue(QStringLiteral(":subject"), row.subject);
    q.bindValue(QStringLiteral(":text"), row.bodyText);
    q.bindValue(QStringLiteral(":html"), row.bodyHtml);
    q.bindValue(QStringLiteral(":created"), core::toIso(row.createdAt));
    q.bindValue(QStringLiteral(":due"), core::toIso(row.dueAt));
    q.bindValue(QStringLiteral(":message_id"), orNull(row.messageId));
    q.bindValue(QStringLiteral(":facts"), row.facts);
    q.bindValue(QStringLiteral(":rendered"), row.rendered ? 1 : 0);
    return readFirst(q, [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
}

Result<QString> MailStore::setPlanModeUntilCommit(const QString& mode)
{
    if (m_dialect.engine() != Dialect::Engine::PostgreSQL)
        return QString();
    // Both statements answer one row, the setting; none is a failed read, never "nothing
    // to set back".
    auto setting = [&](Statement& q) {
        return required(readFirst(q, [](const QSqlQuery& r) { return r.value(0).toString(); }),
                        [] { return core::fail(StatementCache::tr("Database error: %1")
                                                   .arg(QStringLiteral("plan_cache_mode was not read"))); });
    };
    Statement current = m_statements.prepared(QStringLiteral("SELECT current_setting('plan_cache_mode')"));
    const Result<QString> before = setting(current);
    if (!before)
        return before.errors();
    Statement set = m_statements.prepared(QStringLiteral("SELECT set_config('plan_cache_mode', ?, true)"));
    set.bindValue(P(0), mode);
    if (const Result<QString> now = setting(set); !now)
        return now.errors();
    return before;
}

Result<int> MailStore::insertIntents(const QList<MailIntent>& intents, const QDateTime& at)
{
    if (intents.isEmpty())
        return 0;
    // These inserts run with PostgreSQL's own choice of plan (`auto`: a kept generic plan
    // once a statement has run five times), whatever the transaction set
    // (planEachRunUntilCommit): an insert of values reads no table but the unique index
    // its conflict names, so a kept generic plan serves every run, where planning each run
    // of its 2,048 bound values cost as much as running it (7 of the 14 s the first
    // `notify` on the large demo spent in these inserts on PostgreSQL). The setting before
    // comes back after them; a failed insert ends the transaction (Shop::transact rolls
    // back), and the setting with it.
    const Result<QString> planMode = setPlanModeUntilCommit(QStringLiteral("auto"));
    if (!planMode)
        return planMode.errors();
    const QString when = core::toIso(at);
    // What was queued: each row RETURNING gives back (a conflict gives none).
    int queued = 0;
    const Status s = writeRows(
        m_statements,
        QStringLiteral("INSERT INTO outbox (kind, occasion, order_id, customer_id, recipient, subject, body_text, "
                       "body_html, created_at, due_at, state, attempts, last_error, facts, rendered) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, '', '', '', ?, ?, 'pending', 0, '', ?, 0)"),
        QStringLiteral(" ON CONFLICT (order_id, kind, occasion) DO NOTHING RETURNING id"), intents.size(), 256,
        [&](RowBinds& q, qsizetype i, int& p) {
            const MailIntent& intent = intents.at(i);
            q.bindValue(p++, intent.kind);
            q.bindValue(p++, intent.occasion);
            q.bindValue(p++, orNull(intent.orderId));
            q.bindValue(p++, orNull(intent.customerId));
            q.bindValue(p++, intent.recipient);
            q.bindValue(p++, when);
            q.bindValue(p++, when);
            q.bindValue(p++, intent.facts);
        },
        [&](const RowValues&) { ++queued; });
    if (!s.ok())
        return s.errors();
    if (!planMode->isEmpty()) {
        if (const Result<QString> back = setPlanModeUntilCommit(planMode.value()); !back)
            return back.errors();
    }
    return queued;
}

Result<int> MailStore::insertEventIntents(const EventIntents& intents)
{
    // The e-mail of each kind of event (EventStore's order mail kinds); a delay is told
    // of waiting lines of the items whose date slipped, a cancellation of cancelled lines,
    // a stock update of waiting lines of the items the purchase order brings. A stock
    // update is one per order and stage of a purchase order, however often that stage is
    // recorded: the details of the action's newest stock-update event of the order
    // ("shipped: PO-1") are its occasion and its facts' "stage".
    // The action's events are read by their ids alone (Dialect::byKeyOnly): through the
    // index of kinds, a single order placed read every confirmation the shop ever queued.
    const QString newestStage = QStringLiteral("(SELECT n.details FROM events n WHERE n.id = g.last_id)");
    Statement q = m_statements.prepared(QStringLiteral(
        "INSERT INTO outbox (kind, occasion, order_id, customer_id, recipient, subject, body_text, body_html, "
        "created_at, due_at, state, attempts, last_error, facts, rendered) "
        "SELECT g.mail_kind, "
        "CASE WHEN g.mail_kind = 'confirmation' THEN '' WHEN g.mail_kind = 'stock_update' THEN %1 "
        "ELSE 'event ' || CAST(g.first_id AS TEXT) END, "
        "g.order_id, o.customer_id, c.email, '', '', '', :created, :due, 'pending', 0, '', "
        "'{\"first\":' || CAST(g.first_id AS TEXT) || ',\"last\":' || CAST(g.last_id AS TEXT) "
        "|| CASE WHEN g.mail_kind = 'stock_update' THEN ',\"stage\":' || %2 ELSE '' END || '}', 0 "
        "FROM (SELECT e.order_id AS order_id, "
        "  CASE e.kind WHEN 'backordered' THEN 'confirmation' WHEN 'date slipped' THEN 'delay' "
        "  WHEN 'ready' THEN 'ready' WHEN 'cancelled' THEN 'cancelled' WHEN 'stock update' THEN 'stock_update' "
        "  ELSE 'shipped' END AS mail_kind, "
        "  MIN(e.id) AS first_id, MAX(e.id) AS last_id FROM %3 WHERE e.id > :after AND e.order_id <> 0 AND e.kind IN "
        "  ('backordered', 'date slipped', 'ready', 'shipped', 'shipped partly', 'cancelled', 'stock update') "
        "  GROUP BY e.order_id, mail_kind) g "
        "JOIN orders o ON o.id = g.order_id JOIN customers c ON c.id = o.customer_id "
        "WHERE COALESCE((SELECT t.enabled FROM email_templates t WHERE t.kind = g.mail_kind), 1) <> 0 "
        "AND LOWER(c.email) NOT LIKE :unknown ESCAPE '!' "
        "AND CASE g.mail_kind "
        "WHEN 'confirmation' THEN EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = g.order_id "
        "  AND l.qty_waiting > 0) "
        "WHEN 'ready' THEN EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = g.order_id "
        "  AND l.qty_allocated > 0) "
        "WHEN 'delay' THEN EXISTS (SELECT 1 FROM order_lines l JOIN events d ON d.item_id = l.item_id "
        "  WHERE l.order_id = g.order_id AND l.qty_waiting > 0 AND d.order_id = g.order_id AND d.id > :after2 "
        "  AND d.kind = 'date slipped') "
        "WHEN 'stock_update' THEN EXISTS (SELECT 1 FROM order_lines l JOIN events d ON d.item_id = l.item_id "
        "  WHERE l.order_id = g.order_id AND l.qty_waiting > 0 AND d.order_id = g.order_id AND d.id > :after4 "
        "  AND d.kind = 'stock update') "
        "WHEN 'shipped' THEN EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = g.order_id) "
        "ELSE EXISTS (SELECT 1 FROM events d WHERE d.order_id = g.order_id AND d.id > :after3 "
        "  AND d.kind = 'cancelled' AND d.item_id IS NOT NULL) END "
        "ORDER BY g.first_id "
        "ON CONFLICT (order_id, kind, occasion) DO NOTHING")
                                            .arg(newestStage, m_dialect.jsonString(newestStage), m_dialect.byKeyOnly(QStringLiteral("events"), QStringLiteral("e"))));
    QString unknown = intents.unknownCustomerSuffix.toLower();
    unknown.replace(QLatin1Char('!'), QStringLiteral("!!"))
        .replace(QLatin1Char('%'), QStringLiteral("!%"))
        .replace(QLatin1Char('_'), QStringLiteral("!_"));
    q.bindValue(QStringLiteral(":created"), core::toIso(intents.at));
    q.bindValue(QStringLiteral(":due"), core::toIso(intents.at));
    q.bindValue(QStringLiteral(":after"), intents.afterEventId);
    q.bindValue(QStringLiteral(":after2"), intents.afterEventId);
    q.bindValue(QStringLiteral(":after3"), intents.afterEventId);
    q.bindValue(QStringLiteral(":after4"), intents.afterEventId);
    q.bindValue(QStringLiteral(":unknown"), QString(QLatin1Char('%') + unknown));
    // A million-line import's 333,334 intents are sorted here (the ORDER BY): with the
    // page cache at 32 MiB the sort alone took the import's peak from 87 to 157 MiB.
    const PageCacheSize sortInLittle(m_statements.database(), 4096);
    if (Status s = run(q); !s.ok())
        return s.errors();
    return q.numRowsAffected();
}

Status MailStore::storeRendered(qint64 id, const QString& subject, const QString& bodyText, const QString& bodyHtml)
{
    Statement q = m_statements.prepared(QStringLiteral("UPDATE outbox SET subject = :subject, body_text = :text, "
                                                       "body_html = :html, rendered = 1 WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":subject"), subject);
    q.bindValue(QStringLiteral(":text"), bodyText);
    q.bindValue(QStringLiteral(":html"), bodyHtml);
    return run(q);
}

QString MailStore::messageKey(qint64 orderId, const QString& kind, const QString& occasion)
{
    return QString::number(orderId) + QLatin1Char(' ') + kind + QLatin1Char(' ') + occasion;
}

Found<OutboxRow> MailStore::message(qint64 id)
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT ") + messageColumns + messageFrom
                                        + QStringLiteral("WHERE m.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return readFirst(q, readMessage);
}

Result<QList<OutboxRow>> MailStore::messages(const OutboxFilter& filter)
{
    SqlText sql;
    const QString where = pageWhere(sql, filter, m_dialect);
    sql.text = QStringLiteral("SELECT ") + messageColumns + messageFrom + where + QStringLiteral(" ORDER BY m.id");
    Statement q = m_statements.prepared(sql.text);
    sql.bindTo(q);
    return readAll(q, readMessage);
}

Result<QList<qint64>> MailStore::dueMessageIds(const QDateTime& now)
{
    Statement q = m_statements.prepared(QStringLiteral(
        "SELECT id FROM outbox WHERE state = 'pending' AND due_at <= :now ORDER BY due_at, id"));
    q.bindValue(QStringLiteral(":now"), core::toIso(now));
    return readAll(q, readId);
}

Result<QList<qint64>> MailStore::staleSendingIds(const QDateTime& startedBefore)
{
    Statement q = m_statements.prepared(
        QStringLiteral("SELECT id FROM outbox WHERE state = 'sending' AND due_at < :before ORDER BY id"));
    q.bindValue(QStringLiteral(":before"), core::toIso(startedBefore));
    return readAll(q, readId);
}

namespace {

// A message with its order's units now (the sums the order keeps, migration 0012).
const QString messageCheckColumns = QStringLiteral(
    "SELECT m.id, m.kind, m.occasion, COALESCE(m.order_id, 0), COALESCE(o.units_waiting, 0), "
    "COALESCE(o.units_allocated, 0), m.state ");

MessageCheck readMessageCheck(const RowValues& r)
{
    return MessageCheck{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toLongLong(),
                        r.value(4).toInt(),      r.value(5).toInt(),    r.value(6).toString() == messageState::Pending};
}

} // namespace

Result<QList<MessageCheck>> MailStore::messagesOfOrders(const QList<qint64>& orderIds)
{
    // A few each, through the outbox's order key; many orders to a statement.
    QList<MessageCheck> checks;
    const Status read = writeRows(
        m_statements, messageCheckColumns + QStringLiteral("FROM (VALUES "), QStringLiteral("(CAST(? AS BIGINT))"),
        QStringLiteral(") AS v JOIN outbox m ON m.order_id = v.column1 JOIN orders o ON o.id = m.order_id"),
        orderIds.size(), 256, [&](RowBinds& q, qsizetype i, int& p) { q.bindValue(p++, orderIds.at(i)); },
        [&](const RowValues& r) { checks << readMessageCheck(r); });
    if (!read.ok())
        return read.errors();
    std::sort(checks.begin(), checks.end(), [](const MessageCheck& a, const MessageCheck& b) { return a.id < b.id; });
    return checks;
}

Result<QList<MessageCheck>> MailStore::pendingOfKind(const QString& kind, int limit)
{
    // The literal state lets both engines read outbox_pending_by_kind.
    QList<MessageCheck> checks;
    const Status read = readRows(
        m_statements,
        messageCheckColumns
            + QStringLiteral("FROM outbox m LEFT JOIN orders o ON o.id = m.order_id "
                             "WHERE m.state = 'pending' AND m.kind = ? ORDER BY m.id LIMIT ?"),
        [&](RowBinds& q, int& p) {
            q.bindValue(p++, kind);
            q.bindValue(p++, limit);
        },
        [&](const RowValues& r) { checks << readMessageCheck(r); });
    if (!read.ok())
        return read.errors();
    return checks;
}

Result<bool> MailStore::claimForSending(qint64 id, const QString& messageId, const QDateTime& at)
{
    Statement q = m_statements.prepared(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
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
    Statement q = m_statements.prepared(
        QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = :at, last_error = '' WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":at"), core::toIso(at));
    return run(q);
}

Status MailStore::markRetry(qint64 id, const QDateTime& due, const QString& error)
{
    return setState(id, messageState::Pending, error, due);
}

Status MailStore::setState(qint64 id, const QString& newState, const QString& error, const QDateTime& due)
{
    Statement q = m_statements.prepared(QStringLiteral("UPDATE outbox SET state = :state, last_error = :error, due_at = "
                                                       "COALESCE(:due, due_at) WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":state"), newState);
    q.bindValue(QStringLiteral(":error"), error);
    q.bindValue(QStringLiteral(":due"), orNull(due));
    return run(q);
}

Result<QMap<QString, int>> MailStore::countByState()
{
    Statement q = m_statements.prepared(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"));
    const Result<QList<std::pair<QString, int>>> rows
        = readAll(q, [](const QSqlQuery& r) { return std::pair<QString, int>(r.value(0).toString(), r.value(1).toInt()); });
    if (!rows)
        return rows.errors();
    QMap<QString, int> counts;
    for (const auto& [state, count] : rows.value())
        counts.insert(state, count);
    return counts;
}

Result<QList<OutboxRow>> MailStore::messagesPage(const OutboxFilter& filter, int offset, int limit, bool reversed)
{
    SqlText sql;
    const QString where = pageWhere(sql, filter, m_dialect);
    // The page's messages are picked by their ids first: sorting what a search found
    // carries only ids, not every column (15,000 messages: 17 ms instead of 85).
    const QString order = reversed ? QStringLiteral(" ORDER BY m.id ASC") : QStringLiteral(" ORDER BY m.id DESC");
    sql.text = QStringLiteral("SELECT ") + messageColumns + messageFrom + QStringLiteral("WHERE m.id IN (SELECT m.id FROM outbox m")
        + where + order + QStringLiteral(" LIMIT ") + sql.bind(limitValue(limit)) + QStringLiteral(" OFFSET ")
        + sql.bind(offset) + QLatin1Char(')') + order;
    Statement q = m_statements.prepared(sql.text);
    sql.bindTo(q);
    return readAll(q, readMessage);
}

Result<int> MailStore::countMessages(const OutboxFilter& filter)
{
    SqlText sql;
    const QString where = pageWhere(sql, filter, m_dialect);
    sql.text = QStringLiteral("SELECT COUNT(*) FROM outbox m") + where;
    Statement q = m_statements.prepared(sql.text);
    sql.bindTo(q);
    return readCount(q);
}

} // namespace bd::store
