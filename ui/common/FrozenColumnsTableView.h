#pragma once

#include <QTableView>

#include <memory>

class QMenu;

namespace bd::ui {

// A table whose first logical columns (an item's SKU and name) stay in place while the
// rest scrolls sideways under them: a second view over the same model and selection
// shows only those columns on top of the table's left edge (Qt's "frozen column"
// example). The frozen columns stay first; the other columns may be moved and hidden
// by the user (the header's context menu lists them), and the header's saveState()
// keeps that.
class FrozenColumnsTableView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnsTableView(int frozenColumns, QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    void setItemDelegate(QAbstractItemDelegate* delegate);
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    // The view drawn over the frozen columns (tests look at it).
    QTableView* frozenView() const { return m_frozen; }
    int frozenColumns() const { return m_frozenColumns; }
    // Puts the columns in this visual order after the frozen ones, every one shown.
    void setColumnOrder(const QList<int>& logicalColumns);
    // Matches the frozen view to the table again (after the header's restoreState()).
    void setUpFrozenColumns();
    // The header's menu for a click on column `clicked` (-1: none): every column after
    // the frozen ones to show or hide, moving the clicked one left or right, and the
    // default order back.
    std::unique_ptr<QMenu> columnsMenu(int clicked);

Q_SIGNALS:
    // The user moved, hid or showed a column.
    void columnsChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void updateFrozenGeometry();
    void keepFrozenFirst();
    void showHeaderMenu(const QPoint& pos);
    int frozenWidth() const;

    int m_frozenColumns = 0;
    QTableView* m_frozen = nullptr;
    QList<int> m_defaultOrder;
};

} // namespace bd::ui
