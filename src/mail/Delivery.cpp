#include "Delivery.h"

#include "core/Clock.h"
#include "store/Config.h"
#include "store/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QThread>

#include <functional>

using bd::core::Status;

namespace bd::mail {

using bd::store::OutboxRow;
namespace messageState = bd::store::messageState;

Delivery::Delivery(store::Database& db, const core::Clock& clock, const store::Config& config)
    : m_db(db)
    , m_clock(clock)
    , m_config(config)
    , m_store(db)
    , m_outbox(db, clock, config)
{
}

QDateTime Delivery::nextAttempt(const QDateTime& now, int attempts)
{
    const qint64 maximum = 6 * 60 * 60;
    qint64 seconds = 60;
    for (int i = 1; i < attempts && seconds < maximum; ++i)
        seconds *= 2;
    return now.addSecs(std::min(seconds, maximum));
}

MimeMessage Delivery::mimeFor(const OutboxRow& row) const
{
    const store::Config& config = m_config;
    MimeMessage m;
    m.from = MimeAddress { config.text(store::settings::ShopSender), config.text(store::settings::ShopName) };
    m.to = MimeAddress { row.recipient, row.recipientName };
    m.replyTo = config.text(store::settings::ShopReplyTo);
    m.subject = row.subject;
    m.bodyText = row.bodyText;
    m.bodyHtml = row.bodyHtml;
    m.date = m_clock.now();
    m.messageId = row.messageId;
    return m;
}

Status Delivery::write(const std::function<Status()>& change)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    if (Status s = change(); !s.ok())
        return s;
    return tx.commit();
}

Status Delivery::record(const std::function<Status()>& change)
{
    // The message went out: its new state must be written, or a later run would take it
    // for an interrupted send and send it again. Another seat's long action (an import)
    // is waited for instead of given up on.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        Status s = write(change);
        if (s.ok() || !s.isBusy() || waited.elapsed() > RecordPatienceMs)
            return s;
        QThread::msleep(200);
    }
}

Status Delivery::recoverInterrupted(DeliveryReport& report)
{
    // A message still `sending` long after its attempt began was left by a run that
    // stopped mid-send (a crash, a killed cron job): it goes back to pending and is sent
    // again with the same Message-ID. A recent one may be in the hands of another run
    // (the window and a cron job at once) and is left alone.
    const core::Result<QList<qint64>> interrupted = m_store.staleSendingIds(m_clock.now().addSecs(-StaleSendingSeconds));
    if (!interrupted)
        return interrupted.errors();
    if (interrupted->isEmpty())
        return {};
    report.recovered = int(interrupted->size());
    return write([&]() -> Status {
        for (qint64 id : interrupted.value()) {
            if (Status s = m_store.setState(id, messageState::Pending,
                                            tr("a previous run stopped while sending it; sending it again"),
                                            m_clock.now());
                !s.ok())
                return s;
        }
        return {};
    });
}

core::Result<std::optional<OutboxRow>> Delivery::claimDue(qint64 id)
{
    store::Found<OutboxRow> found = m_store.message(id);
    if (!found)
        return found.errors();
    std::optional<OutboxRow>& row = found.value();
    if (!row || row->state != messageState::Pending)
        return std::optional<OutboxRow>();
    bool claimed = false;
    const Status s = write([&]() -> Status {
        // Read again under the write lock: another sender may have taken (and written) it.
        const store::Found<OutboxRow> current = m_store.message(row->id);
        if (!current)
            return current.errors();
        if (!current.value() || current.value()->state != messageState::Pending)
            return {};
        *row = *current.value();
        const core::Result<QString> notSent = m_outbox.prepareForSending(*row);
        if (!notSent)
            return notSent.errors();
        if (!notSent->isEmpty())
            return m_store.setState(row->id, messageState::Cancelled, notSent.value());
        const core::Result<bool> taken = m_store.claimForSending(row->id, row->messageId, m_clock.now());
        if (!taken)
            return taken.errors();
        claimed = taken.value();
        return {};
    });
    if (!s.ok())
        return s.errors();
    return claimed ? std::move(row) : std::optional<OutboxRow>();
}

DeliveryReport Delivery::send(MailTransport& transport)
{
    DeliveryReport report;
    if (Status s = recoverInterrupted(report); !s.ok()) {
        report.problems << s.errorText();
        return report;
    }
    const QString from = m_config.text(store::settings::ShopSender);
    const core::Result<QList<qint64>> dueIds = m_store.dueMessageIds(m_clock.now());
    if (!dueIds) {
        report.problems << dueIds.errorText();
        return report;
    }
    const QList<qint64>& due = dueIds.value();
    int done = 0;
    for (qint64 id : due) {
        if (m_progress && !m_progress(done++, int(due.size())))
            break;
        const core::Result<std::optional<OutboxRow>> claimed = claimDue(id);
        if (!claimed) {
            report.problems << claimed.errorText();
            return report;
        }
        if (!claimed.value())
            continue; // not pending any more, or another sender has it
        const OutboxRow& row = *claimed.value();
        const int attempts = row.attempts + 1;
        const SendOutcome outcome = transport.send(from, row.recipient, mime::compose(mimeFor(row)));
        const QDateTime now = m_clock.now();
        Status marked;
        switch (outcome.kind) {
        case SendOutcome::Kind::Sent:
            marked = record([&] { return m_store.markSent(id, now); });
            ++report.sent;
            break;
        case SendOutcome::Kind::Permanent:
            marked = record([&] { return m_store.setState(id, messageState::Failed, outcome.message); });
            ++report.failed;
            report.problems
                << tr("message %1 to %2 failed for good: %3").arg(id).arg(row.recipient, outcome.message);
            break;
        case SendOutcome::Kind::Transient:
        case SendOutcome::Kind::Unreachable:
        case SendOutcome::Kind::LoginFailed:
            marked
                = record([&] { return m_store.markRetry(id, nextAttempt(now, attempts), outcome.message); });
            ++report.retrying;
            if (outcome.kind != SendOutcome::Kind::Transient) {
                report.stopped = true;
                report.problems << outcome.message;
            }
            break;
        }
        if (!marked.ok()) {
            report.problems << marked.errorText();
            return report;
        }
        if (report.stopped)
            break;
    }
    return report;
}

DeliveryReport Delivery::writeFiles(const QString& dir)
{
    DeliveryReport report;
    if (!QDir().mkpath(dir)) {
        report.problems << tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir));
        report.stopped = true;
        return report;
    }
    if (Status s = recoverInterrupted(report); !s.ok()) {
        report.problems << s.errorText();
        return report;
    }
    const core::Result<QList<qint64>> due = m_store.dueMessageIds(m_clock.now());
    if (!due) {
        report.problems << due.errorText();
        return report;
    }
    for (qint64 id : due.value()) {
        const core::Result<std::optional<OutboxRow>> claimed = claimDue(id);
        if (!claimed) {
            report.problems << claimed.errorText();
            return report;
        }
        if (!claimed.value())
            continue; // not pending any more, or another sender has it
        const OutboxRow& row = *claimed.value();
        const QByteArray bytes = mime::compose(mimeFor(row));
        QSaveFile file(QDir(dir).filePath(QStringLiteral("%1.eml").arg(id)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            const QString why = tr("cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            report.problems << why;
            report.stopped = true;
            (void)record([&] { return m_store.markRetry(id, m_clock.now(), why); });
            return report;
        }
        if (Status s = record([&] { return m_store.markSent(id, m_clock.now()); }); !s.ok()) {
            report.problems << s.errorText();
            return report;
        }
        ++report.sent;
    }
    return report;
}

} // namespace bd::mail
