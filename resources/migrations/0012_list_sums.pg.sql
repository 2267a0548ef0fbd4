-- Backorder Desk schema, version 12 on PostgreSQL: what the lists sort and filter by is
-- kept where an index can read it, the sums of an order's lines on the order, the sums of
-- a customer's orders on the customer and the order's customer on each line (see 0012_list_sums.sql for what each column holds and
-- when it is written). The same triggers, as PL/pgSQL functions.
ALTER TABLE orders ADD COLUMN line_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN units_open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN units_waiting INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN lines_waiting INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN units_allocated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN units_shipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN total_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN latest_promise TEXT NOT NULL DEFAULT '';

-- The sums of one order's lines, written on the order.
CREATE FUNCTION order_sums_refresh(order_key BIGINT) RETURNS void LANGUAGE sql AS $$
    UPDATE orders SET (line_count, units_open, units_waiting, lines_waiting, units_allocated, units_shipped, total_minor,
        latest_promise) = (
        SELECT COUNT(*), COALESCE(SUM(l.qty - l.qty_cancelled), 0), COALESCE(SUM(l.qty_waiting), 0),
               COALESCE(SUM(CASE WHEN l.qty_waiting > 0 THEN 1 ELSE 0 END), 0), COALESCE(SUM(l.qty_allocated), 0), COALESCE(SUM(l.qty_shipped), 0),
               COALESCE(SUM((l.qty - l.qty_cancelled) * l.unit_price_minor), 0),
               CASE WHEN SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END) > 0 THEN 'unknown'
                    ELSE COALESCE(MAX(CASE WHEN l.qty_waiting > 0 THEN l.promised_date END), '') END
        FROM order_lines l WHERE l.order_id = order_key)
    WHERE id = order_key;
$$;

SELECT order_sums_refresh(id) FROM orders;

-- A line changed moves its order's sums by the difference; each function writes only the
-- sums it changes, so an index of the orders is rewritten only when its key may have moved.
CREATE FUNCTION order_units_of_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orders SET units_open = units_open + (NEW.qty - NEW.qty_cancelled) - (OLD.qty - OLD.qty_cancelled),
        units_waiting = units_waiting + NEW.qty_waiting - OLD.qty_waiting,
        lines_waiting = lines_waiting + (CASE WHEN NEW.qty_waiting > 0 THEN 1 ELSE 0 END)
            - (CASE WHEN OLD.qty_waiting > 0 THEN 1 ELSE 0 END),
        units_allocated = units_allocated + NEW.qty_allocated - OLD.qty_allocated,
        units_shipped = units_shipped + NEW.qty_shipped - OLD.qty_shipped
    WHERE id = NEW.order_id;
    RETURN NULL;
END
$$;
CREATE FUNCTION order_total_of_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orders SET total_minor = total_minor + (NEW.qty - NEW.qty_cancelled) * NEW.unit_price_minor
        - (OLD.qty - OLD.qty_cancelled) * OLD.unit_price_minor
    WHERE id = NEW.order_id;
    RETURN NULL;
END
$$;
CREATE FUNCTION order_promise_of_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orders SET latest_promise = (
        SELECT CASE WHEN SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END) > 0 THEN 'unknown'
                    ELSE COALESCE(MAX(CASE WHEN l.qty_waiting > 0 THEN l.promised_date END), '') END
        FROM order_lines l WHERE l.order_id = NEW.order_id)
    WHERE id = NEW.order_id;
    RETURN NULL;
END
$$;
CREATE FUNCTION order_sums_of_deleted_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM order_sums_refresh(OLD.order_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER order_lines_units_update AFTER UPDATE OF qty, qty_allocated, qty_shipped, qty_waiting, qty_cancelled
    ON order_lines FOR EACH ROW
    WHEN (OLD.qty IS DISTINCT FROM NEW.qty OR OLD.qty_allocated IS DISTINCT FROM NEW.qty_allocated
          OR OLD.qty_shipped IS DISTINCT FROM NEW.qty_shipped OR OLD.qty_waiting IS DISTINCT FROM NEW.qty_waiting
          OR OLD.qty_cancelled IS DISTINCT FROM NEW.qty_cancelled)
    EXECUTE FUNCTION order_units_of_line();
CREATE TRIGGER order_lines_total_update AFTER UPDATE OF qty, qty_cancelled, unit_price_minor ON order_lines
    FOR EACH ROW
    WHEN ((OLD.qty - OLD.qty_cancelled) * OLD.unit_price_minor <> (NEW.qty - NEW.qty_cancelled) * NEW.unit_price_minor)
    EXECUTE FUNCTION order_total_of_line();
CREATE TRIGGER order_lines_promise_update AFTER UPDATE OF qty_waiting, promised_date ON order_lines
    FOR EACH ROW
    WHEN ((OLD.qty_waiting > 0) <> (NEW.qty_waiting > 0) OR OLD.promised_date IS DISTINCT FROM NEW.promised_date)
    EXECUTE FUNCTION order_promise_of_line();
CREATE TRIGGER order_lines_sums_delete AFTER DELETE ON order_lines
    FOR EACH ROW EXECUTE FUNCTION order_sums_of_deleted_line();

CREATE INDEX orders_by_line_count ON orders (line_count, id);
CREATE INDEX orders_by_units_waiting ON orders (units_waiting, id);
CREATE INDEX orders_by_total ON orders (total_minor, id);
CREATE INDEX orders_by_latest_promise ON orders (latest_promise, id);
CREATE INDEX orders_by_state ON orders ((CASE WHEN units_open = 0 THEN 5 WHEN units_waiting = 0 AND units_allocated = 0 THEN 4 WHEN units_shipped > 0 THEN 3 WHEN units_waiting = 0 THEN 2 WHEN units_allocated > 0 THEN 1 ELSE 0 END), id);

-- Each line keeps its order's customer, for the items list's count of waiting customers.
ALTER TABLE order_lines ADD COLUMN customer_id INTEGER REFERENCES customers (id);
UPDATE order_lines l SET customer_id = o.customer_id FROM orders o WHERE o.id = l.order_id;
CREATE FUNCTION order_customer_to_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE order_lines SET customer_id = NEW.customer_id WHERE order_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_customer_to_lines AFTER UPDATE OF customer_id ON orders
    FOR EACH ROW WHEN (OLD.customer_id IS DISTINCT FROM NEW.customer_id)
    EXECUTE FUNCTION order_customer_to_lines();
CREATE INDEX order_lines_waiting_customers ON order_lines (item_id, customer_id) WHERE qty_waiting > 0;

-- Each customer keeps the sums of its orders, for the customers list.
ALTER TABLE customers ADD COLUMN order_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN waiting_lines INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN last_order_at TEXT NOT NULL DEFAULT '';

-- The sums of one customer's orders, written on the customer.
CREATE FUNCTION customer_sums_refresh(customer_key BIGINT) RETURNS void LANGUAGE sql AS $$
    UPDATE customers SET (order_count, waiting_lines, last_order_at) = (
        SELECT COUNT(*), COALESCE(SUM(o.lines_waiting), 0), COALESCE(MAX(o.placed_at), '')
        FROM orders o WHERE o.customer_id = customer_key)
    WHERE id = customer_key;
$$;
SELECT customer_sums_refresh(id) FROM customers;

CREATE FUNCTION customer_sums_of_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE customers SET order_count = order_count + 1, waiting_lines = waiting_lines + NEW.lines_waiting,
            last_order_at = GREATEST(last_order_at, NEW.placed_at)
        WHERE id = NEW.customer_id;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM customer_sums_refresh(OLD.customer_id);
    ELSIF OLD.customer_id <> NEW.customer_id OR OLD.placed_at <> NEW.placed_at THEN
        PERFORM customer_sums_refresh(OLD.customer_id);
        PERFORM customer_sums_refresh(NEW.customer_id);
    ELSE
        UPDATE customers SET waiting_lines = waiting_lines + NEW.lines_waiting - OLD.lines_waiting
        WHERE id = NEW.customer_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_customer_sums_insert AFTER INSERT ON orders
    FOR EACH ROW EXECUTE FUNCTION customer_sums_of_order();
CREATE TRIGGER orders_customer_sums_update AFTER UPDATE OF lines_waiting, customer_id, placed_at ON orders
    FOR EACH ROW
    WHEN (OLD.lines_waiting <> NEW.lines_waiting OR OLD.customer_id <> NEW.customer_id OR OLD.placed_at <> NEW.placed_at)
    EXECUTE FUNCTION customer_sums_of_order();
CREATE TRIGGER orders_customer_sums_delete AFTER DELETE ON orders
    FOR EACH ROW EXECUTE FUNCTION customer_sums_of_order();
CREATE INDEX customers_by_order_count ON customers (order_count, id);
CREATE INDEX customers_by_waiting_lines ON customers (waiting_lines, id);
CREATE INDEX customers_by_last_order ON customers (last_order_at, id);
