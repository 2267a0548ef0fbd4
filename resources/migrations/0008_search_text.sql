-- Backorder Desk schema, version 7: one search for the window's lists.
-- Items and customers get a search text: SKU, name and attributes of an item, e-mail,
-- name and phone of a customer, case-folded, every sign a word of its own, a space
-- around every word. The store writes it with every change of those fields
-- (store/Search.h, full Unicode case folding); here it is filled for the rows there are
-- with lower() and replace() for the common signs. SQLite's lower() folds ASCII letters
-- only; the trigram index makes up for it for words of three letters or more, its
-- tokenizer folding case itself, and an item or customer written again is folded whole.
--
-- A search word of three characters or more is looked up in an FTS5 trigram index over
-- the search text ("contains" on an index); shorter words are whole words, compared
-- with LIKE.

ALTER TABLE items ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE items SET search_text =
    ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(sku || ' ' || name || ' ' || attributes), '-', ' - '), '_', ' _ '), '.', ' . '), ',', ' , '), ':', ' : '), ';', ' ; '), '/', ' / '), '@', ' @ '), '%', ' % '), '(', ' ( '), ')', ' ) '), '#', ' # '), '+', ' + '), '&', ' & '), '=', ' = '), '!', ' ! '), '?', ' ? '), '*', ' * '), '"', ' " '), '''', ' '' ') || ' ';

CREATE VIRTUAL TABLE items_search USING fts5 (search_text, content = 'items', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO items_search (items_search) VALUES ('rebuild');

CREATE TRIGGER items_search_insert AFTER INSERT ON items BEGIN
    INSERT INTO items_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER items_search_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_search (items_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER items_search_update AFTER UPDATE OF search_text ON items BEGIN
    INSERT INTO items_search (items_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO items_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

ALTER TABLE customers ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE customers SET search_text =
    ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(email || ' ' || name || ' ' || phone), '-', ' - '), '_', ' _ '), '.', ' . '), ',', ' , '), ':', ' : '), ';', ' ; '), '/', ' / '), '@', ' @ '), '%', ' % '), '(', ' ( '), ')', ' ) '), '#', ' # '), '+', ' + '), '&', ' & '), '=', ' = '), '!', ' ! '), '?', ' ? '), '*', ' * '), '"', ' " '), '''', ' '' ') || ' ';

CREATE VIRTUAL TABLE customers_search USING fts5 (search_text, content = 'customers', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO customers_search (customers_search) VALUES ('rebuild');

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customers_search (customers_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER customers_search_update AFTER UPDATE OF search_text ON customers BEGIN
    INSERT INTO customers_search (customers_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO customers_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

-- The items list sorted by name.
CREATE INDEX items_by_name ON items (name, sku);
