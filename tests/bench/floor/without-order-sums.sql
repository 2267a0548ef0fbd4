-- Drops the triggers that keep each order's sums of its lines (and, through them, each
-- customer's), for measuring what they cost with receipt-allocation.sql. Only ever on a
-- copy: the shop's check finds the sums wrong after anything changes the lines.
DROP TRIGGER order_lines_mail_due_update;
DROP TRIGGER order_lines_units_update;
DROP TRIGGER order_lines_promise_update;
