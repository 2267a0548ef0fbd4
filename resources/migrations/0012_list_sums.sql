-- Backorder Desk schema, version 12: what the lists sort and filter by is kept where an
-- index can read it: the sums of an order's lines on the order, the sums of a customer's
-- orders on the customer, and the order's customer on each line.
--
-- The list sorted by lines, units waiting, total, state or promised date, and filtered by
-- state, worked the sums of every order's lines out for every page: seconds on a shop
-- with a million lines. The order now keeps the sums of its lines:
--   line_count       its lines
--   units_open       units ordered and not cancelled
--   units_waiting    units waiting for stock
--   lines_waiting    lines with units waiting
--   units_allocated  units set aside, not yet shipped
--   units_shipped    units shipped
--   total_minor      the value of the units not cancelled, in minor units
--   latest_promise   '' when nothing waits; 'unknown' when a waiting line has no promised
--                    date; else the latest promised date of the waiting lines (ISO 8601)
-- The order's state (domain::Order::stateName) follows from the units; OrderStore's
-- stateRank() is that derivation in SQL, and orders_by_state below must keep its text.
--
-- Lines are written only with their order (placing it; the demo), which writes the sums
-- with the order: a trigger on every inserted line would cost an import a row update per
-- line. A line changed or deleted afterwards, by whichever code, brings its order's sums
-- up to date in the same transaction through the triggers below. `check` proves the sums
-- against the lines.
ALTER TABLE orders ADD COLUMN line_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN units_open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN units_waiting INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN lines_waiting INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN units_allocated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN units_shipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN total_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN latest_promise TEXT NOT NULL DEFAULT '';

UPDATE orders SET (line_count, units_open, units_waiting, lines_waiting, units_allocated, units_shipped, total_minor,
        latest_promise) = (
    SELECT COUNT(*), COALESCE(SUM(l.qty - l.qty_cancelled), 0), COALESCE(SUM(l.qty_waiting), 0),
           COALESCE(SUM(CASE WHEN l.qty_waiting > 0 THEN 1 ELSE 0 END), 0), COALESCE(SUM(l.qty_allocated), 0), COALESCE(SUM(l.qty_shipped), 0),
           COALESCE(SUM((l.qty - l.qty_cancelled) * l.unit_price_minor), 0),
           CASE WHEN SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END) > 0 THEN 'unknown'
                ELSE COALESCE(MAX(CASE WHEN l.qty_waiting > 0 THEN l.promised_date END), '') END
    FROM order_lines l WHERE l.order_id = orders.id);

-- A change to a line moves its order's sums by the difference. Each trigger writes only
-- the sums it changes, so an index of the orders is rewritten only when its key may have
-- moved: a receipt (units waiting become allocated) leaves the totals' index alone, a new
-- promised date the units'.
CREATE TRIGGER order_lines_units_update AFTER UPDATE OF qty, qty_allocated, qty_shipped, qty_waiting, qty_cancelled
    ON order_lines
WHEN OLD.qty IS NOT NEW.qty OR OLD.qty_allocated IS NOT NEW.qty_allocated OR OLD.qty_shipped IS NOT NEW.qty_shipped
    OR OLD.qty_waiting IS NOT NEW.qty_waiting OR OLD.qty_cancelled IS NOT NEW.qty_cancelled
BEGIN
    UPDATE orders SET units_open = units_open + (NEW.qty - NEW.qty_cancelled) - (OLD.qty - OLD.qty_cancelled),
        units_waiting = units_waiting + NEW.qty_waiting - OLD.qty_waiting,
        lines_waiting = lines_waiting + (CASE WHEN NEW.qty_waiting > 0 THEN 1 ELSE 0 END)
            - (CASE WHEN OLD.qty_waiting > 0 THEN 1 ELSE 0 END),
        units_allocated = units_allocated + NEW.qty_allocated - OLD.qty_allocated,
        units_shipped = units_shipped + NEW.qty_shipped - OLD.qty_shipped
    WHERE id = NEW.order_id;
END;
CREATE TRIGGER order_lines_total_update AFTER UPDATE OF qty, qty_cancelled, unit_price_minor ON order_lines
WHEN (OLD.qty - OLD.qty_cancelled) * OLD.unit_price_minor <> (NEW.qty - NEW.qty_cancelled) * NEW.unit_price_minor
BEGIN
    UPDATE orders SET total_minor = total_minor + (NEW.qty - NEW.qty_cancelled) * NEW.unit_price_minor
        - (OLD.qty - OLD.qty_cancelled) * OLD.unit_price_minor
    WHERE id = NEW.order_id;
END;
-- The latest promise is not a sum: it is read again from the order's lines when a line
-- starts or stops waiting or its promised date changes.
CREATE TRIGGER order_lines_promise_update AFTER UPDATE OF qty_waiting, promised_date ON order_lines
WHEN (OLD.qty_waiting > 0) <> (NEW.qty_waiting > 0) OR OLD.promised_date IS NOT NEW.promised_date
BEGIN
    UPDATE orders SET latest_promise = (
        SELECT CASE WHEN SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END) > 0 THEN 'unknown'
                    ELSE COALESCE(MAX(CASE WHEN l.qty_waiting > 0 THEN l.promised_date END), '') END
        FROM order_lines l WHERE l.order_id = NEW.order_id)
    WHERE id = NEW.order_id;
END;
-- A line deleted: the order's sums are read again from the lines it has left.
CREATE TRIGGER order_lines_sums_delete AFTER DELETE ON order_lines BEGIN
    UPDATE orders SET (line_count, units_open, units_waiting, lines_waiting, units_allocated, units_shipped, total_minor,
        latest_promise) = (
        SELECT COUNT(*), COALESCE(SUM(l.qty - l.qty_cancelled), 0), COALESCE(SUM(l.qty_waiting), 0),
               COALESCE(SUM(CASE WHEN l.qty_waiting > 0 THEN 1 ELSE 0 END), 0), COALESCE(SUM(l.qty_allocated), 0), COALESCE(SUM(l.qty_shipped), 0),
               COALESCE(SUM((l.qty - l.qty_cancelled) * l.unit_price_minor), 0),
               CASE WHEN SUM(CASE WHEN l.qty_waiting > 0 AND l.promised_date IS NULL THEN 1 ELSE 0 END) > 0 THEN 'unknown'
                    ELSE COALESCE(MAX(CASE WHEN l.qty_waiting > 0 THEN l.promised_date END), '') END
        FROM order_lines l WHERE l.order_id = OLD.order_id)
    WHERE id = OLD.order_id;
END;

-- Each sort of the list walks one of these instead of sorting every order; the last
-- column breaks ties as the list does.
CREATE INDEX orders_by_line_count ON orders (line_count, id);
CREATE INDEX orders_by_units_waiting ON orders (units_waiting, id);
CREATE INDEX orders_by_total ON orders (total_minor, id);
CREATE INDEX orders_by_latest_promise ON orders (latest_promise, id);
CREATE INDEX orders_by_state ON orders ((CASE WHEN units_open = 0 THEN 5 WHEN units_waiting = 0 AND units_allocated = 0 THEN 4 WHEN units_shipped > 0 THEN 3 WHEN units_waiting = 0 THEN 2 WHEN units_allocated > 0 THEN 1 ELSE 0 END), id);

-- The items list counts each item's waiting customers (and sorts by that count): from a
-- line's order that was a look-up of the order for every waiting line, 1.5 s over a
-- shop's 200,000 waiting lines. The line keeps its order's customer, like the queue key,
-- and one partial index holds each waiting line's item and customer. It is written with
-- the line; the trigger below carries a change of the order's customer to its lines, and
-- `check` proves the copy against the order.
ALTER TABLE order_lines ADD COLUMN customer_id INTEGER REFERENCES customers (id);
UPDATE order_lines SET customer_id = (SELECT o.customer_id FROM orders o WHERE o.id = order_lines.order_id);
CREATE TRIGGER orders_customer_to_lines AFTER UPDATE OF customer_id ON orders
WHEN OLD.customer_id IS NOT NEW.customer_id
BEGIN
    UPDATE order_lines SET customer_id = NEW.customer_id WHERE order_id = NEW.id;
END;
CREATE INDEX order_lines_waiting_customers ON order_lines (item_id, customer_id) WHERE qty_waiting > 0;

-- The customers list sorted by orders, waiting lines or last order, and filtered to the
-- customers who wait, counted every customer's orders and lines for every page. The
-- customer keeps the sums of its orders:
--   order_count    its orders
--   waiting_lines  the lines of its orders that wait (the orders' lines_waiting)
--   last_order_at  when its latest order was placed; '' for none, so a customer without
--                  orders sorts first ascending on both engines
-- A new order adds itself; an order whose waiting lines change moves the count by the
-- difference; an order that changes customer or placed time (with its waiting lines or
-- not), or is deleted, has its customers' sums read again from their orders. `check`
-- proves them against the orders.
ALTER TABLE customers ADD COLUMN order_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN waiting_lines INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN last_order_at TEXT NOT NULL DEFAULT '';
UPDATE customers SET (order_count, waiting_lines, last_order_at) = (
    SELECT COUNT(*), COALESCE(SUM(o.lines_waiting), 0), COALESCE(MAX(o.placed_at), '')
    FROM orders o WHERE o.customer_id = customers.id);

CREATE TRIGGER orders_customer_sums_insert AFTER INSERT ON orders BEGIN
    UPDATE customers SET order_count = order_count + 1, waiting_lines = waiting_lines + NEW.lines_waiting,
        last_order_at = MAX(last_order_at, NEW.placed_at)
    WHERE id = NEW.customer_id;
END;
CREATE TRIGGER orders_customer_sums_waiting AFTER UPDATE OF lines_waiting ON orders
WHEN OLD.lines_waiting <> NEW.lines_waiting AND OLD.customer_id = NEW.customer_id AND OLD.placed_at = NEW.placed_at
BEGIN
    UPDATE customers SET waiting_lines = waiting_lines + NEW.lines_waiting - OLD.lines_waiting WHERE id = NEW.customer_id;
END;
CREATE TRIGGER orders_customer_sums_moved AFTER UPDATE OF customer_id, placed_at ON orders
WHEN OLD.customer_id <> NEW.customer_id OR OLD.placed_at <> NEW.placed_at
BEGIN
    UPDATE customers SET (order_count, waiting_lines, last_order_at) = (
        SELECT COUNT(*), COALESCE(SUM(o.lines_waiting), 0), COALESCE(MAX(o.placed_at), '')
        FROM orders o WHERE o.customer_id = customers.id)
    WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER orders_customer_sums_delete AFTER DELETE ON orders BEGIN
    UPDATE customers SET (order_count, waiting_lines, last_order_at) = (
        SELECT COUNT(*), COALESCE(SUM(o.lines_waiting), 0), COALESCE(MAX(o.placed_at), '')
        FROM orders o WHERE o.customer_id = customers.id)
    WHERE id = OLD.customer_id;
END;
CREATE INDEX customers_by_order_count ON customers (order_count, id);
CREATE INDEX customers_by_waiting_lines ON customers (waiting_lines, id);
CREATE INDEX customers_by_last_order ON customers (last_order_at, id);
