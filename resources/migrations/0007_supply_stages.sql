-- Backorder Desk schema, version 8: purchase orders through the supply chain, and
-- items that sell while customers wait.
--
-- 1. purchase_order_stages: where a purchase order is on its way (ordered, in
--    production, shipped by the supplier, in transit, at customs, at the warehouse),
--    one row per stage the merchant recorded, in the order recorded: the newest row
--    is the order's current stage; a purchase order received in full is "received"
--    without a row. Each row keeps the stage's date, the note for customers and the
--    new expected date the stage brought, if any.
-- 2. items.highlight: a short customer-facing text about the item that the follow-up
--    e-mails may quote ("hand-thrown in Jutland, glazed twice"); '' for none.

CREATE TABLE purchase_order_stages (
    id            @ID@,
    po_id         INTEGER NOT NULL REFERENCES purchase_orders (id),
    stage         TEXT NOT NULL CHECK (stage = 'ordered' OR stage = 'in-production' OR stage = 'shipped'
                                       OR stage = 'in-transit' OR stage = 'at-customs' OR stage = 'at-warehouse'),
    stage_date    TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    expected_date TEXT,
    recorded_at   TEXT NOT NULL
);
CREATE INDEX purchase_order_stages_by_po ON purchase_order_stages (po_id, id);

ALTER TABLE items ADD COLUMN highlight TEXT NOT NULL DEFAULT '';
