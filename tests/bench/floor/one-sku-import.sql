-- The least the one-SKU import of bench_engine can cost: the rows it writes (customers,
-- orders, lines, two events an order, a confirmation intent an order, the item's count),
-- into the same schema with its indexes and triggers, each table in one statement.
-- Run on a copy of the large demo with HOT-1 added, from the folder where
-- `bench_engine --dir DIR` wrote hot-orders.csv:
--   sqlite3 COPY < tests/bench/floor/one-sku-import.sql
-- The settings are the application's. Each statement prints its time.
PRAGMA cache_size = -32768;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
CREATE TEMP TABLE src (order_number TEXT, placed_at TEXT, email TEXT, sku TEXT, qty INTEGER);
.mode csv
.import --skip 1 hot-orders.csv src
.mode list
.timer on
BEGIN;
INSERT INTO customers (email, name, created_at, search_text)
SELECT DISTINCT email, '', '2026-11-27T10:00:00Z', email FROM src WHERE email NOT IN (SELECT email FROM customers);
CREATE TEMP TABLE staged AS
SELECT s.order_number, s.placed_at, c.id AS customer_id, i.id AS item_id, s.qty, i.price_minor
FROM src s JOIN customers c ON c.email = s.email JOIN items i ON i.sku = s.sku
ORDER BY s.placed_at, length(s.order_number), s.order_number;
INSERT INTO orders (order_number, placed_at, customer_id, created_at, line_count, units_open, units_waiting,
                    lines_waiting, total_minor, latest_promise)
SELECT order_number, placed_at, customer_id, '2026-11-27T10:00:00Z', 1, qty, qty, 1, qty * price_minor, 'unknown'
FROM staged ORDER BY rowid;
INSERT INTO order_lines (order_id, line_no, item_id, qty, unit_price_minor, qty_waiting, backordered_qty, placed_at,
                         order_number, customer_id)
SELECT o.id, 1, s.item_id, s.qty, s.price_minor, s.qty, s.qty, s.placed_at, s.order_number, s.customer_id
FROM staged s JOIN orders o ON o.order_number = s.order_number ORDER BY s.rowid;
INSERT INTO events (at, kind, order_id, item_id, customer_id, details)
SELECT '2026-11-27T10:00:00Z', 'backordered', o.id, s.item_id, s.customer_id, '1 of 1 x HOT-1 wait'
FROM staged s JOIN orders o ON o.order_number = s.order_number ORDER BY s.rowid;
INSERT INTO events (at, kind, order_id, item_id, customer_id, details)
SELECT '2026-11-27T10:00:00Z', 'placed', o.id, NULL, s.customer_id, '1 lines, 1 units waiting'
FROM staged s JOIN orders o ON o.order_number = s.order_number ORDER BY s.rowid;
INSERT INTO outbox (kind, occasion, order_id, customer_id, recipient, subject, body_text, body_html, created_at,
                    due_at, facts, rendered)
SELECT 'confirmation', '', o.id, s.customer_id, c.email, '', '', '', '2026-11-27T10:00:00Z', '2026-11-27T10:00:00Z',
       '{"first":1,"last":1}', 0
FROM staged s JOIN orders o ON o.order_number = s.order_number JOIN customers c ON c.id = s.customer_id
ORDER BY s.rowid;
UPDATE items SET waiting = waiting + (SELECT COUNT(*) FROM staged) WHERE sku = 'HOT-1';
COMMIT;
