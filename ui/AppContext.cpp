#include "AppContext.h"

#include "store/ShopStore.h"

namespace bd::ui {

AppContext::AppContext(std::unique_ptr<core::Clock> clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : std::make_unique<core::SystemClock>())
{
}

AppContext::~AppContext()
{
    m_store.reset();
    m_database.reset();
}

core::Status AppContext::openDatabase(const QString& path, const store::OpenOptions& options)
{
    auto opened = store::Database::open(path, options);
    if (!opened.ok())
        return opened;

    if (m_database)
        Q_EMIT databaseAboutToClose();
    m_store.reset();
    m_database = opened.takeValue();
    m_store = std::make_unique<store::ShopStore>(*m_database);
    Q_EMIT databaseChanged();
    return {};
}

void AppContext::closeDatabase()
{
    if (!m_database)
        return;
    Q_EMIT databaseAboutToClose();
    m_store.reset();
    m_database.reset();
    Q_EMIT databaseChanged();
}

} // namespace bd::ui
