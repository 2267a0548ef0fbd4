#pragma once

#include "csv/CsvReader.h"
#include "csv/DataKind.h"
#include "core/Result.h"
#include "csv/RowFields.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <memory>

namespace bd::store {
class ItemStore;
}

namespace bd::csv {

class CsvWriter;

// A column as a format names it, and the names a translated shop admin gives it
// (WordPress translates WooCommerce's export headers into the admin's language).
struct ColumnName
{
    QString name;
    QStringList aliases = {};
};

// A file's header matched against a format's columns: which of the file's columns
// stands for which of the format's, whatever the language and the letter case.
class ColumnMap
{
public:
    ColumnMap() = default;
    ColumnMap(const Table& table, const QList<ColumnName>& columns);

    // The file's name of a column of the format ("Артикул" for "SKU"); the format's
    // own name when the file has no such column (a Fields lookup then finds nothing).
    QString operator()(const QString& name) const { return m_fileNames.value(name, name); }
    bool has(const QString& name) const { return m_fileNames.contains(name); }
    // How many of the format's columns the file has.
    int matched() const { return int(m_fileNames.size()); }
    // Whether a column of the file is one of the format's.
    bool covers(const QString& fileName) const { return m_covered.contains(normalised(fileName)); }

    // Case, surrounding and doubled white space do not tell column names apart.
    static QString normalised(const QString& name);

private:
    QHash<QString, QString> m_fileNames; // format's name -> the file's
    QSet<QString> m_covered;            // normalised file names that matched
};

// One shape of CSV file a merchant brings or takes: the native files of the brief,
// a web shop's export. It says how to recognise its header and which of the shop's
// records it holds; the subclasses per kind read and write the records. Every format
// is registered once in shopFormats() (Formats.cpp), which import, export, detection,
// the command line's help and the window read.
class ShopFormat
{
    Q_DECLARE_TR_FUNCTIONS(ShopFormat)

public:
    virtual ~ShopFormat() = default;

    // What --format takes: the format's own name ("shopify-2025"); the shop's name
    // ("shopify") picks the shop's usual format for the kind.
    virtual QString id() const = 0;
    virtual QString shop() const = 0; // "native", "woocommerce", "shopify"
    // What the merchant is told the file is: "Shopify product export (2025 layout)".
    virtual QString title() const = 0;
    virtual DataKind kind() const = 0;
    // Every column the format reads; the ones of required() a file must have.
    virtual QList<ColumnName> columns() const = 0;
    virtual QStringList required() const = 0;
    // The format a shop's name stands for, for its kind (one per shop and kind).
    virtual bool isShopDefault() const { return true; }

    // How well a file's header fits this format: 0 when it lacks a required column;
    // otherwise the number of the format's columns it has (the best fit wins).
    virtual int recognise(const Table& table) const;
    // The required columns the file lacks, as the format names them ("Lineitem sku or
    // Lineitem name" where either will do).
    virtual QStringList missing(const Table& table) const;
    // Whether the format reads a column of the file (the others are reported unused).
    virtual bool readsColumn(const QString& fileName) const;
    bool isNative() const { return shop() == QLatin1String("native"); }
};

// Reads the rows of one items file: made per file, as a shop's file carries a
// product's fields from its first row to its variants' rows.
class ItemReader
{
public:
    virtual ~ItemReader() = default;
    // One row; false when it is no item (a variable product's parent, an image row).
    virtual bool read(Fields& f, ItemRecord& rec) = 0;
    // An item's key made from its identity in the shop, for a variant without a SKU
    // or with one it shares: the same product in the same shop gets the same key.
    virtual QString keyFor(const ItemRecord&) const { return {}; }
};

// How items are written: the date the availability is worked out for, and amounts.
struct ItemExport
{
    QDate today;
    bool feed = false;         // the availability feed rather than the items
    bool decimalComma = false; // amounts as "12,50"
    QString currency;          // the shop's: amounts have its decimals ("1500" JPY)
    // The feed: where each item's next delivery is on its way (a stage code), by item id.
    QHash<qint64, QString> stages;
    QString money(qint64 minor) const;
};

class ItemFormat : public ShopFormat
{
public:
    DataKind kind() const override { return DataKind::Items; }
    virtual std::unique_ptr<ItemReader> reader(const Table& table, const QDate& today) const = 0;
    // A file of this shape may leave SKUs out or share them between variants: it is
    // read once first to find which, so they get keys.
    virtual bool keysVariants() const { return true; }
    // The shop's items, or its availability feed, in this format.
    virtual core::Status write(CsvWriter& out, store::ItemStore& store, const ItemExport& how) const = 0;
};

// A format known by its columns: the importer reads its rows itself (native
// customers, purchase orders, receipts and orders; Shopify orders).
class ColumnFormat : public ShopFormat
{
public:
    struct Spec
    {
        QString id;
        QString shop;
        const char* title; // translated in the ShopFormat context
        DataKind kind;
        QStringList required;
        QStringList optional;
    };
    explicit ColumnFormat(Spec spec)
        : m_spec(std::move(spec))
    {
    }
    QString id() const override { return m_spec.id; }
    QString shop() const override { return m_spec.shop; }
    QString title() const override;
    DataKind kind() const override { return m_spec.kind; }
    QList<ColumnName> columns() const override;
    QStringList required() const override { return m_spec.required; }

private:
    Spec m_spec;
};

// What the web shops call stock: what they can still sell, below zero for units on
// backorder. Importing it back gives the same on hand (see Importer).
int shopStock(const domain::Item& item);

// Every item, in the order they were created (a shop's file order).
core::Result<QList<domain::Item>> itemsInCreationOrder(store::ItemStore& store);

} // namespace bd::csv
