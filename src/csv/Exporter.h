#pragma once

#include "core/Result.h"
#include "services/Shop.h"

#include <QCoreApplication>

namespace bd::csv {

// Writes the shop's data as the native CSV formats of the brief, safe to open in a
// spreadsheet (no cell can run as a formula).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Kind { Items, Customers, Orders, Waiting, Coupons };
    static std::optional<Kind> parseKind(const QString& name);
    static QStringList kindNames();

    explicit Exporter(services::Shop& shop)
        : m_shop(shop)
    {
    }

    QByteArray exportCsv(Kind kind);

private:
    services::Shop& m_shop;
};

} // namespace bd::csv
