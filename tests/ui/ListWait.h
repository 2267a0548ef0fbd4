#pragma once

// Waiting for the window's lists (PagedListModel): a model answers on the window's
// thread when its reader is done, so a test waits for it (within the test's time), as
// a view would by painting again.

#include <QAbstractItemView>
#include <QStringList>
#include <QTest>
#include <QVariant>

namespace bd::test {

// Whether the count and the pages asked for have come.
template<typename Model>
bool settled(Model& model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
}

// What a row shows once its page has come (asking for it as a view does, by data()).
template<typename Model>
QVariant shown(Model& model, int row, int column, int role = Qt::DisplayRole)
{
    (void)model.index(row, column).data(role);
    if (!QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 10000))
        return QStringLiteral("<row %1 never came>").arg(row);
    return model.index(row, column).data(role);
}

// Every row's `role` in `column`, top to bottom, each page read as a view scrolling
// through the list reads it.
template<typename Model>
QStringList shownColumn(Model& model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    if (!settled(model))
        return {QStringLiteral("<the list never settled>")};
    for (int row = 0; row < model.rowCount(); ++row)
        out << shown(model, row, column, role).toString();
    return out;
}

// Whether a page that reads its detail off the window's thread (isDetailLoading()) shows
// the detail it asked for last.
template<typename Page>
bool detailCame(Page& page)
{
    return QTest::qWaitFor([&] { return !page.isDetailLoading(); }, 10000);
}

// Whether the view's current row comes to hold `key` in `role` (a page selects a row once
// its page is read).
inline bool becomesCurrent(const QAbstractItemView& view, const QVariant& key, int role)
{
    return QTest::qWaitFor([&] { return view.currentIndex().data(role) == key; }, 10000);
}

} // namespace bd::test
