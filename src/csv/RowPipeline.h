#pragma once

#include "csv/CsvReader.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace bd::csv {

// Reads and checks the rows of a CSV file on a second thread while the caller writes
// the records they make: on a two-core machine reading a big file and writing it into
// the database overlap. The reading side gets only the rows and must not touch the
// database; the caller's side receives the records in file order.
//
// Memory stays bounded: at most `batches` batches of `batchSize` records are ahead of
// the caller; the reading thread waits when it is that far ahead.
template <typename Record>
class RowPipeline
{
public:
    // Turns a row into a record; false: the row makes no record (nothing is queued).
    using Parse = std::function<bool(const Row& row, Record& record)>;

    RowPipeline(CsvStream& stream, Parse parse, const std::atomic<bool>* cancel, int batchSize = 256,
                int batches = 8)
        : m_stream(stream)
        , m_parse(std::move(parse))
        , m_cancel(cancel)
        , m_batchSize(batchSize)
        , m_maxBatches(batches)
    {
        m_reader = std::thread([this] { read(); });
    }

    ~RowPipeline() { stop(); }

    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    // The next record in file order; false at the end of the file, when stopped or
    // when cancelled (see cancelled()).
    bool next(Record& record)
    {
        if (m_index >= m_current.size()) {
            m_current.clear();
            m_index = 0;
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return !m_queue.isEmpty() || m_done; });
            if (m_queue.isEmpty())
                return false;
            m_current = m_queue.takeFirst();
            m_space.notify_one();
        }
        record = std::move(m_current[m_index++]);
        return true;
    }

    // Stops reading and waits for the reading thread; the stream may be used again.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_space.notify_all();
        if (m_reader.joinable())
            m_reader.join();
    }

    bool cancelled() const { return m_wasCancelled.load(); }
    // Rows read so far, and bytes of the file, for progress.
    qint64 rowsRead() const { return m_rows.load(std::memory_order_relaxed); }
    qint64 position() const { return m_position.load(std::memory_order_relaxed); }

private:
    void read()
    {
        QList<Record> batch;
        batch.reserve(m_batchSize);
        Row row;
        bool more = true;
        while (more) {
            more = m_stream.next(row);
            if (more) {
                m_rows.fetch_add(1, std::memory_order_relaxed);
                Record record;
                if (m_parse(row, record))
                    batch.append(std::move(record));
                if ((m_rows.load(std::memory_order_relaxed) & 1023) == 0) {
                    m_position.store(m_stream.position(), std::memory_order_relaxed);
                    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                        m_wasCancelled = true;
                        more = false;
                    }
                }
            }
            if (batch.size() >= m_batchSize || (!more && !batch.isEmpty())) {
                std::unique_lock lock(m_mutex);
                m_space.wait(lock, [this] { return m_queue.size() < m_maxBatches || m_stopped; });
                if (m_stopped)
                    break;
                m_queue.append(std::move(batch));
                batch = QList<Record>();
                batch.reserve(m_batchSize);
                m_ready.notify_one();
            }
        }
        m_position.store(m_stream.position(), std::memory_order_relaxed);
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_ready.notify_all();
    }

    CsvStream& m_stream;
    Parse m_parse;
    const std::atomic<bool>* m_cancel;
    const int m_batchSize;
    const int m_maxBatches;

    std::mutex m_mutex;
    std::condition_variable m_ready; // a batch is queued, or reading is done
    std::condition_variable m_space; // the queue has room, or reading is to stop
    QList<QList<Record>> m_queue;
    bool m_done = false;
    bool m_stopped = false;
    std::atomic<bool> m_wasCancelled {false};
    std::atomic<qint64> m_rows {0};
    std::atomic<qint64> m_position {0};
    std::thread m_reader;

    // The caller's side only.
    QList<Record> m_current;
    qsizetype m_index = 0;
};

} // namespace bd::csv
