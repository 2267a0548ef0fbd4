#pragma once

#include "models/ListReader.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace bd::store {
class Database;
}

namespace bd::ui {

// What every list of the window shares (see PagedListModel, which holds the rows): the
// reader thread, the count, which pages are asked for, and the generation counter that
// tells a current answer from a stale one.
class ListModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    // Pages kept in memory at most; those farthest from where the view looks go first.
    static constexpr int ResidentPages = 10;

    ~ListModelBase() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    // A flat list: no row has children.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Rows there are in all, as last counted.
    int totalCount() const { return m_count; }
    // Whether a count or a page asked for has not come yet.
    bool isLoading() const { return m_restarting || m_refreshing || m_locating > 0 || !m_wanted.isEmpty(); }
    // Rows held in memory now (at most ResidentPages pages).
    virtual int residentRows() const = 0;
    // The shop to read (null: show nothing), on a connection of the reader's own; reads
    // everything again.
    void setDatabase(store::Database* db);
    store::Database* database() const { return m_db; }
    // Reads the count and the rows held again (the shop changed underneath), keeping
    // the rows a view selected by their key.
    void reload() { refreshReads(); }
    // Told why a read failed (the window's error banner); the rows stay as they were.
    void setErrorHandler(std::function<void(const QString&)> handler) { m_onError = std::move(handler); }
    // The last read's failure; empty when it worked.
    const QString& readError() const { return m_readError; }

signals:
    // A count or page came and was taken in.
    void loaded();

protected:
    explicit ListModelBase(QObject* parent);

    // Where rows come from: the shop's location (the reader opens its own connection);
    // empty shows nothing.
    void setLocation(const QString& location);
    const QString& location() const { return m_location; }

    // Asks for the page holding `row` (the view wants to show it).
    void want(int page) const;
    // Starts a new generation: answers to earlier requests are dropped when they come.
    int nextGeneration();
    bool isCurrent(int generation) const { return generation == m_generation; }
    int generation() const { return m_generation; }
    // A shared copy of the generation for reads to look at before they start.
    std::shared_ptr<std::atomic<int>> generationFlag() const { return m_generationFlag; }

    void failed(const QString& error);
    void postRead(ListReader::Read read) { m_reader.post(std::move(read)); }

    // The template's part: post the read of a page, drop the page farthest away, read
    // everything again, and read again what is held.
    virtual void readPage(int page) = 0;
    virtual void evictFarPages() = 0;
    virtual void restartReads() = 0;
    virtual void refreshReads() = 0;

    int m_count = 0;
    bool m_restarting = false;  // a new count and first page are on their way
    bool m_refreshing = false;  // the pages held are being read again
    int m_locating = 0;         // rows looked for by key (PagedListModel::locate), not found yet
    mutable int m_focusPage = 0; // the page the view looked at last
    mutable QSet<int> m_wanted;  // pages asked for, not come yet
    QSet<int> m_posted;          // of those, the ones whose read was posted

private:
    void dispatch();

    ListReader m_reader;
    store::Database* m_db = nullptr;
    QString m_location;
    int m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_generationFlag = std::make_shared<std::atomic<int>>(0);
    mutable bool m_dispatchQueued = false;
    QString m_readError;
    std::function<void(const QString&)> m_onError;
};

} // namespace bd::ui
