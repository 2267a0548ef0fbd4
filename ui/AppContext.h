#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/Database.h"

#include <QObject>
#include <QString>

#include <memory>

namespace bd::store {
class ShopStore;
}

namespace bd::ui {

// What every window, view and dialog of one running application shares: the clock
// and the open shop database with its store. Views take it by reference instead of
// reaching for globals, so a test can build one around a temporary file and a fixed
// clock.
class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(std::unique_ptr<core::Clock> clock, QObject* parent = nullptr);
    ~AppContext() override;

    core::Clock& clock() const { return *m_clock; }

    bool hasDatabase() const { return m_database != nullptr; }
    // Null while no database is open.
    store::Database* database() const { return m_database.get(); }
    store::ShopStore* store() const { return m_store.get(); }

    // Opens (creating or migrating as the core decides) the file and makes it the
    // current database. On failure the database open before stays open.
    core::Status openDatabase(const QString& path, const store::OpenOptions& options = {});
    void closeDatabase();

Q_SIGNALS:
    // Before the current database and store go away: let go of the store now.
    void databaseAboutToClose();
    // After another database (or none) became current.
    void databaseChanged();

private:
    std::unique_ptr<core::Clock> m_clock;
    // Declared before the store: the store holds statements on the database's
    // connection and must go first.
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::ShopStore> m_store;
};

} // namespace bd::ui
