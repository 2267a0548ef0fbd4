#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace bd::cli {

// What every command runs with: the streams it writes to, the database path and clock
// from the global options, and the shop, opened on first use.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream& output, QTextStream& errors)
        : out(output)
        , err(errors)
    {
    }

    QTextStream& out;
    QTextStream& err;
    QString dbPath;
    std::unique_ptr<core::Clock> clock;

    enum class Open {
        Existing, // the shop must exist already (a mistyped --db is an error, not a new shop)
        Create,   // init and demo may create it
        Verify,   // must exist; every page is read first (check)
    };
    // The shop at dbPath, opened (and migrated) on first call; nullptr after printing
    // why when it cannot be opened.
    services::Shop* shop(Open mode = Open::Existing);
    store::Database* database() { return m_db.get(); }
    // One line per problem on stderr; returns the exit status for failures.
    int fail(const core::Errors& errors);
    // The first `shown` problems (all when negative), then how many more there are.
    int fail(const core::Errors& errors, int shown);
    int fail(const QString& message);

private:
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<services::Shop> m_shop;
};

// One verb of backorderdesk-cli.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    // Arguments after the verb, for the usage line ("ORDER [--partial]").
    virtual QString synopsis() const { return {}; }
    // args: the words after the command name. Returns the exit status.
    virtual int execute(CliContext& context, const QStringList& args) = 0;

protected:
    // Parses args with the command's options; on --help or a usage error prints and
    // returns false, with the exit status in *status.
    bool parse(QCommandLineParser& parser, CliContext& context, const QStringList& args, int* status,
               int minPositional = 0, int maxPositional = 0) const;
    // Values of options and arguments holding a control character their kind of text
    // does not allow (core::Text), each named by its option or argument.
    static core::Errors controlCharacters(const QCommandLineParser& parser);
    // Writes text to the file given with -o, or to stdout when none.
    int writeOutput(CliContext& context, const QString& outputFile, const QByteArray& bytes) const;
};

// Busy (75, EX_TEMPFAIL of sysexits.h): another seat was busy with the shop and nothing
// was done; a cron job may try again in a moment.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2, Busy = 75 };

// Runs backorderdesk-cli with its arguments (without the program name) in-process.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace bd::cli
