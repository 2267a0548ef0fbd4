-- Backorder Desk schema, version 10: a goodwill coupon for an order that waited long.
--
-- When the shop has the goodwill rule on (mail.goodwill_coupon_days), the follow-up
-- that reaches an order at that age brings a newly issued coupon: one per order, which
-- the unique index keeps however many seats run the schedule. `carried_by` is the
-- follow-up that brings it; should that one be replaced before it is sent (a newer
-- follow-up), the newer one brings the same code.
ALTER TABLE coupons ADD COLUMN carried_by INTEGER REFERENCES outbox (id);
CREATE UNIQUE INDEX coupons_one_per_order ON coupons (order_id) WHERE order_id IS NOT NULL;
