#include "ListReader.h"

#include "services/ShopQueries.h"
#include "store/Database.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace bd::ui {

struct ListReader::State
{
    // Touched on the reader's thread only.
    QString location;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<services::ShopQueries> queries;
    QString openError;
    bool opened = false;
    // Set on the window's thread when the reader goes: reads still queued are skipped.
    std::atomic<bool> closing = false;

    void close()
    {
        queries.reset();
        db.reset();
        opened = false;
        openError.clear();
    }

    services::ShopQueries* open()
    {
        if (opened)
            return queries.get();
        opened = true;
        if (location.isEmpty()) {
            openError = ListReader::tr("No shop is open.");
            return nullptr;
        }
        store::OpenOptions options;
        options.mustExist = true;
        options.verifyPages = false; // the window's own connection checked the file
        options.cacheKiB = 8192;     // one of the several readers a window holds
        core::Result<std::unique_ptr<store::Database>> db_ = store::Database::open(location, options);
        if (!db_) {
            openError = db_.errorText();
            return nullptr;
        }
        db = db_.takeValue();
        queries = std::make_unique<services::ShopQueries>(*db);
        return queries.get();
    }
};

ListReader::ListReader()
    : m_state(std::make_shared<State>())
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("list reader"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

ListReader::~ListReader()
{
    m_state->closing = true;
    QThread* thread = m_thread;
    QMetaObject::invokeMethod(
        m_context,
        [state = m_state, thread] {
            state->close();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

void ListReader::setLocation(const QString& location)
{
    QMetaObject::invokeMethod(
        m_context,
        [state = m_state, location] {
            state->close();
            state->location = location;
        },
        Qt::QueuedConnection);
}

void ListReader::post(Read read)
{
    QMetaObject::invokeMethod(
        m_context,
        [state = m_state, read = std::move(read)] {
            if (state->closing)
                return;
            services::ShopQueries* queries = state->open();
            read(queries, state->openError);
        },
        Qt::QueuedConnection);
}

} // namespace bd::ui
