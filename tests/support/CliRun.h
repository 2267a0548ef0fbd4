#pragma once

// backorderdesk-cli for tests: as a process of its own (the executable this build made),
// or in this process through the same command classes; either way with its exit status,
// standard output and standard error.

#include <QString>
#include <QStringList>

namespace bd::test {

struct CliRun
{
    int status = -1; // the exit status; -1 when it crashed or did not end in time
    QString out;
    QString err;
};

// The backorderdesk-cli executable of this build.
QString cliPath();

// Runs backorderdesk-cli as a process of its own and waits for it.
CliRun runCliProcess(const QStringList& args, int timeoutMs = 300000);

// Runs the command line in this process (bd::cli::runCli), with its output captured.
CliRun runCliInProcess(const QStringList& args);

} // namespace bd::test
