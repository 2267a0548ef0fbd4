-- Backorder Desk schema, version 3: cheaper writes for big imports and busy days.
--
-- 1. The value checks written `col IN (a, b, ...)` become `col = a OR col = b ...`.
--    They mean the same, but SQLite evaluates an IN list inside a CHECK by building a
--    small lookup table for every row written: on a million-row import that was close
--    to half of the time spent writing items. Existing rows satisfy both forms, so only
--    the table definitions change (SQLite's documented procedure for changing CHECK
--    constraints: the definitions are edited in place, the file's schema version is
--    raised by the migration runner, and the new definitions are parsed before commit).
--
-- 2. An item's opening stock is kept on the item (opening_qty, written once when the
--    item is created, never changed) instead of as an 'opening' row of the stock
--    ledger: the ledger now reads on hand = opening_qty + the sum of the item's
--    movements. Items created before keep their 'opening' movements (opening_qty 0),
--    so both readings agree for every item. A catalogue import no longer writes a
--    second row per item.
--
-- 3. item_attributes goes: it repeated items.attributes (name=value pairs), the only
--    reader was the demand report, which parses items.attributes now; every item
--    written cost two to four more rows and index entries.

ALTER TABLE items ADD COLUMN opening_qty INTEGER NOT NULL DEFAULT 0 CHECK (opening_qty >= 0);

DROP INDEX item_attributes_by_name;
DROP TABLE item_attributes;

-- Last: the statements above read the definitions as SQLite holds them in memory,
-- which do not see these edits until the schema version is raised.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql,
        'CHECK (policy IN (''stop'', ''backorder'', ''preorder''))',
        'CHECK (policy = ''stop'' OR policy = ''backorder'' OR policy = ''preorder'')')
    WHERE type = 'table' AND name = 'items';
UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
        'CHECK (payment_state IN (''none'', ''verified'', ''authorized'', ''captured''))',
        'CHECK (payment_state = ''none'' OR payment_state = ''verified'' OR payment_state = ''authorized'' OR payment_state = ''captured'')'),
        'CHECK (hold_until_complete IN (0, 1))',
        'CHECK (hold_until_complete = 0 OR hold_until_complete = 1)'),
        'CHECK (priority IN (0, 1))',
        'CHECK (priority = 0 OR priority = 1)')
    WHERE type = 'table' AND name = 'orders';
UPDATE sqlite_schema SET sql = replace(sql,
        'CHECK (priority IN (0, 1))',
        'CHECK (priority = 0 OR priority = 1)')
    WHERE type = 'table' AND name = 'order_lines';
UPDATE sqlite_schema SET sql = replace(sql,
        'CHECK (status IN (''open'', ''closed''))',
        'CHECK (status = ''open'' OR status = ''closed'')')
    WHERE type = 'table' AND name = 'purchase_orders';
UPDATE sqlite_schema SET sql = replace(sql,
        'CHECK (complete_only IN (0, 1))',
        'CHECK (complete_only = 0 OR complete_only = 1)')
    WHERE type = 'table' AND name = 'receipts';
UPDATE sqlite_schema SET sql = replace(sql,
        'CHECK (source IN (''stock'', ''receipt'', ''return'', ''release'', ''adjustment''))',
        'CHECK (source = ''stock'' OR source = ''receipt'' OR source = ''return'' OR source = ''release'' OR source = ''adjustment'')')
    WHERE type = 'table' AND name = 'allocations';
UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
        'CHECK (partial IN (0, 1))',
        'CHECK (partial = 0 OR partial = 1)'),
        'CHECK (shipping_fee_waived IN (0, 1))',
        'CHECK (shipping_fee_waived = 0 OR shipping_fee_waived = 1)'),
        'CHECK (unpaid_allowed IN (0, 1))',
        'CHECK (unpaid_allowed = 0 OR unpaid_allowed = 1)')
    WHERE type = 'table' AND name = 'shipments';
UPDATE sqlite_schema SET sql = replace(sql,
        'CHECK (kind IN (''opening'', ''receipt'', ''shipment'', ''return'', ''adjustment''))',
        'CHECK (kind = ''opening'' OR kind = ''receipt'' OR kind = ''shipment'' OR kind = ''return'' OR kind = ''adjustment'')')
    WHERE type = 'table' AND name = 'stock_movements';
UPDATE sqlite_schema SET sql = replace(sql,
        'CHECK (enabled IN (0, 1))',
        'CHECK (enabled = 0 OR enabled = 1)')
    WHERE type = 'table' AND name = 'email_templates';
UPDATE sqlite_schema SET sql = replace(sql,
        'CHECK (state IN (''pending'', ''sending'', ''sent'', ''failed'', ''cancelled''))',
        'CHECK (state = ''pending'' OR state = ''sending'' OR state = ''sent'' OR state = ''failed'' OR state = ''cancelled'')')
    WHERE type = 'table' AND name = 'outbox';

PRAGMA writable_schema = OFF;
