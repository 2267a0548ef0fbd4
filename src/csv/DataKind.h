#pragma once

namespace bd::csv {

// What a file holds, whatever shape it has.
enum class DataKind { Items, Customers, Orders, PurchaseOrders, Receipts, Stock, PoStages };

} // namespace bd::csv
