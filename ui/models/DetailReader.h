#pragma once

#include "core/Result.h"
#include "models/ListReader.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace bd::ui {

// The detail pane of a list's selection, read off the window's thread on a ListReader
// of its own (a thread and connection of its own). Only the latest read counts: one
// asked for before it is skipped when it has not started yet, and its answer dropped
// when it comes late, so the pane always shows the last selection.
//
// Owned by the widget that receives the answers, as a member: answers go to it by a
// queued call, and the reader is closed (waiting for the read under way) before the
// widget's QObject goes with its queued calls.
class DetailReader
{
public:
    DetailReader();
    ~DetailReader();
    DetailReader(const DetailReader&) = delete;
    DetailReader& operator=(const DetailReader&) = delete;

    // The shop reads go to from now on (empty: none); drops what is on its way.
    void setLocation(const QString& location);
    // Drops what is on its way: the selection went away.
    void drop();
    // Whether the answer of the latest read has still to come.
    bool isPending() const { return m_state->pending; }
    // The reader the reads run on, in the order asked (for a test to know where a
    // read stands).
    ListReader& listReader() { return m_reader; }

    // Runs `read` on the reader's thread (or gives the reason the shop could not be
    // opened), then `take` with its answer on the thread of `receiver`, unless another
    // read or drop() came since.
    template<typename T>
    void read(QObject* receiver, std::function<core::Result<T>(services::ShopQueries&)> read,
              std::function<void(const core::Result<T>&)> take)
    {
        const int generation = begin();
        m_reader.post([receiver, generation, state = m_state, read = std::move(read), take = std::move(take)](
                          services::ShopQueries* queries, const QString& openError) {
            if (state->latest != generation)
                return; // another read was asked for since
            core::Result<T> answer = queries ? read(*queries) : core::Result<T>(core::fail(openError));
            QMetaObject::invokeMethod(
                receiver,
                [generation, state, take, answer = std::move(answer)] {
                    if (state->latest != generation)
                        return; // came late: another read was asked for since
                    state->pending = false;
                    take(answer);
                },
                Qt::QueuedConnection);
        });
    }

private:
    struct State
    {
        std::atomic<int> latest = 0; // the generation of the read whose answer counts
        bool pending = false;        // touched on the receiver's thread only
    };

    int begin();

    std::shared_ptr<State> m_state = std::make_shared<State>();
    int m_generation = 0;
    ListReader m_reader;
};

} // namespace bd::ui
