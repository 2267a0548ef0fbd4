#include "LineQuantitiesTable.h"

#include <QHeaderView>
#include <QLocale>
#include <QSpinBox>

namespace bd::ui {

namespace {
enum { SkuColumn, NameColumn, FirstCount };
} // namespace

LineQuantitiesTable::LineQuantitiesTable(const QStringList& headers, QWidget* parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setObjectName(QStringLiteral("linesTableWidget"));
    setHorizontalHeaderLabels(headers);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
}

void LineQuantitiesTable::addLine(qint64 lineId, const QString& sku, const QString& name,
                                  const QList<int>& counts, int most, int value,
                                  const QString& accessibleName)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, SkuColumn, new QTableWidgetItem(sku));
    setItem(row, NameColumn, new QTableWidgetItem(name));
    const QLocale locale;
    for (int i = 0; i < counts.size() && FirstCount + i < columnCount() - 1; ++i) {
        auto* item = new QTableWidgetItem(locale.toString(counts.at(i)));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, FirstCount + i, item);
    }
    auto* spin = new QSpinBox(this);
    spin->setObjectName(QStringLiteral("quantitySpinBox"));
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, most);
    spin->setValue(value);
    spin->setEnabled(most > 0);
    spin->setAlignment(Qt::AlignRight);
    connect(spin, &QSpinBox::valueChanged, this, &LineQuantitiesTable::quantitiesChanged);
    setCellWidget(row, columnCount() - 1, spin);
    m_spinBoxes << spin;
    m_lineIds << lineId;
}

QSpinBox* LineQuantitiesTable::spinBox(const QString& sku) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, SkuColumn)->text() == sku)
            return m_spinBoxes.value(row);
    }
    return nullptr;
}

QString LineQuantitiesTable::skuAt(int row) const
{
    const QTableWidgetItem* cell = item(row, SkuColumn);
    return cell ? cell->text() : QString();
}

int LineQuantitiesTable::quantityAt(int row) const
{
    const QSpinBox* spin = m_spinBoxes.value(row);
    return spin ? spin->value() : 0;
}

QHash<qint64, int> LineQuantitiesTable::quantities() const
{
    QHash<qint64, int> chosen;
    for (int row = 0; row < m_spinBoxes.size(); ++row)
        chosen.insert(m_lineIds.at(row), m_spinBoxes.at(row)->value());
    return chosen;
}

int LineQuantitiesTable::total() const
{
    int units = 0;
    for (const QSpinBox* spin : m_spinBoxes)
        units += spin->value();
    return units;
}

} // namespace bd::ui
