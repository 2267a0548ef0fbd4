#pragma once

// Helpers of the tests where several seats work on one shop file: backorderdesk-cli run
// as a process of its own (BD_CLI_PATH, set by CMake).

#include "../store/StoreTestUtil.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace bd::test {

struct CliRun
{
    int status = -1; // the exit status; -1 when it crashed or did not end in time
    QString out;
    QString err;
};

inline CliRun runCliProcess(const QStringList& args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(QStringLiteral(BD_CLI_PATH), args);
    CliRun run;
    if (!p.waitForFinished(timeoutMs))
        return run;
    run.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

// A plain connection to look at a shop file after the seats are gone (read-write: the
// first connection after a crash recovers the -wal).
class SqliteLook : public bd::store::test::RawDb
{
public:
    explicit SqliteLook(const QString& path)
        : RawDb(path, Mode::ReadWrite)
    {
    }
};

} // namespace bd::test
