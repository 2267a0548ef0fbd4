#pragma once

#include "csv/formats/ShopFormat.h"

namespace bd::csv {

// The items file of the brief: sku,name,price,on_hand,policy,backorder_limit,
// expected_date,attributes (and release_date, currency, tracked, related), one item per
// row; and the availability feed: sku,status,available,expected_date,message.
class NativeItems final : public ItemFormat
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    QString id() const override { return QStringLiteral("native"); }
    QString shop() const override { return QStringLiteral("native"); }
    QString title() const override;
    QList<ColumnName> columns() const override;
    QStringList required() const override;
    bool keysVariants() const override { return false; }
    std::unique_ptr<ItemReader> reader(const Table& table, const QDate& today) const override;
    core::Status write(CsvWriter& out, store::ItemStore& store, const ItemExport& how) const override;

    // A list in one cell, as the attributes are written: "SAUCER; LID".
    static constexpr QChar ListSeparator = QLatin1Char(';');
    static QStringList splitList(const QString& text);
    static QString joinList(const QStringList& list);
};

} // namespace bd::csv
