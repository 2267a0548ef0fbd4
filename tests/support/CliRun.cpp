#include "CliRun.h"

#include "Command.h"

#include <QProcess>
#include <QTextStream>

namespace bd::test {

QString cliPath()
{
    return QStringLiteral(BD_CLI_PATH);
}

CliRun runCliProcess(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(cliPath(), args);
    CliRun run;
    if (!p.waitForFinished(timeoutMs))
        return run;
    run.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

CliRun runCliInProcess(const QStringList& args)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.status = cli::runCli(args, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace bd::test
