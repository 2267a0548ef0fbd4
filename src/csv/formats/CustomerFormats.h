#pragma once

#include "csv/formats/ShopFormat.h"

namespace bd::csv {

class CustomerReader
{
public:
    virtual ~CustomerReader() = default;
    // False when the row is no customer to keep (without an e-mail in a shop's file).
    virtual bool read(Fields& f, domain::Customer& customer) = 0;
};

class CustomerFormat : public ShopFormat
{
public:
    DataKind kind() const override { return DataKind::Customers; }
    virtual std::unique_ptr<CustomerReader> reader(const Table& table) const = 0;
};

// email,name,phone[,address]
class NativeCustomers final : public CustomerFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("native"); }
    QString shop() const override { return QStringLiteral("native"); }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    std::unique_ptr<CustomerReader> reader(const Table& table) const override;
};

// Shopify's customer export (Customers › Export), the older columns (Address1, City,
// Zip, …) and the current ones (Default Address Address1, …). A customer without an
// e-mail (a phone-only or point-of-sale one) cannot be told anything: skipped.
class ShopifyCustomers final : public CustomerFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    QString id() const override { return QStringLiteral("shopify"); }
    QString shop() const override { return QStringLiteral("shopify"); }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    std::unique_ptr<CustomerReader> reader(const Table& table) const override;
};

} // namespace bd::csv
