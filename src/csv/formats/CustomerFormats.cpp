#include "CustomerFormats.h"

namespace bd::csv {

namespace {

class NativeCustomerReader final : public CustomerReader
{
public:
    bool read(Fields& f, domain::Customer& c) override
    {
        c.email = f.required(QStringLiteral("email")).toLower();
        c.name = f.text(QStringLiteral("name"));
        c.phone = f.text(QStringLiteral("phone"));
        c.address = f.text(QStringLiteral("address"));
        return true;
    }
};

namespace shopify {
const QString FirstName = QStringLiteral("First Name");
const QString LastName = QStringLiteral("Last Name");
const QString Email = QStringLiteral("Email");
const QString Phone = QStringLiteral("Phone");
const QString Address1 = QStringLiteral("Address1");
const QString Address2 = QStringLiteral("Address2");
const QString Zip = QStringLiteral("Zip");
const QString City = QStringLiteral("City");
const QString Country = QStringLiteral("Country");
} // namespace shopify

class ShopifyCustomerReader final : public CustomerReader
{
public:
    ShopifyCustomerReader(const Table& table, const QList<ColumnName>& columns)
        : m_col(table, columns)
    {
    }

    bool read(Fields& f, domain::Customer& c) override
    {
        using namespace shopify;
        c.email = text(f, Email).toLower();
        if (c.email.isEmpty())
            return false;
        c.name = QString(text(f, FirstName) + QLatin1Char(' ') + text(f, LastName)).trimmed();
        c.phone = text(f, Phone);
        QStringList address;
        for (const QString& part : {text(f, Address1), text(f, Address2),
                                    QString(text(f, Zip) + QLatin1Char(' ') + text(f, City)).trimmed(), text(f, Country)}) {
            if (!part.isEmpty())
                address << part;
        }
        c.address = address.join(QStringLiteral(", "));
        return true;
    }

private:
    // Shopify guards phone numbers and postcodes with a leading '.
    QString text(const Fields& f, const QString& column) const
    {
        QString value = f.text(m_col(column));
        if (value.startsWith(QLatin1Char('\'')))
            value.remove(0, 1);
        return value;
    }

    ColumnMap m_col;
};

} // namespace

QString NativeCustomers::title() const
{
    return tr("customers file");
}

QList<ColumnName> NativeCustomers::columns() const
{
    return {{QStringLiteral("email")}, {QStringLiteral("name")}, {QStringLiteral("phone")}, {QStringLiteral("address")}};
}

QStringList NativeCustomers::required() const
{
    return {QStringLiteral("email")};
}

std::unique_ptr<CustomerReader> NativeCustomers::reader(const Table&) const
{
    return std::make_unique<NativeCustomerReader>();
}

QString ShopifyCustomers::title() const
{
    return tr("Shopify customer export");
}

QList<ColumnName> ShopifyCustomers::columns() const
{
    using namespace shopify;
    return {{FirstName},
            {LastName},
            {Email},
            {Phone, {QStringLiteral("Default Address Phone")}},
            {Address1, {QStringLiteral("Default Address Address1")}},
            {Address2, {QStringLiteral("Default Address Address2")}},
            {Zip, {QStringLiteral("Default Address Zip")}},
            {City, {QStringLiteral("Default Address City")}},
            {Country, {QStringLiteral("Default Address Country Code"), QStringLiteral("Country Code")}}};
}

QStringList ShopifyCustomers::required() const
{
    return {shopify::FirstName, shopify::LastName, shopify::Email};
}

std::unique_ptr<CustomerReader> ShopifyCustomers::reader(const Table& table) const
{
    return std::make_unique<ShopifyCustomerReader>(table, columns());
}

} // namespace bd::csv
