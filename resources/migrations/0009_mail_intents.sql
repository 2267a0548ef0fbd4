-- Backorder Desk schema, version 9: e-mails are queued as intents and written when sent.
--
-- An action queues, in its own transaction, what is to be told (the kind, the order, the
-- occasion and the facts the message is made from), one statement for all the orders of
-- the action; the message is written from the template when it is sent (or shown), so a
-- template changed before then is the one the customer reads. `rendered` is 0 while the
-- subject and bodies are still empty; once written they are kept as they went out.
-- `facts` holds what the message needs beyond the shop's data (which events of the order,
-- the dates of a reminder) as a JSON object.
ALTER TABLE outbox ADD COLUMN facts TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN rendered INTEGER NOT NULL DEFAULT 1 CHECK (rendered = 0 OR rendered = 1);
