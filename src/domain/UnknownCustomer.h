#pragma once

#include <QRegularExpression>
#include <QString>

namespace bd::domain {

// An order can come without its customer: a shop's order export made without the
// customer's columns holds the order's name, its lines and quantities, and nobody to
// write to. Such an order goes to a customer of its own, one per order (the orders are
// as many people we do not know; one shared "unknown" customer would make them one),
// marked as unknown by an address in the reserved .invalid domain (RFC 2606, RFC 6761:
// it never resolves, so it is nobody's). No e-mail is ever queued for such a customer.
// A customer found by the name alone is not taken instead: two people share a name,
// and the other one would be told of an order that is not theirs.
inline const QString& unknownCustomerDomain()
{
    static const QString domain = QStringLiteral("unknown-customer.invalid");
    return domain;
}

// "order-1001@unknown-customer.invalid"; an order number that is not plain lower-case
// letters, digits, '.', '-' or '_' is written in hex, so every order keeps its own.
inline QString unknownCustomerEmail(const QString& orderNumber)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9._-]+$"));
    const QString local = plain.match(orderNumber).hasMatch()
                              ? orderNumber
                              : QStringLiteral("x") + QString::fromLatin1(orderNumber.toUtf8().toHex());
    return QStringLiteral("order-") + local + QLatin1Char('@') + unknownCustomerDomain();
}

// Whether an address stands for a customer nobody knows: never written to.
inline bool isUnknownCustomer(const QString& email)
{
    return email.endsWith(QLatin1Char('@') + unknownCustomerDomain(), Qt::CaseInsensitive);
}

} // namespace bd::domain
