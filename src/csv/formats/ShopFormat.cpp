#include "ShopFormat.h"

#include "domain/Money.h"
#include "domain/Rules.h"
#include "store/ItemStore.h"

#include <algorithm>

namespace bd::csv {

QString ColumnMap::normalised(const QString& name)
{
    return name.simplified().toLower();
}

ColumnMap::ColumnMap(const Table& table, const QList<ColumnName>& columns)
{
    QHash<QString, QString> byName; // normalised name or alias -> the format's name
    for (const ColumnName& column : columns) {
        byName.insert(normalised(column.name), column.name);
        for (const QString& alias : column.aliases)
            byName.insert(normalised(alias), column.name);
    }
    for (const QString& header : table.header) {
        const QString key = normalised(header);
        const auto it = byName.constFind(key);
        if (it == byName.cend() || m_fileNames.contains(*it))
            continue;
        m_fileNames.insert(*it, header);
        m_covered.insert(key);
    }
}

int ShopFormat::recognise(const Table& table) const
{
    if (!missing(table).isEmpty())
        return 0;
    return ColumnMap(table, columns()).matched();
}

QStringList ShopFormat::missing(const Table& table) const
{
    const ColumnMap map(table, columns());
    QStringList out;
    for (const QString& name : required()) {
        if (!map.has(name))
            out << name;
    }
    return out;
}

bool ShopFormat::readsColumn(const QString& fileName) const
{
    const QString name = ColumnMap::normalised(fileName);
    const QList<ColumnName> all = columns();
    return std::any_of(all.cbegin(), all.cend(), [&](const ColumnName& c) {
        return ColumnMap::normalised(c.name) == name
               || std::any_of(c.aliases.cbegin(), c.aliases.cend(),
                              [&](const QString& alias) { return ColumnMap::normalised(alias) == name; });
    });
}

QString ItemExport::money(qint64 minor) const
{
    return domain::Money{minor, currency}.plain(decimalComma ? QLatin1Char(',') : QLatin1Char('.'));
}

QString ColumnFormat::title() const
{
    return tr(m_spec.title);
}

QList<ColumnName> ColumnFormat::columns() const
{
    QList<ColumnName> out;
    for (const QString& name : m_spec.required + m_spec.optional)
        out << ColumnName {name};
    return out;
}

int shopStock(const domain::Item& item)
{
    return item.onHand - item.allocated - item.waiting;
}

core::Result<QList<domain::Item>> itemsInCreationOrder(store::ItemStore& store)
{
    QList<domain::Item> items;
    const int pageSize = 2000;
    for (int offset = 0;; offset += pageSize) {
        const core::Result<QList<domain::Item>> page = store.items({}, offset, pageSize);
        if (!page)
            return page.errors();
        items << page.value();
        if (page->size() < pageSize)
            break;
    }
    std::sort(items.begin(), items.end(), [](const domain::Item& a, const domain::Item& b) { return a.id < b.id; });
    return items;
}

} // namespace bd::csv
