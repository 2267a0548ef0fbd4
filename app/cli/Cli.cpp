#include "Command.h"
#include "Commands.h"

#include "core/Paths.h"

namespace bd::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    addSetupCommands(commands);
    addDataCommands(commands);
    addStockCommands(commands);
    addSupplyCommands(commands);
    addOrderCommands(commands);
    addMailCommands(commands);
    addBackupCommands(commands);
    addReportCommands(commands);
    return commands;
}

namespace {

void printHelp(QTextStream& out, const std::vector<std::unique_ptr<Command>>& commands)
{
    out << QCoreApplication::translate("cli",
                                       "Usage: backorderdesk-cli [--db FILE] [--now ISO-DATETIME] COMMAND [ARGS...]\n"
                                       "Backorder Desk: keep selling out-of-stock items on backorder.\n\n"
                                       "Global options:\n"
                                       "  --db FILE            the shop database (default: %1)\n"
                                       "  --now ISO-DATETIME   the time every action happens at (default: now);\n"
                                       "                       a time without an offset is UTC\n"
                                       "  -h, --help           this help; COMMAND --help explains a command\n"
                                       "  -v, --version        the version\n\n"
                                       "Commands:\n")
               .arg(core::defaultDatabasePath());
    for (const auto& command : commands)
        out << QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(12), command->description());
    out.flush();
}

} // namespace

int runCli(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const auto commands = allCommands();
    CliContext context(out, err);
    context.dbPath = core::defaultDatabasePath();
    QString now;
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString& arg = args[i];
        auto value = [&](const QString& option, QString* target) -> bool {
            if (arg == option) {
                if (i + 1 >= args.size())
                    return false;
                *target = args[++i];
                return true;
            }
            *target = arg.mid(option.size() + 1);
            return true;
        };
        if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            if (!value(QStringLiteral("--db"), &context.dbPath) || context.dbPath.isEmpty()) {
                err << QCoreApplication::translate("cli", "--db needs a file name") << Qt::endl;
                return UsageError;
            }
        } else if (arg == QLatin1String("--now") || arg.startsWith(QLatin1String("--now="))) {
            if (!value(QStringLiteral("--now"), &now)) {
                err << QCoreApplication::translate("cli", "--now needs a date and time") << Qt::endl;
                return UsageError;
            }
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printHelp(out, commands);
            return Success;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            out << QStringLiteral("backorderdesk-cli %1").arg(QStringLiteral(BD_VERSION)) << Qt::endl;
            return Success;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            err << QCoreApplication::translate("cli", "unknown option %1; see backorderdesk-cli --help").arg(arg)
                << Qt::endl;
            return UsageError;
        } else {
            break;
        }
    }
    if (i >= args.size()) {
        printHelp(err, commands);
        return UsageError;
    }
    if (now.isEmpty()) {
        context.clock = std::make_unique<core::SystemClock>();
    } else {
        const QDateTime at = core::parseIsoDateTime(now);
        if (!at.isValid()) {
            err << QCoreApplication::translate("cli", "--now: '%1' is not an ISO 8601 date and time such as "
                                                      "2026-12-01T09:30:00")
                       .arg(now)
                << Qt::endl;
            return UsageError;
        }
        context.clock = std::make_unique<core::FixedClock>(at);
    }
    const QString verb = args[i];
    for (const auto& command : commands) {
        if (command->name() == verb)
            return command->execute(context, args.mid(i + 1));
    }
    err << QCoreApplication::translate("cli", "unknown command '%1'; see backorderdesk-cli --help").arg(verb) << Qt::endl;
    return UsageError;
}

} // namespace bd::cli
