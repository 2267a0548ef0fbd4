#pragma once

#include "core/Result.h"
#include "store/MailStore.h"
#include "mail/MimeMessage.h"
#include "mail/Outbox.h"
#include "mail/SmtpTransport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace bd::core {
class Clock;
}
namespace bd::store {
class Config;
class Database;
} // namespace bd::store

namespace bd::mail {

struct DeliveryReport
{
    int sent = 0;
    int retrying = 0; // back in the queue after a temporary failure
    int failed = 0; // refused for good
    int recovered = 0; // found in `sending` from an interrupted run, sent again
    QStringList problems;
    bool stopped = false; // the server could not be reached or refused the login
    bool ok() const { return failed == 0 && !stopped && problems.isEmpty(); }
};

// Delivers the pending messages that are due: over a transport (SMTP) or as .eml
// files. A message is marked `sending` (committed) before each attempt, so a crash
// mid-send leaves it visible and the next run sends it again with the same
// Message-ID: at least once, never lost. Temporary failures go back to `pending`
// with exponential back-off; permanent ones are `failed` and never retried.
class Delivery
{
    Q_DECLARE_TR_FUNCTIONS(Delivery)

public:
    // Sends as the shop's settings say, at the clock's time, on its own store of the
    // outbox; each change of a message's state is one transaction of its own.
    Delivery(store::Database& db, const core::Clock& clock, const store::Config& config);

    DeliveryReport send(MailTransport& transport);
    // DIR/<id>.eml for each due message, marked sent: for shops without SMTP.
    DeliveryReport writeFiles(const QString& dir);

    // When a message that failed for the n-th time is tried again: 1 minute,
    // doubling, at most 6 hours.
    static QDateTime nextAttempt(const QDateTime& now, int attempts);
    MimeMessage mimeFor(const store::OutboxRow& row) const;

    // An attempt still `sending` after this long was interrupted; every transfer gives
    // up well before (libcurl's timeouts).
    static constexpr int StaleSendingSeconds = 15 * 60;

    // Told before each due message of send(): how many were handled of how many.
    // Returning false stops the run there; the message it was about stays pending,
    // untouched. For the window's progress bar and its Cancel button.
    using Progress = std::function<bool(int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

private:
    core::Status recoverInterrupted(DeliveryReport& report);
    // Takes the due message `id` for this run, writing it first if it is an intent, and
    // gives it as it goes out; none when it is not pending any more, another sender has
    // it, or it is not to be sent any more (then it is cancelled, with the reason).
    core::Result<std::optional<store::OutboxRow>> claimDue(qint64 id);
    core::Status write(const std::function<core::Status()>& change);
    // write() for the state of a message that went out: a busy shop is retried for up to
    // RecordPatienceMs, so the message is not taken for an interrupted send later.
    core::Status record(const std::function<core::Status()>& change);
    static constexpr int RecordPatienceMs = 120000;

    store::Database& m_db;
    const core::Clock& m_clock;
    const store::Config& m_config;
    store::MailStore m_store;
    Outbox m_outbox;
    Progress m_progress;
};

} // namespace bd::mail
