#pragma once

#include <QHash>
#include <QTableWidget>

class QSpinBox;

namespace bd::ui {

// The lines of an order with a quantity to choose per line (to ship, to return): text
// columns (the SKU first, then the item's name, then counts) and, last, a spin box.
class LineQuantitiesTable : public QTableWidget
{
    Q_OBJECT

public:
    // headers: the text columns' and, last, the quantity's.
    LineQuantitiesTable(const QStringList& headers, QWidget* parent = nullptr);

    // sku, name and the counts shown; the quantity from 0 to `most`, starting at `value`.
    void addLine(qint64 lineId, const QString& sku, const QString& name, const QList<int>& counts, int most,
                 int value, const QString& accessibleName);
    QSpinBox* spinBox(const QString& sku) const;
    QString skuAt(int row) const;
    int quantityAt(int row) const;
    qint64 lineIdAt(int row) const { return m_lineIds.value(row); }
    // The chosen quantity per order line id, zeros included.
    QHash<qint64, int> quantities() const;
    int total() const;

Q_SIGNALS:
    void quantitiesChanged();

private:
    QList<QSpinBox*> m_spinBoxes;
    QList<qint64> m_lineIds;
};

} // namespace bd::ui
