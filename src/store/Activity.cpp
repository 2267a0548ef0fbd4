#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

// Who holds the shop's write lock, announced for the busy message of the other seats:
// a file beside a SQLite shop, the connection's application_name on a server.

namespace bd::store {

static QString activityFile(const QString& path)
{
    return path + QStringLiteral(".activity");
}

QString Activity::describe() const
{
    const QString at = QLocale().toString(started.toLocalTime().time(), QStringLiteral("HH:mm"));
    if (host == QSysInfo::machineHostName())
        return Database::tr("%1 started %2 on this computer").arg(what, at);
    return Database::tr("%1 started %2 on %3").arg(what, at, host);
}

bool Activity::isStale() const
{
#ifdef Q_OS_UNIX
    if (host != QSysInfo::machineHostName() || pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    return false;
#endif
}

std::optional<Activity> Database::announcedActivity(const QString& path)
{
    QFile file(activityFile(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Activity activity;
    const QList<QByteArray> lines = file.read(4096).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "what")
            activity.what = value;
        else if (key == "started")
            activity.started = QDateTime::fromString(value, Qt::ISODate);
        else if (key == "host")
            activity.host = value;
        else if (key == "pid")
            activity.pid = value.toLongLong();
    }
    if (activity.what.isEmpty())
        return std::nullopt;
    return activity;
}

QString Database::busyMessage(const QString& path)
{
    return busyText(announcedActivity(path));
}

QString Database::busyText(const std::optional<Activity>& holder)
{
    if (holder && !holder->isStale())
        return tr("The shop is busy with another action (%1); try again in a moment.").arg(holder->describe());
    return tr("The shop is busy with another action; try again in a moment.");
}

// Written once the write lock is held, so only the holder ever writes it; the file is
// beside the shop, never the shop file itself.
void Database::announce()
{
    if (m_activity.isEmpty())
        return;
    if (m_dialect.announcement() == Dialect::Announcement::SessionName) {
        // Other seats read it from pg_stat_activity; it ends with the transaction.
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("SELECT set_config('application_name', :name, true)"));
        q.bindValue(QStringLiteral(":name"), serverActivityName(m_activity));
        m_announced = q.exec();
        return;
    }
    QSaveFile file(activityFile(m_path));
    file.setDirectWriteFallback(true);
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QString text = QStringLiteral("what=%1\nstarted=%2\nhost=%3\npid=%4\n")
                             .arg(QString(m_activity).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QSysInfo::machineHostName())
                             .arg(QCoreApplication::applicationPid());
    file.write(text.toUtf8());
    m_announced = file.commit();
}

void Database::withdraw()
{
    if (!m_announced)
        return;
    m_announced = false;
    if (m_dialect.announcement() == Dialect::Announcement::SessionName)
        return; // set for the transaction only
    QFile::remove(activityFile(m_path));
}

} // namespace bd::store
