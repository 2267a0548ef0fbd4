-- The least the million-line orders import of bench_engine can cost: its customers,
-- orders, lines, events (one a line, one an order), confirmation intents and the items'
-- counts, into the same schema with its indexes and triggers, each table in one
-- statement. Every line is written waiting and without a promised date, so this is
-- below what the import writes (it also promises dates and sets aside what is in stock).
-- Run on a copy of the large demo with HOT-1 added, from the folder where
-- `bench_engine --dir DIR` wrote orders-1m.csv:
--   sqlite3 COPY < tests/bench/floor/million-line-import.sql
-- The settings are the application's. Each statement prints its time.
PRAGMA cache_size = -32768;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
CREATE TEMP TABLE src (order_number TEXT, placed_at TEXT, email TEXT, name TEXT, sku TEXT, qty INTEGER,
                       payment_state TEXT);
.mode csv
.import --skip 1 orders-1m.csv src
.mode list
.timer on
BEGIN;
INSERT INTO customers (email, name, created_at, search_text)
SELECT email, MIN(name), '2026-11-27T10:00:00Z', lower(email || ' ' || MIN(name))
FROM src WHERE email NOT IN (SELECT email FROM customers) GROUP BY email ORDER BY MIN(rowid);
CREATE TEMP TABLE staged AS
SELECT s.order_number, s.placed_at, c.id AS customer_id, i.id AS item_id, s.qty, i.price_minor, s.payment_state,
       row_number() OVER (PARTITION BY s.order_number ORDER BY s.rowid) AS line_no
FROM src s JOIN customers c ON c.email = s.email JOIN items i ON i.sku = s.sku ORDER BY s.rowid;
INSERT INTO orders (order_number, placed_at, customer_id, payment_state, created_at, line_count, units_open,
                    units_waiting, lines_waiting, total_minor, latest_promise)
SELECT order_number, placed_at, customer_id, payment_state, '2026-11-27T10:00:00Z', COUNT(*), SUM(qty), SUM(qty),
       COUNT(*), SUM(qty * price_minor), 'unknown'
FROM staged GROUP BY order_number ORDER BY MIN(rowid);
INSERT INTO order_lines (order_id, line_no, item_id, qty, unit_price_minor, qty_waiting, backordered_qty, placed_at,
                         order_number, customer_id)
SELECT o.id, s.line_no, s.item_id, s.qty, s.price_minor, s.qty, s.qty, s.placed_at, s.order_number, s.customer_id
FROM staged s JOIN orders o ON o.order_number = s.order_number ORDER BY s.rowid;
INSERT INTO events (at, kind, order_id, item_id, customer_id, details)
SELECT '2026-11-27T10:00:00Z', 'backordered', o.id, s.item_id, s.customer_id, '1 of 1 x ' || s.item_id || ' wait'
FROM staged s JOIN orders o ON o.order_number = s.order_number ORDER BY s.rowid;
INSERT INTO events (at, kind, order_id, item_id, customer_id, details)
SELECT '2026-11-27T10:00:00Z', 'placed', o.id, NULL, o.customer_id,
       o.line_count || ' lines, ' || o.units_waiting || ' units waiting'
FROM orders o WHERE o.id > (SELECT MAX(id) FROM orders) - (SELECT COUNT(DISTINCT order_number) FROM staged)
ORDER BY o.id;
INSERT INTO outbox (kind, occasion, order_id, customer_id, recipient, subject, body_text, body_html, created_at,
                    due_at, facts, rendered)
SELECT 'confirmation', '', o.id, o.customer_id, c.email, '', '', '', '2026-11-27T10:00:00Z', '2026-11-27T10:00:00Z',
       '{"first":1,"last":3}', 0
FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE o.id > (SELECT MAX(id) FROM orders) - (SELECT COUNT(DISTINCT order_number) FROM staged)
ORDER BY o.id;
UPDATE items SET waiting = waiting + w.n
FROM (SELECT item_id, SUM(qty) AS n FROM staged GROUP BY item_id) w WHERE w.item_id = items.id;
COMMIT;
