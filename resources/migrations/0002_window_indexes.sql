-- Backorder Desk schema, version 2: indexes for the window's order and customer lists.
-- The state of an order (waiting, ready, partly shipped, ...) is derived from its lines;
-- these partial indexes let a list filtered by state probe the lines of each order with
-- one index lookup while it walks the orders in the order shown.

CREATE INDEX order_lines_waiting_by_order ON order_lines (order_id) WHERE qty_waiting > 0;
CREATE INDEX order_lines_allocated_by_order ON order_lines (order_id) WHERE qty_allocated > 0;
CREATE INDEX order_lines_shipped_by_order ON order_lines (order_id) WHERE qty_shipped > 0;

-- The orders of a customer newest first, and the date of their last order, from the index alone.
CREATE INDEX orders_by_customer_placed ON orders (customer_id, placed_at);

-- The customers list sorted by name, and the orders list sorted by customer.
CREATE INDEX customers_by_name ON customers (name);

-- The e-mails of one customer, for the detail of the customers list.
CREATE INDEX outbox_by_customer ON outbox (customer_id);
