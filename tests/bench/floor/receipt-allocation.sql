-- What the allocation of a 10,000-unit receipt costs at least: the plan (the first
-- 10,000 waiting lines of HOT-1 in queue order) and the one UPDATE that hands each its
-- unit, with everything the schema's triggers keep. Rolled back: run it as often as
-- you like. Run on a copy of the shop after bench_engine's one-SKU import:
--   sqlite3 COPY < tests/bench/floor/receipt-allocation.sql
-- and on a second copy after without-order-sums.sql, for what those sums cost.
PRAGMA cache_size = -32768;
.timer on
BEGIN;
INSERT INTO allocation_plan (seq, line_id, order_id, qty)
SELECT row_number() OVER (), id, order_id, 1 FROM (
    SELECT l.id, l.order_id FROM order_lines l
    WHERE l.item_id = (SELECT id FROM items WHERE sku = 'HOT-1') AND l.qty_waiting > 0
    ORDER BY l.priority DESC, l.placed_at, length(l.order_number), l.order_number, l.line_no LIMIT 10000);
UPDATE order_lines SET qty_allocated = order_lines.qty_allocated + p.qty, qty_waiting = order_lines.qty_waiting - p.qty,
    promised_date = CASE WHEN order_lines.qty_waiting = p.qty THEN NULL ELSE order_lines.promised_date END,
    filled_at = CASE WHEN order_lines.qty_waiting = p.qty THEN '2026-11-27T10:00:00Z' ELSE order_lines.filled_at END
FROM allocation_plan p WHERE p.line_id = order_lines.id;
ROLLBACK;
