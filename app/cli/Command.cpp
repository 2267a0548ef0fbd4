#include "Command.h"

#include "core/Text.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace bd::cli {

services::Shop* CliContext::shop(Open mode)
{
    if (m_shop)
        return m_shop.get();
    if (mode != Open::Create && !store::Database::isServerLocation(dbPath) && !QFileInfo::exists(dbPath)) {
        fail(tr("%1 does not exist; create a shop there with: backorderdesk-cli --db %1 init").arg(dbPath));
        return nullptr;
    }
    store::OpenOptions options;
    options.verifyPages = mode != Open::Existing;
    options.mustExist = mode != Open::Create;
    core::Result<std::unique_ptr<store::Database>> db = store::Database::open(dbPath, options);
    if (!db) {
        fail(db.errors());
        return nullptr;
    }
    m_db = db.takeValue();
    m_shop = std::make_unique<services::Shop>(*m_db, *clock);
    return m_shop.get();
}

int CliContext::fail(const core::Errors& errors)
{
    for (const core::Error& e : errors)
        err << e.toString() << Qt::endl;
    return core::isBusy(errors) ? Busy : Failure;
}

int CliContext::fail(const core::Errors& errors, int shown)
{
    if (shown < 0 || errors.size() <= shown)
        return fail(errors);
    for (qsizetype i = 0; i < shown; ++i)
        err << errors[i].toString() << Qt::endl;
    err << tr("… and %n more problem(s) (--all-errors lists every one)", nullptr, int(errors.size() - shown))
        << Qt::endl;
    return Failure;
}

int CliContext::fail(const QString& message)
{
    err << message << Qt::endl;
    return Failure;
}

bool Command::parse(QCommandLineParser& parser, CliContext& context, const QStringList& args, int* status,
                    int minPositional, int maxPositional) const
{
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    // A negative number ("adjust SKU -3", "config set KEY -2") is a value, not an option:
    // such words go after a "--" at the end, keeping their order. One that follows an
    // option ("--qty -4") stays that option's value.
    static const QRegularExpression negative(QStringLiteral("^-\\d+([.,]\\d+)?$"));
    QStringList words;
    QStringList numbers;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const bool afterOption = i > 0 && args[i - 1].startsWith(QLatin1String("--")) && !args[i - 1].contains(QLatin1Char('='));
        if (negative.match(args[i]).hasMatch() && !afterOption)
            numbers << args[i];
        else
            words << args[i];
    }
    if (!numbers.isEmpty())
        words << QStringLiteral("--") << numbers;
    if (!parser.parse(QStringList{QStringLiteral("backorderdesk-cli ") + name()} + words)) {
        context.err << name() << QStringLiteral(": ") << parser.errorText() << Qt::endl;
        *status = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        context.out << tr("Usage: backorderdesk-cli [--db FILE] [--now ISO-DATETIME] %1 %2").arg(name(), synopsis())
                    << Qt::endl
                    << description() << Qt::endl;
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1String("Options:"));
        if (options >= 0)
            context.out << Qt::endl << text.mid(options);
        *status = Success;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        context.err << tr("%1: usage: backorderdesk-cli %1 %2").arg(name(), synopsis()) << Qt::endl;
        *status = UsageError;
        return false;
    }
    if (const core::Errors bad = controlCharacters(parser); !bad.isEmpty()) {
        for (const core::Error& e : bad)
            context.err << name() << QStringLiteral(": ") << e.toString() << Qt::endl;
        *status = UsageError;
        return false;
    }
    return true;
}

// The control-character policy (core::Text) for the words of a command line, refused
// with the option or argument they are in, never stripped. Free text may hold tabs and
// line breaks: the options that take one (--note, --message, --signature,
// --body, --address, --description) and the positional arguments, which are free text
// in `config set KEY VALUE` and `item highlight SKU TEXT` (an identifier with a line
// break in it is simply found nowhere). Every other option's value is one line.
core::Errors Command::controlCharacters(const QCommandLineParser& parser)
{
    static const QRegularExpression freeText(QStringLiteral("^(note|message|signature|body|address|description)$"));
    core::Errors errors;
    for (const QString& option : parser.optionNames()) {
        const core::TextKind kind
            = freeText.match(option).hasMatch() ? core::TextKind::MultiLine : core::TextKind::Line;
        for (const QString& value : parser.values(option)) {
            if (auto e = core::Text::check(value, kind, QStringLiteral("--") + option))
                errors << *e;
        }
    }
    for (const QString& word : parser.positionalArguments()) {
        if (auto e = core::Text::check(word, core::TextKind::MultiLine, QStringLiteral("'%1'").arg(
                                               core::Text::withoutForbidden(word, core::TextKind::Line))))
            errors << *e;
    }
    return errors;
}

int Command::writeOutput(CliContext& context, const QString& outputFile, const QByteArray& bytes) const
{
    if (outputFile.isEmpty() || outputFile == QLatin1String("-")) {
        // The bytes as they are (a byte order mark, the encoding): through the text
        // stream only when it writes to no device.
        context.out.flush();
        if (QIODevice* device = context.out.device()) {
            if (device->write(bytes) != bytes.size())
                return context.fail(tr("cannot write the output: %1").arg(device->errorString()));
            if (auto* file = qobject_cast<QFileDevice*>(device))
                file->flush();
            return Success;
        }
        context.out << QString::fromUtf8(bytes);
        context.out.flush();
        return Success;
    }
    // Written whole or not at all.
    QSaveFile file(outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(tr("cannot write %1: %2").arg(outputFile, file.errorString()));
    return Success;
}

} // namespace bd::cli
