#pragma once

#include "core/Result.h"
#include "domain/Types.h"
#include "services/Shop.h"

#include <QCoreApplication>

namespace bd::services {

// An item as the merchant or an import describes it. on_hand is the counted stock:
// a new item opens its ledger with it; for an existing item the difference is booked
// as an adjustment.
struct ItemInput
{
    domain::Item item;           // id, counters ignored
    std::optional<int> onHand;   // unset: keep the stock as it is
    int sourceLine = 0;
    QString countReason;         // why the stock was counted; "stock count" when empty
};

struct PurchaseOrderLineInput
{
    QString poNumber;
    QString supplier;
    QString sku;
    int qty = 0;
    QDate expected;
    int sourceLine = 0;
};

// Items, customers and purchase orders: the shop's master data.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    explicit CatalogService(Shop& shop)
        : m_shop(shop)
    {
    }

    core::Status saveItems(const QList<ItemInput>& items, const QString& sourceFile = {});
    // One new item, as the merchant enters it in the window: refused when the SKU is
    // the shop's already (saveItems would change that item instead).
    core::Status createItem(const ItemInput& input);
    core::Status saveCustomers(const QList<domain::Customer>& customers, const QString& sourceFile = {},
                               const QList<int>& sourceLines = {});
    core::Status savePurchaseOrderLines(const QList<PurchaseOrderLineInput>& lines, const QString& sourceFile = {});

    // What a customer must be to be saved: its fields' text, and an e-mail address.
    static core::Status checkCustomer(const domain::Customer& customer, const QString& sourceFile, int sourceLine);
    // The same, inside the caller's transaction.
    core::Status saveCustomerWithin(const domain::Customer& customer, const QString& sourceFile, int sourceLine);
    core::Status saveItemWithin(const ItemInput& input, const QString& sourceFile, DirtyItems& dirty);
    core::Status savePurchaseOrderLineWithin(const PurchaseOrderLineInput& line, const QString& sourceFile,
                                             DirtyItems& dirty);

private:
    core::Status switchTracking(const domain::Item& existing, bool tracked, const ItemInput& input,
                                const QString& sourceFile);

    Shop& m_shop;
};

} // namespace bd::services
