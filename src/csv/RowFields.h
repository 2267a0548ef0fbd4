#pragma once

#include "core/Result.h"
#include "csv/CsvReader.h"
#include "services/CatalogService.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>

namespace bd::csv {

// Reads typed fields of one row and collects what is wrong with them, naming the
// file, the line and the column as the file names it.
class Fields
{
    // The messages are the importer's: one translation context for what a file is told.
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    // Problems collected per file: every one a merchant could want to read (the
    // command line and the window show the first hundred and count the rest).
    static constexpr int MaxErrors = 100000;

    Fields(const Table& table, const Row& row, core::Errors& errors)
        : m_table(table)
        , m_row(row)
        , m_errors(errors)
    {
    }

    const Table& table() const { return m_table; }
    int line() const { return m_row.line; }
    bool has(const QString& name) const { return m_table.column(name) >= 0; }
    // The value, trimmed, without the leading ' that guards a formula-like cell.
    QString text(const QString& name) const;

    void error(const QString& name, const QString& message) const;
    QString required(const QString& name);
    // A whole number; in a ';' file "1.234" and "2,00" are whole numbers too.
    std::optional<int> count(const QString& name, bool allowEmpty, int minimum);
    // An amount of 0 or more in the file's currency (Table::currency): its decimals at
    // most ("1500" in JPY; "1500.5" is refused), in a ';' file also "1.234,50".
    std::optional<qint64> money(const QString& name);
    // Reads `value` as an amount (negative too), reporting what is wrong under `name`.
    std::optional<qint64> amount(const QString& value, const QString& name);
    QDate date(const QString& name);
    QDateTime dateTime(const QString& name, bool required);
    bool flag(const QString& name);

private:
    const Table& m_table;
    const Row& m_row;
    core::Errors& m_errors;
};

// One row of an items file, whatever its format, as the shop would save it.
struct ItemRecord
{
    services::ItemInput input;
    // Which of the item's fields the row gives; the others keep what the item has.
    bool hasName = true;
    bool hasPrice = true;
    bool hasPolicy = true;
    bool hasLimit = false;
    bool hasExpected = false;
    bool hasRelease = false;
    bool hasAttributes = false;
    bool hasTracked = false;
    // A shop names a product per row group, not every variant: an item whose name
    // begins with the product's title keeps its name.
    QString productTitle;
    // The web shops count stock as what they can still sell: our on hand less what
    // is allocated and waiting. Set for their files instead of input.onHand.
    std::optional<int> shopStock;
    // The item's key in the file: its SKU, or (none, or one shared by several) a key
    // made from its identity in the shop (see ItemReader::keyFor).
    bool keyed = false;
    // The shop's related items, by SKU (or "id:N"); unset when the file has no such column.
    std::optional<QStringList> upsells;
    std::optional<QStringList> crossSells;
    // The column of related items that must name items of the shop (a native file's
    // `related`: checked once the file's items are written); empty for a web shop's
    // lists, which may name products by the shop's id.
    QString relatedField;
    // The columns the file names these fields by, for messages.
    QString skuField;
    QString stockField;
    QString policyField;
    // The row gave no price: it imports at 0 with a warning.
    bool noPrice = false;
};

// The attribute text of the brief ("Color=Red; Size=M") from name/value pairs.
QString attributeText(const QList<std::pair<QString, QString>>& pairs);

// "2026-11-20 09:00:00 +0100", as Shopify writes times, or ISO 8601.
QDateTime parseShopTime(const QString& text);

// Lower case, letters and digits kept, every other run made one '-': a key's part.
QString slug(const QString& text);

} // namespace bd::csv
