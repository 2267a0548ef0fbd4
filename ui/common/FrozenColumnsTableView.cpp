#include "FrozenColumnsTableView.h"

#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>

namespace bd::ui {

namespace {

// The frozen part follows the table's scrolling; loading more rows at the end is the
// table's business (both asking would load two pages at a time).
class FrozenPart : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void verticalScrollbarValueChanged(int) override { }
};

} // namespace

FrozenColumnsTableView::FrozenColumnsTableView(int frozenColumns, QWidget* parent)
    : QTableView(parent)
    , m_frozenColumns(frozenColumns)
    , m_frozen(new FrozenPart(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenColumnsView"));
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setHighlightSections(false);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setWordWrap(false);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid palette(mid); }"));
    viewport()->stackUnder(m_frozen);

    // Columns are moved from the header's menu: with sections movable by dragging, a
    // click on a header no longer sorts (Qt 6.4).
    QHeaderView* header = horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &FrozenColumnsTableView::showHeaderMenu);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical < m_frozenColumns) {
            m_frozen->setColumnWidth(logical, size);
            updateFrozenGeometry();
        }
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        keepFrozenFirst();
        Q_EMIT columnsChanged();
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { m_frozen->setRowHeight(logical, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // Sorting by a frozen column goes through the table's own header.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int logical) {
        QHeaderView* main = horizontalHeader();
        const Qt::SortOrder order = main->sortIndicatorSection() == logical && main->sortIndicatorOrder() == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        main->setSortIndicator(logical, order);
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int logical, Qt::SortOrder order) {
        m_frozen->horizontalHeader()->setSortIndicatorShown(logical < m_frozenColumns);
        m_frozen->horizontalHeader()->setSortIndicator(logical, order);
    });
    connect(m_frozen, &QAbstractItemView::activated, this, &QAbstractItemView::activated);
    connect(m_frozen, &QAbstractItemView::doubleClicked, this, &QAbstractItemView::doubleClicked);
}

void FrozenColumnsTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_defaultOrder.clear();
    for (int c = 0; c < (model ? model->columnCount() : 0); ++c)
        m_defaultOrder << c;
    setUpFrozenColumns();
}

void FrozenColumnsTableView::setItemDelegate(QAbstractItemDelegate* delegate)
{
    QTableView::setItemDelegate(delegate);
    m_frozen->setItemDelegate(delegate);
}

void FrozenColumnsTableView::setUpFrozenColumns()
{
    keepFrozenFirst();
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setEditTriggers(editTriggers());
    m_frozen->setAlternatingRowColors(alternatingRowColors());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    const int columns = model() ? model()->columnCount() : 0;
    for (int c = 0; c < columns; ++c) {
        m_frozen->setColumnHidden(c, c >= m_frozenColumns);
        if (c < m_frozenColumns)
            m_frozen->setColumnWidth(c, columnWidth(c));
    }
    updateFrozenGeometry();
}

void FrozenColumnsTableView::setColumnOrder(const QList<int>& logicalColumns)
{
    QHeaderView* header = horizontalHeader();
    const QSignalBlocker block(header);
    int visual = m_frozenColumns;
    for (int logical : logicalColumns) {
        if (logical < m_frozenColumns)
            continue;
        header->moveSection(header->visualIndex(logical), visual++);
        header->showSection(logical);
    }
    m_defaultOrder = logicalColumns;
    updateFrozenGeometry();
}

void FrozenColumnsTableView::keepFrozenFirst()
{
    QHeaderView* header = horizontalHeader();
    const QSignalBlocker block(header);
    for (int logical = 0; logical < m_frozenColumns; ++logical) {
        if (header->visualIndex(logical) != logical)
            header->moveSection(header->visualIndex(logical), logical);
        header->showSection(logical);
    }
    updateFrozenGeometry();
}

void FrozenColumnsTableView::showHeaderMenu(const QPoint& pos)
{
    const std::unique_ptr<QMenu> menu = columnsMenu(horizontalHeader()->logicalIndexAt(pos));
    menu->exec(horizontalHeader()->viewport()->mapToGlobal(pos));
}

std::unique_ptr<QMenu> FrozenColumnsTableView::columnsMenu(int clicked)
{
    QHeaderView* header = horizontalHeader();
    QAbstractItemModel* m = model();
    auto owned = std::make_unique<QMenu>(this);
    QMenu& menu = *owned;
    menu.setObjectName(QStringLiteral("columnsMenu"));
    if (!m)
        return owned;
    for (int visual = m_frozenColumns; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction* action = menu.addAction(m->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setData(logical);
        action->setChecked(!header->isSectionHidden(logical));
        connect(action, &QAction::toggled, this, [this, header, logical](bool shown) {
            header->setSectionHidden(logical, !shown);
            Q_EMIT columnsChanged();
        });
    }
    menu.addSeparator();
    if (clicked >= m_frozenColumns) {
        const QString name = m->headerData(clicked, Qt::Horizontal).toString();
        auto neighbour = [header, clicked](int step) {
            for (int visual = header->visualIndex(clicked) + step; visual >= 0 && visual < header->count(); visual += step) {
                if (!header->isSectionHidden(header->logicalIndex(visual)))
                    return visual;
            }
            return -1;
        };
        for (int step : { -1, 1 }) {
            const int to = neighbour(step);
            QAction* move = menu.addAction(step < 0 ? tr("Move “%1” left").arg(name) : tr("Move “%1” right").arg(name));
            move->setObjectName(step < 0 ? QStringLiteral("moveColumnLeftAction") : QStringLiteral("moveColumnRightAction"));
            move->setEnabled(to >= m_frozenColumns);
            connect(move, &QAction::triggered, this, [header, clicked, to] {
                header->moveSection(header->visualIndex(clicked), to);
            });
        }
        menu.addSeparator();
    }
    QAction* reset = menu.addAction(tr("Reset columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    connect(reset, &QAction::triggered, this, [this] {
        setColumnOrder(m_defaultOrder);
        Q_EMIT columnsChanged();
    });
    return owned;
}

int FrozenColumnsTableView::frozenWidth() const
{
    int width = 0;
    for (int c = 0; c < m_frozenColumns; ++c)
        width += columnWidth(c);
    return width;
}

void FrozenColumnsTableView::updateFrozenGeometry()
{
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), frozenWidth(),
                          viewport()->height() + horizontalHeader()->height());
}

void FrozenColumnsTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenColumnsTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_frozen)
        updateFrozenGeometry();
}

QModelIndex FrozenColumnsTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Moving left onto a column hidden under the frozen ones scrolls it out.
    if (cursorAction == MoveLeft && current.column() >= m_frozenColumns
        && visualRect(current).topLeft().x() < frozenWidth()) {
        const int newValue = horizontalScrollBar()->value() + visualRect(current).topLeft().x() - frozenWidth();
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

void FrozenColumnsTableView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    if (index.column() >= m_frozenColumns) {
        QTableView::scrollTo(index, hint);
        return;
    }
    // A frozen cell is always in view sideways: scroll up or down only.
    const int shown = horizontalHeader()->logicalIndexAt(frozenWidth() + 1);
    QTableView::scrollTo(shown >= 0 ? index.siblingAtColumn(shown) : index, hint);
}

} // namespace bd::ui
