#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QObject;
class QThread;

namespace bd::services {
class ShopQueries;
}

namespace bd::ui {

// Reads for a list model on a thread of its own, over a connection of its own to the
// shop (a connection belongs to the thread that opened it), so a slow count or a far
// page never stalls the window. Reads run one after another in the order posted; each
// is handed the reader's ShopQueries, or null and the reason when the shop could not be
// opened. What a read finds goes back to the window thread by a queued call the read
// makes itself; a model drops answers it no longer wants by its own generation counter
// (see PagedListModel).
class ListReader
{
    Q_DECLARE_TR_FUNCTIONS(ListReader)

public:
    using Read = std::function<void(services::ShopQueries* queries, const QString& openError)>;

    ListReader();
    // Waits for the read under way (later ones are skipped) and closes the connection on
    // the reader's thread.
    ~ListReader();
    ListReader(const ListReader&) = delete;
    ListReader& operator=(const ListReader&) = delete;

    // The shop reads go to from now on (a file path or a postgresql:// location); the
    // connection to the one before is closed. Opened when the next read needs it.
    void setLocation(const QString& location);
    void post(Read read);

private:
    struct State;
    std::shared_ptr<State> m_state;
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr; // lives on m_thread: posted reads run there
};

} // namespace bd::ui
