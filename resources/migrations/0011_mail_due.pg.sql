-- Backorder Desk schema, version 11 on PostgreSQL: the schedule reads only the orders
-- something is due for (see 0011_mail_due.sql for what orders.mail_due holds and which
-- changes make an order due). The same triggers, as PL/pgSQL functions.
ALTER TABLE orders ADD COLUMN mail_due TEXT DEFAULT '';
CREATE INDEX orders_by_mail_due ON orders (mail_due) WHERE mail_due IS NOT NULL;

CREATE INDEX outbox_pending_by_kind ON outbox (kind) WHERE state = 'pending';

-- The order of the changed row (a line, or a message made pending again) is due now.
CREATE FUNCTION mail_due_of_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE orders SET mail_due = '' WHERE id = OLD.order_id AND mail_due IS DISTINCT FROM '';
    ELSE
        UPDATE orders SET mail_due = '' WHERE id = NEW.order_id AND mail_due IS DISTINCT FROM '';
    END IF;
    RETURN NULL;
END
$$;
-- The order itself, changed: due now, in the same row version.
CREATE FUNCTION mail_due_changed_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.mail_due := '';
    RETURN NEW;
END
$$;
-- The customer's address changed: their waiting orders are due now.
CREATE FUNCTION mail_due_of_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orders SET mail_due = '' WHERE customer_id = NEW.id AND mail_due > '';
    RETURN NULL;
END
$$;
-- A kind of e-mail switched on or off, or a setting the schedule counts days with: every
-- waiting order is due now.
CREATE FUNCTION mail_due_of_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orders SET mail_due = '' WHERE mail_due > '';
    RETURN NULL;
END
$$;

-- A line is written only with its order (placing it; the demo), and a new order starts
-- due by the column's default, so inserting a line needs no trigger: one fired for every
-- line of an import cost a quarter of the import's time for nothing.
CREATE TRIGGER order_lines_mail_due_update AFTER UPDATE OF qty_waiting, qty_allocated, promised_date ON order_lines
    FOR EACH ROW
    WHEN ((OLD.qty_waiting > 0) <> (NEW.qty_waiting > 0) OR (OLD.qty_allocated > 0) <> (NEW.qty_allocated > 0)
          OR OLD.promised_date IS DISTINCT FROM NEW.promised_date)
    EXECUTE FUNCTION mail_due_of_order();
CREATE TRIGGER order_lines_mail_due_delete AFTER DELETE ON order_lines
    FOR EACH ROW EXECUTE FUNCTION mail_due_of_order();
CREATE TRIGGER orders_mail_due BEFORE UPDATE OF placed_at, customer_id, payment_state, card_expiry, authorized_at ON orders
    FOR EACH ROW
    WHEN (OLD.placed_at IS DISTINCT FROM NEW.placed_at OR OLD.customer_id IS DISTINCT FROM NEW.customer_id
          OR OLD.payment_state IS DISTINCT FROM NEW.payment_state OR OLD.card_expiry IS DISTINCT FROM NEW.card_expiry
          OR OLD.authorized_at IS DISTINCT FROM NEW.authorized_at)
    EXECUTE FUNCTION mail_due_changed_order();
CREATE TRIGGER customers_mail_due AFTER UPDATE OF email ON customers
    FOR EACH ROW WHEN (OLD.email IS DISTINCT FROM NEW.email) EXECUTE FUNCTION mail_due_of_customer();
CREATE TRIGGER outbox_mail_due AFTER UPDATE OF state ON outbox
    FOR EACH ROW WHEN (NEW.state = 'pending' AND OLD.state <> 'pending' AND NEW.order_id IS NOT NULL)
    EXECUTE FUNCTION mail_due_of_order();
CREATE TRIGGER email_templates_mail_due_insert AFTER INSERT ON email_templates
    FOR EACH ROW WHEN (NEW.enabled = 0) EXECUTE FUNCTION mail_due_of_all();
CREATE TRIGGER email_templates_mail_due_update AFTER UPDATE OF enabled ON email_templates
    FOR EACH ROW WHEN (OLD.enabled <> NEW.enabled) EXECUTE FUNCTION mail_due_of_all();
CREATE TRIGGER settings_mail_due_insert AFTER INSERT ON settings
    FOR EACH ROW WHEN (NEW.key IN ('mail.followup_days', 'mail.countdown_days', 'payment.auth_hold_days'))
    EXECUTE FUNCTION mail_due_of_all();
CREATE TRIGGER settings_mail_due_update AFTER UPDATE ON settings
    FOR EACH ROW
    WHEN (NEW.key IN ('mail.followup_days', 'mail.countdown_days', 'payment.auth_hold_days')
          AND OLD.value IS DISTINCT FROM NEW.value)
    EXECUTE FUNCTION mail_due_of_all();
CREATE TRIGGER settings_mail_due_delete AFTER DELETE ON settings
    FOR EACH ROW WHEN (OLD.key IN ('mail.followup_days', 'mail.countdown_days', 'payment.auth_hold_days'))
    EXECUTE FUNCTION mail_due_of_all();

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
