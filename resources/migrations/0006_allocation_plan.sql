-- Backorder Desk schema, version 6: stock is handed to a queue as a set.
--
-- allocation_plan holds, for the one action running, which waiting lines a batch of
-- stock fills and by how much, in queue order (seq). One statement writes the plan (a
-- running sum over the item's queue decides the prefix the units cover), and the
-- allocations, the lines, the events and the cross-dock list are each written or read
-- from it by one statement, instead of a round trip per line. The action empties it
-- before it commits, so outside an action the table is always empty; every action holds
-- the shop's write lock, so two actions never plan at once.
CREATE TABLE allocation_plan (
    seq      INTEGER PRIMARY KEY,
    line_id  BIGINT NOT NULL UNIQUE,
    order_id BIGINT NOT NULL,
    qty      INTEGER NOT NULL CHECK (qty > 0)
);
