#pragma once

#include "core/Result.h"
#include "services/Shop.h"

#include <QCoreApplication>

namespace bd::csv {

class ItemFormat;

// Writes the shop's data as CSV, safe to open in a spreadsheet (no cell can run as a
// formula): the native formats of the brief, and items and the availability feed in
// every items format of the list (the shapes WooCommerce's and Shopify's product
// importers read, so that they update the shop's stock and backorder status).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Kind { Items, Customers, Orders, Waiting, Coupons, Availability, Stock };
    static std::optional<Kind> parseKind(const QString& name);
    // The kinds that are the shop's data, each exported as it is stored.
    static QStringList kindNames();
    // Those and the feeds derived from them for a day (availability): what export takes.
    static QStringList allKindNames();

    // Whether --format FORMAT writes that kind: items and availability in every items
    // format of the list (csv/formats/Formats.h), the rest natively.
    static bool supports(const QString& format, Kind kind);
    static QStringList formatNames(Kind kind);
    static const ItemFormat* itemFormat(const QString& name);

    struct Options
    {
        QString format = QStringLiteral("native"); // a format's or a shop's name
        QChar delimiter = QLatin1Char(','); // ';' also writes amounts with a decimal comma
        bool bom = false;                   // UTF-8 byte order mark first
        // Excel in a comma-decimal locale (Danish, German, ...): BOM, ';', decimal comma.
        static Options excel()
        {
            Options o;
            o.delimiter = QLatin1Char(';');
            o.bom = true;
            return o;
        }
    };

    // An item's availability as a customer is told it.
    enum class Availability { InStock, Backorder, Preorder, SoldOut };
    struct ItemAvailability
    {
        Availability status = Availability::SoldOut;
        bool tracked = true; // false: nobody counts its stock, `available` means nothing
        int available = 0;
        QDate expected;
        QString message; // "On backorder — ships around 12 December"
    };
    // `stage`: where the item's next delivery is on its way (domain/SupplyStage.h), which
    // the customers' line names with the date it gives ("In transit — ships around 12
    // January"); empty when no stage is recorded.
    static ItemAvailability availabilityOf(const domain::Item& item, const QDate& today, const QString& stage = {});
    static QString statusName(Availability status);

    explicit Exporter(services::Shop& shop)
        : m_shop(shop)
    {
    }

    // The file, or why the shop could not be read: a failed read never makes an empty file.
    core::Result<QByteArray> exportCsv(Kind kind, const Options& options);
    core::Result<QByteArray> exportCsv(Kind kind) { return exportCsv(kind, Options()); }

private:
    services::Shop& m_shop;
};

} // namespace bd::csv
