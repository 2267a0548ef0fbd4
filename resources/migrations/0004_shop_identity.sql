-- Backorder Desk schema, version 4: items as the merchant's web shop knows them.
--
-- 1. tracked: whether anybody counts the item's stock. The web shops sell items whose
--    stock they do not manage (services, downloads, print on demand): such an item is
--    never sold out and never waits; its order lines are ready at once and its stock
--    counters stay 0 (see ShopStore::ledgerCheck). Every item so far was counted.
-- 2. shop_identity: who the item is in the shop it came from (Shopify handle, title and
--    option values; WooCommerce ID and parent; an untracked item's stock cells as the
--    shop wrote them), as a small JSON object each shop format reads and writes back.
--    One text column rather than one column per shop: the next shop format brings its
--    own keys without a migration. '' for items made here.
-- 3. item_related: the related items a shop lists for an item (WooCommerce upsells and
--    cross-sells), by SKU, in the shop's order: they may name items not imported yet.

ALTER TABLE items ADD COLUMN tracked INTEGER NOT NULL DEFAULT 1 CHECK (tracked = 0 OR tracked = 1);
ALTER TABLE items ADD COLUMN shop_identity TEXT NOT NULL DEFAULT '';

CREATE TABLE item_related (
    item_id     INTEGER NOT NULL REFERENCES items (id),
    kind        TEXT NOT NULL CHECK (kind = 'upsell' OR kind = 'cross-sell'),
    position    INTEGER NOT NULL CHECK (position > 0),
    related_sku TEXT NOT NULL CHECK (length(related_sku) > 0),
    PRIMARY KEY (item_id, kind, position)
);
