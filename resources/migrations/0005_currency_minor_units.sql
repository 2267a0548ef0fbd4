-- Backorder Desk schema, version 5: amounts in each currency's own minor units.
--
-- Until now every amount was kept in hundredths of its currency, whatever the currency:
-- a price of 1,500 yen was stored as 150000. ISO 4217 gives each currency its own minor
-- unit — none for the yen, the króna or the won, a thousandth for the Kuwaiti dinar —
-- and amounts are now kept in that unit (1,500 yen is 1500; 12.500 KWD is 12500), the
-- way they are read from CSV files and shown. The stored amounts of currencies whose
-- minor unit is not the hundredth are converted; all others stay as they are. The
-- lists are those of domain::minorUnits() (src/domain/Money.cpp).

UPDATE items SET price_minor = CASE
        WHEN currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND',
                          'VUV', 'XAF', 'XOF', 'XPF') THEN (price_minor + 50) / 100
        WHEN currency IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN price_minor * 10
        WHEN currency IN ('CLF', 'UYW') THEN price_minor * 100
        ELSE price_minor END
    WHERE currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND',
                       'VUV', 'XAF', 'XOF', 'XPF', 'BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF', 'UYW');

UPDATE order_lines SET unit_price_minor = CASE
        WHEN (SELECT currency FROM orders WHERE orders.id = order_lines.order_id)
             IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV',
                 'XAF', 'XOF', 'XPF') THEN (unit_price_minor + 50) / 100
        WHEN (SELECT currency FROM orders WHERE orders.id = order_lines.order_id)
             IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN unit_price_minor * 10
        WHEN (SELECT currency FROM orders WHERE orders.id = order_lines.order_id)
             IN ('CLF', 'UYW') THEN unit_price_minor * 100
        ELSE unit_price_minor END
    WHERE order_id IN (SELECT id FROM orders WHERE currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF',
                       'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF', 'BHD', 'IQD', 'JOD',
                       'KWD', 'LYD', 'OMR', 'TND', 'CLF', 'UYW'));

UPDATE coupons SET amount_minor = CASE
        WHEN currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND',
                          'VUV', 'XAF', 'XOF', 'XPF') THEN CASE WHEN amount_minor < 50 THEN 1 ELSE (amount_minor + 50) / 100 END
        WHEN currency IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN amount_minor * 10
        WHEN currency IN ('CLF', 'UYW') THEN amount_minor * 100
        ELSE amount_minor END
    WHERE amount_minor IS NOT NULL
      AND currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND',
                       'VUV', 'XAF', 'XOF', 'XPF', 'BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF', 'UYW');
