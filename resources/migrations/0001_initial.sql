-- Backorder Desk schema, version 1: the whole domain of the brief.
-- Written in SQL that both SQLite and PostgreSQL run. The one dialect difference,
-- the auto-numbered key, is written @ID@ and expanded by bd::store::Dialect.
-- Quantities are whole units; money is integer minor units; times are ISO 8601 text.

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE items (
    id              @ID@,
    sku             TEXT NOT NULL UNIQUE CHECK (length(sku) > 0),
    name            TEXT NOT NULL,
    price_minor     BIGINT NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
    currency        TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    policy          TEXT NOT NULL DEFAULT 'stop' CHECK (policy IN ('stop', 'backorder', 'preorder')),
    backorder_limit INTEGER CHECK (backorder_limit IS NULL OR backorder_limit >= 0),
    expected_date   TEXT,
    release_date    TEXT,
    attributes      TEXT NOT NULL DEFAULT '',
    -- Caches of the ledger and of the order lines, kept by the store in the same
    -- transaction as the change; `check` proves them against their sources.
    on_hand         INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    allocated       INTEGER NOT NULL DEFAULT 0 CHECK (allocated >= 0),
    waiting         INTEGER NOT NULL DEFAULT 0 CHECK (waiting >= 0),
    created_at      TEXT NOT NULL,
    CHECK (allocated <= on_hand)
);

CREATE TABLE item_attributes (
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (item_id, name)
);
CREATE INDEX item_attributes_by_name ON item_attributes (name, value);

CREATE TABLE customers (
    id         @ID@,
    email      TEXT NOT NULL UNIQUE CHECK (length(email) > 2),
    name       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE orders (
    id                  @ID@,
    order_number        TEXT NOT NULL UNIQUE CHECK (length(order_number) > 0),
    placed_at           TEXT NOT NULL,
    customer_id         INTEGER NOT NULL REFERENCES customers (id),
    currency            TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    payment_state       TEXT NOT NULL DEFAULT 'none'
                        CHECK (payment_state IN ('none', 'verified', 'authorized', 'captured')),
    card_last4          TEXT CHECK (card_last4 IS NULL OR length(card_last4) = 4),
    card_expiry         TEXT CHECK (card_expiry IS NULL OR length(card_expiry) = 7),
    authorized_at       TEXT,
    ship_to_name        TEXT NOT NULL DEFAULT '',
    ship_to_address     TEXT NOT NULL DEFAULT '',
    hold_until_complete INTEGER NOT NULL DEFAULT 0 CHECK (hold_until_complete IN (0, 1)),
    priority            INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
    priority_reason     TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL
);
CREATE INDEX orders_by_customer ON orders (customer_id);
CREATE INDEX orders_by_placed ON orders (placed_at);

-- One row per ordered SKU. The quantities partition what was ordered:
-- qty = allocated (reserved, not yet shipped) + shipped + waiting + cancelled.
-- The queue key (priority, placed_at, order_number, line_no) is copied from the
-- order so one index walks an item's queue in order.
CREATE TABLE order_lines (
    id               @ID@,
    order_id         INTEGER NOT NULL REFERENCES orders (id),
    line_no          INTEGER NOT NULL CHECK (line_no > 0),
    item_id          INTEGER NOT NULL REFERENCES items (id),
    qty              INTEGER NOT NULL CHECK (qty > 0),
    unit_price_minor BIGINT NOT NULL DEFAULT 0 CHECK (unit_price_minor >= 0),
    qty_allocated    INTEGER NOT NULL DEFAULT 0 CHECK (qty_allocated >= 0),
    qty_shipped      INTEGER NOT NULL DEFAULT 0 CHECK (qty_shipped >= 0),
    qty_waiting      INTEGER NOT NULL DEFAULT 0 CHECK (qty_waiting >= 0),
    qty_cancelled    INTEGER NOT NULL DEFAULT 0 CHECK (qty_cancelled >= 0),
    qty_returned     INTEGER NOT NULL DEFAULT 0 CHECK (qty_returned >= 0),
    backordered_qty  INTEGER NOT NULL DEFAULT 0 CHECK (backordered_qty >= 0),
    cancel_reason    TEXT NOT NULL DEFAULT '',
    priority         INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
    placed_at        TEXT NOT NULL,
    order_number     TEXT NOT NULL,
    promised_date    TEXT,
    told_date        TEXT,
    filled_at        TEXT,
    UNIQUE (order_id, line_no),
    CHECK (qty = qty_allocated + qty_shipped + qty_waiting + qty_cancelled),
    CHECK (qty_returned <= qty_shipped),
    CHECK (backordered_qty <= qty)
);
CREATE INDEX order_lines_queue ON order_lines (item_id, priority DESC, placed_at, order_number, line_no)
    WHERE qty_waiting > 0;
CREATE INDEX order_lines_by_order ON order_lines (order_id);
CREATE INDEX order_lines_by_item ON order_lines (item_id);

CREATE TABLE purchase_orders (
    id         @ID@,
    po_number  TEXT NOT NULL UNIQUE CHECK (length(po_number) > 0),
    supplier   TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at TEXT NOT NULL
);

CREATE TABLE purchase_order_lines (
    id            @ID@,
    po_id         INTEGER NOT NULL REFERENCES purchase_orders (id),
    item_id       INTEGER NOT NULL REFERENCES items (id),
    qty           INTEGER NOT NULL CHECK (qty > 0),
    qty_received  INTEGER NOT NULL DEFAULT 0 CHECK (qty_received >= 0),
    expected_date TEXT,
    UNIQUE (po_id, item_id)
);
CREATE INDEX purchase_order_lines_by_item ON purchase_order_lines (item_id, expected_date);

CREATE TABLE receipts (
    id            @ID@,
    reference     TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    po_id         INTEGER REFERENCES purchase_orders (id),
    complete_only INTEGER NOT NULL DEFAULT 0 CHECK (complete_only IN (0, 1)),
    created_at    TEXT NOT NULL
);
CREATE INDEX receipts_by_reference ON receipts (reference);

CREATE TABLE receipt_lines (
    id         @ID@,
    receipt_id INTEGER NOT NULL REFERENCES receipts (id),
    item_id    INTEGER NOT NULL REFERENCES items (id),
    qty        INTEGER NOT NULL CHECK (qty > 0),
    po_line_id INTEGER REFERENCES purchase_order_lines (id),
    to_shelf   INTEGER NOT NULL DEFAULT 0 CHECK (to_shelf >= 0)
);
CREATE INDEX receipt_lines_by_receipt ON receipt_lines (receipt_id);

-- Every reservation of stock for an order line, with where the units came from
-- (a receipt: the cross-dock list; stock on the shelf; a return; a released line).
CREATE TABLE allocations (
    id              @ID@,
    order_line_id   INTEGER NOT NULL REFERENCES order_lines (id),
    item_id         INTEGER NOT NULL REFERENCES items (id),
    qty             INTEGER NOT NULL CHECK (qty > 0),
    source          TEXT NOT NULL CHECK (source IN ('stock', 'receipt', 'return', 'release', 'adjustment')),
    receipt_line_id INTEGER REFERENCES receipt_lines (id),
    created_at      TEXT NOT NULL
);
CREATE INDEX allocations_by_line ON allocations (order_line_id);
CREATE INDEX allocations_by_receipt_line ON allocations (receipt_line_id);

CREATE TABLE shipments (
    id                  @ID@,
    order_id            INTEGER NOT NULL REFERENCES orders (id),
    shipped_at          TEXT NOT NULL,
    tracking            TEXT NOT NULL DEFAULT '',
    partial             INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
    shipping_fee_waived INTEGER NOT NULL DEFAULT 0 CHECK (shipping_fee_waived IN (0, 1)),
    unpaid_allowed      INTEGER NOT NULL DEFAULT 0 CHECK (unpaid_allowed IN (0, 1))
);
CREATE INDEX shipments_by_order ON shipments (order_id);

CREATE TABLE shipment_lines (
    shipment_id   INTEGER NOT NULL REFERENCES shipments (id),
    order_line_id INTEGER NOT NULL REFERENCES order_lines (id),
    qty           INTEGER NOT NULL CHECK (qty > 0),
    PRIMARY KEY (shipment_id, order_line_id)
);

-- The stock ledger: on hand of an item is the sum of its movements.
CREATE TABLE stock_movements (
    id          @ID@,
    item_id     INTEGER NOT NULL REFERENCES items (id),
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('opening', 'receipt', 'shipment', 'return', 'adjustment')),
    qty         INTEGER NOT NULL CHECK (qty <> 0),
    reference   TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    order_id    INTEGER REFERENCES orders (id),
    receipt_id  INTEGER REFERENCES receipts (id),
    shipment_id INTEGER REFERENCES shipments (id)
);
CREATE INDEX stock_movements_by_item ON stock_movements (item_id, at);

CREATE TABLE email_templates (
    kind       TEXT PRIMARY KEY,
    subject    TEXT NOT NULL,
    body_text  TEXT NOT NULL,
    body_html  TEXT NOT NULL,
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    updated_at TEXT NOT NULL
);

CREATE TABLE outbox (
    id          @ID@,
    kind        TEXT NOT NULL,
    occasion    TEXT NOT NULL DEFAULT '',
    order_id    INTEGER REFERENCES orders (id),
    customer_id INTEGER REFERENCES customers (id),
    recipient   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body_text   TEXT NOT NULL,
    body_html   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts    INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error  TEXT NOT NULL DEFAULT '',
    sent_at     TEXT,
    message_id  TEXT,
    UNIQUE (order_id, kind, occasion)
);
CREATE INDEX outbox_by_state ON outbox (state, due_at);

CREATE TABLE coupons (
    id           @ID@,
    code         TEXT NOT NULL UNIQUE,
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    order_id     INTEGER REFERENCES orders (id),
    percent      INTEGER CHECK (percent IS NULL OR (percent > 0 AND percent <= 100)),
    amount_minor BIGINT CHECK (amount_minor IS NULL OR amount_minor > 0),
    currency     TEXT NOT NULL DEFAULT 'EUR',
    reason       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    CHECK ((percent IS NULL) <> (amount_minor IS NULL))
);

-- What happened, for the history of an order, an item or a customer.
CREATE TABLE events (
    id          @ID@,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    order_id    INTEGER REFERENCES orders (id),
    item_id     INTEGER REFERENCES items (id),
    customer_id INTEGER REFERENCES customers (id),
    details     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_by_order ON events (order_id);
CREATE INDEX events_by_item ON events (item_id);
CREATE INDEX events_by_kind ON events (kind, at);
