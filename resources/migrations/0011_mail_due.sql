-- Backorder Desk schema, version 11: the schedule reads only the orders something is due for.
--
-- `notify` looked at every waiting order and every unsent message on every run; on a
-- busy shop that is most of the time of a run that finds nothing new. orders.mail_due
-- says when the schedule (follow-ups, countdowns, payment updates, and cancelling what no
-- longer applies) next looks at the order:
--   ''      now: the order is new, or changed since the schedule last looked at it;
--   a date  on that day (ISO 8601): the schedule wrote the first day on which time alone
--           may make something due for the waiting order;
--   NULL    not until it changes: nothing of it waits.
-- The schedule writes the dates and NULLs; the triggers below set '' in the transaction of
-- every change a reminder depends on, whichever code makes it: a line deleted or its
-- waiting, set-aside or promised state changed, the order's payment or customer, the
-- customer's address, a message made pending again, a kind of e-mail switched on or off,
-- and the settings the schedule counts days with. Orders start due, existing ones too.
ALTER TABLE orders ADD COLUMN mail_due TEXT DEFAULT '';
CREATE INDEX orders_by_mail_due ON orders (mail_due) WHERE mail_due IS NOT NULL;

-- The unsent messages of a kind, for cancelling them when the kind is switched off.
CREATE INDEX outbox_pending_by_kind ON outbox (kind) WHERE state = 'pending';

-- A line is written only with its order (placing it; the demo), and a new order starts
-- due by the column's default, so inserting a line needs no trigger: one fired for every
-- line of an import cost a quarter of the import's time for nothing.
-- What the schedule reads of a line: whether it waits, whether something is set aside
-- for it, and its promised date.
CREATE TRIGGER order_lines_mail_due_update AFTER UPDATE OF qty_waiting, qty_allocated, promised_date ON order_lines
WHEN (OLD.qty_waiting > 0) <> (NEW.qty_waiting > 0) OR (OLD.qty_allocated > 0) <> (NEW.qty_allocated > 0)
    OR OLD.promised_date IS NOT NEW.promised_date
BEGIN
    UPDATE orders SET mail_due = '' WHERE id = NEW.order_id AND mail_due IS NOT '';
END;
CREATE TRIGGER order_lines_mail_due_delete AFTER DELETE ON order_lines BEGIN
    UPDATE orders SET mail_due = '' WHERE id = OLD.order_id AND mail_due IS NOT '';
END;
CREATE TRIGGER orders_mail_due AFTER UPDATE OF placed_at, customer_id, payment_state, card_expiry, authorized_at ON orders
WHEN OLD.placed_at IS NOT NEW.placed_at OR OLD.customer_id IS NOT NEW.customer_id
    OR OLD.payment_state IS NOT NEW.payment_state OR OLD.card_expiry IS NOT NEW.card_expiry
    OR OLD.authorized_at IS NOT NEW.authorized_at
BEGIN
    UPDATE orders SET mail_due = '' WHERE id = NEW.id;
END;
CREATE TRIGGER customers_mail_due AFTER UPDATE OF email ON customers WHEN OLD.email IS NOT NEW.email BEGIN
    UPDATE orders SET mail_due = '' WHERE customer_id = NEW.id AND mail_due > '';
END;
CREATE TRIGGER outbox_mail_due AFTER UPDATE OF state ON outbox
WHEN NEW.state = 'pending' AND OLD.state <> 'pending' AND NEW.order_id IS NOT NULL
BEGIN
    UPDATE orders SET mail_due = '' WHERE id = NEW.order_id AND mail_due IS NOT '';
END;
-- A kind switched on may be due for every waiting order; one switched off is cancelled
-- where it is pending (the schedule reads those through outbox_pending_by_kind).
CREATE TRIGGER email_templates_mail_due_insert AFTER INSERT ON email_templates WHEN NEW.enabled = 0 BEGIN
    UPDATE orders SET mail_due = '' WHERE mail_due > '';
END;
CREATE TRIGGER email_templates_mail_due_update AFTER UPDATE OF enabled ON email_templates
WHEN OLD.enabled <> NEW.enabled
BEGIN
    UPDATE orders SET mail_due = '' WHERE mail_due > '';
END;
CREATE TRIGGER settings_mail_due_insert AFTER INSERT ON settings
WHEN NEW.key IN ('mail.followup_days', 'mail.countdown_days', 'payment.auth_hold_days')
BEGIN
    UPDATE orders SET mail_due = '' WHERE mail_due > '';
END;
CREATE TRIGGER settings_mail_due_update AFTER UPDATE ON settings
WHEN NEW.key IN ('mail.followup_days', 'mail.countdown_days', 'payment.auth_hold_days')
    AND OLD.value IS NOT NEW.value
BEGIN
    UPDATE orders SET mail_due = '' WHERE mail_due > '';
END;
CREATE TRIGGER settings_mail_due_delete AFTER DELETE ON settings
WHEN OLD.key IN ('mail.followup_days', 'mail.countdown_days', 'payment.auth_hold_days')
BEGIN
    UPDATE orders SET mail_due = '' WHERE mail_due > '';
END;

-- An order's lines are found by UNIQUE (order_id, line_no), an item's by the queue's
-- index, which starts with item_id, and a customer's orders by orders_by_customer_placed
-- (version 2): version 1's indexes on those columns alone only cost every row written
-- (an import of a million lines wrote seven index entries a line).
DROP INDEX order_lines_by_order;
DROP INDEX order_lines_by_item;
DROP INDEX orders_by_customer;

-- The orders list sorted by payment walks this index instead of sorting every order: its
-- expression is the store's order of the payment states (OrderStore::paymentRank), and
-- must stay the same text.
CREATE INDEX orders_by_payment_rank ON orders ((CASE payment_state WHEN 'none' THEN 0 WHEN 'verified' THEN 1 WHEN 'authorized' THEN 2 WHEN 'captured' THEN 3 END), id);
