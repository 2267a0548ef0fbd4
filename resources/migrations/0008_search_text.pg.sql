-- Backorder Desk schema, version 7 on PostgreSQL: one search for the window's lists
-- (see 0007_search_text.sql). The search text is indexed for "contains" with pg_trgm,
-- which Debian's postgresql package ships (a trusted extension: the shop's owner may
-- create it). lower() fills the rows there are; the store writes the folded text of
-- every later change.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE items ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE items SET search_text =
    ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(sku || ' ' || name || ' ' || attributes), '-', ' - '), '_', ' _ '), '.', ' . '), ',', ' , '), ':', ' : '), ';', ' ; '), '/', ' / '), '@', ' @ '), '%', ' % '), '(', ' ( '), ')', ' ) '), '#', ' # '), '+', ' + '), '&', ' & '), '=', ' = '), '!', ' ! '), '?', ' ? '), '*', ' * '), '"', ' " '), '''', ' '' ') || ' ';
CREATE INDEX items_search ON items USING gin (search_text gin_trgm_ops);

ALTER TABLE customers ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE customers SET search_text =
    ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(email || ' ' || name || ' ' || phone), '-', ' - '), '_', ' _ '), '.', ' . '), ',', ' , '), ':', ' : '), ';', ' ; '), '/', ' / '), '@', ' @ '), '%', ' % '), '(', ' ( '), ')', ' ) '), '#', ' # '), '+', ' + '), '&', ' & '), '=', ' = '), '!', ' ! '), '?', ' ? '), '*', ' * '), '"', ' " '), '''', ' '' ') || ' ';
CREATE INDEX customers_search ON customers USING gin (search_text gin_trgm_ops);

CREATE INDEX items_by_name ON items (name, sku);
