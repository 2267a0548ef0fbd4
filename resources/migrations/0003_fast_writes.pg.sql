-- Backorder Desk schema, version 3, on PostgreSQL: see 0003_fast_writes.sql.
--
-- Of its three parts, only two apply here: the opening stock moves onto the item, and
-- item_attributes goes. The CHECK rewrite (IN lists as OR chains) was a SQLite speed-up
-- done by editing table definitions in place, which PostgreSQL neither needs nor allows;
-- the constraints mean the same in either form.

ALTER TABLE items ADD COLUMN opening_qty INTEGER NOT NULL DEFAULT 0 CHECK (opening_qty >= 0);

DROP INDEX item_attributes_by_name;
DROP TABLE item_attributes;
