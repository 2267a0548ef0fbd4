#include "Commands.h"

#include "csv/CsvWriter.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "csv/formats/Formats.h"

#include <atomic>
#include <csignal>

#include <unistd.h>

namespace bd::cli {

namespace {

// Ctrl+C during an import stops it; the transaction is rolled back, nothing changes.
std::atomic<bool> interrupted {false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

class InterruptGuard
{
public:
    InterruptGuard()
    {
        interrupted.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int) = nullptr;
};

// Problems listed when an import fails; --all-errors lists every one.
constexpr int ShownProblems = 100;

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString description() const override
    {
        // The formats come from the one list every part reads (csv/formats/Formats.h).
        QStringList shapes;
        for (const csv::ShopFormat* f : csv::shopFormats())
            shapes << QStringLiteral("%1 (%2, --format %3)").arg(f->title(), csv::kindName(f->kind()), f->id());
        return tr("Import a CSV file, all or nothing: %1. The file's shape is recognised from its header (--format "
                  "overrides it): %2.")
            .arg(csv::Importer::kindNames().join(QStringLiteral(", ")), shapes.join(QStringLiteral("; ")));
    }
    QString synopsis() const override
    {
        return QStringLiteral("KIND FILE [--format FORMAT] [--map COLUMN=HEADER,...] [--all-errors] [--dry-run] "
                              "[--complete-only]");
    }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("check the file and the rules, change nothing"));
        const QCommandLineOption format(QStringLiteral("format"),
                                        tr("the file's format, when it is not to be recognised from the header"),
                                        QStringLiteral("FORMAT"));
        const QCommandLineOption completeOnly(QStringLiteral("complete-only"),
                                              tr("receipts: allocate only to orders that thereby become complete"));
        const QCommandLineOption map(QStringLiteral("map"),
                                     tr("read the file's column HEADER as COLUMN, e.g. "
                                        "--map sku=varenr,name=beskrivelse,price=salgspris"),
                                     QStringLiteral("COLUMN=HEADER,..."));
        const QCommandLineOption allErrors(QStringLiteral("all-errors"),
                                           tr("list every problem, not the first %1").arg(ShownProblems));
        parser.addOptions({dryRun, format, completeOnly, map, allErrors});
        int status = Success;
        if (!parse(parser, context, args, &status, 2, 2))
            return status;
        const QString kindName = parser.positionalArguments()[0];
        const std::optional<csv::Importer::Kind> kind = csv::Importer::parseKind(kindName);
        if (!kind)
            return context.fail(tr("import: KIND is one of %1, not '%2'")
                                    .arg(csv::Importer::kindNames().join(QStringLiteral(", ")), kindName));
        const csv::ShopFormat* fileFormat = nullptr;
        if (parser.isSet(format)) {
            fileFormat = csv::findFormat(parser.value(format), *kind);
            if (!fileFormat)
                return context.fail(tr("import: %1 files come in these formats: %2; '%3' is none of them")
                                        .arg(kindName, csv::formatNames(*kind).join(QStringLiteral(", ")),
                                             parser.value(format)));
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const QString file = parser.positionalArguments()[1];
        csv::Importer::Options options;
        options.format = fileFormat;
        for (const QString& pair : parser.value(map).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == pair.size() - 1)
                return context.fail(tr("import: --map takes COLUMN=HEADER pairs separated by commas, not '%1'")
                                        .arg(pair));
            options.columnMap.append({pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed()});
        }
        options.dryRun = parser.isSet(dryRun);
        options.completeOnly = parser.isSet(completeOnly);
        options.cancel = &interrupted;
        // Progress only where someone watches it: never into a log file, a pipe or a
        // string (the tests run the CLI in-process).
        const bool showProgress = context.err.string() == nullptr && context.err.device() != nullptr
                                  && ::isatty(STDERR_FILENO) == 1;
        int lastPercent = -1;
        if (showProgress) {
            options.progress = [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (percent == lastPercent)
                    return;
                lastPercent = percent;
                context.err << QStringLiteral("\r") << tr("%1: %2%").arg(file).arg(percent) << Qt::flush;
            };
        }
        InterruptGuard guard;
        const core::Result<csv::Importer::Report> report = csv::Importer(*shop).import(*kind, file, options);
        if (showProgress && lastPercent >= 0)
            context.err << QStringLiteral("\r\033[K") << Qt::flush;
        if (!report)
            return context.fail(report.errors(), parser.isSet(allErrors) ? -1 : ShownProblems);
        context.out << report->recognised() << Qt::endl;
        for (const QString& warning : report->warnings)
            context.err << tr("warning: %1").arg(warning) << Qt::endl;
        context.out << (parser.isSet(dryRun) ? tr("%1: %2 rows checked, %3 %4 would be imported; nothing was changed")
                                             : tr("%1: %2 rows read, %3 %4 imported"))
                           .arg(file)
                           .arg(report->rows)
                           .arg(report->records)
                           .arg(kindName)
                    << Qt::endl;
        if (*kind == csv::Importer::Kind::PoStages)
            context.out << (parser.isSet(dryRun) ? tr("%1: waiting orders that would be told: %2")
                                                 : tr("%1: waiting orders told: %2"))
                               .arg(file)
                               .arg(report->ordersTold)
                        << Qt::endl;
        return Success;
    }
};

class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString description() const override
    {
        return tr("Export as CSV: items, customers, orders, waiting, coupons, stock or availability (the feed a web "
                  "shop imports: in stock, on backorder with its date, preorder or sold out). --format writes items "
                  "and availability as a shop's product importer reads them (%1), stock as Shopify's inventory "
                  "import does (shopify). --excel writes for Excel in comma-decimal locales: a UTF-8 BOM, ';' and "
                  "decimal commas.")
            .arg(csv::formatNames(csv::DataKind::Items).join(QStringLiteral(", ")));
    }
    QString synopsis() const override
    {
        return QStringLiteral("KIND [-o FILE] [--format FORMAT] [--excel | --delimiter D --bom]");
    }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption output(QStringLiteral("o"), tr("write to FILE instead of the screen"), QStringLiteral("FILE"));
        const QCommandLineOption format(QStringLiteral("format"), tr("file format: native or a shop's"),
                                        QStringLiteral("FORMAT"), QStringLiteral("native"));
        const QCommandLineOption excel(QStringLiteral("excel"),
                                       tr("for Excel in comma-decimal locales: UTF-8 BOM, ';' and decimal commas"));
        const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                           tr("field delimiter: ',' (default), ';' (amounts get a decimal comma) or "
                                              "'tab'"),
                                           QStringLiteral("D"), QStringLiteral(","));
        const QCommandLineOption bom(QStringLiteral("bom"), tr("start the file with a UTF-8 byte order mark"));
        parser.addOptions({output, format, excel, delimiter, bom});
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 1))
            return status;
        const QString kindName = parser.positionalArguments()[0];
        const std::optional<csv::Exporter::Kind> kind = csv::Exporter::parseKind(kindName);
        if (!kind)
            return context.fail(tr("export: KIND is one of %1, not '%2'")
                                    .arg(csv::Exporter::allKindNames().join(QStringLiteral(", ")), kindName));
        if (!csv::Exporter::supports(parser.value(format), *kind))
            return context.fail(tr("export: %1 is written in these formats: %2; '%3' is none of them")
                                    .arg(kindName, csv::Exporter::formatNames(*kind).join(QStringLiteral(", ")),
                                         parser.value(format)));
        csv::Exporter::Options options = parser.isSet(excel) ? csv::Exporter::Options::excel() : csv::Exporter::Options();
        options.format = parser.value(format);
        if (parser.isSet(delimiter)) {
            const QString d = parser.value(delimiter);
            if (d == QLatin1String(",") || d == QLatin1String(";"))
                options.delimiter = d.front();
            else if (d == QLatin1String("tab") || d == QLatin1String("\t"))
                options.delimiter = QLatin1Char('\t');
            else
                return context.fail(tr("export: the delimiter is ',', ';' or tab, not '%1'").arg(d));
        }
        if (parser.isSet(bom))
            options.bom = true;
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const core::Result<QByteArray> exported = csv::Exporter(*shop).exportCsv(*kind, options);
        if (!exported)
            return context.fail(exported.errors());
        return writeOutput(context, parser.value(output), exported.value());
    }
};

} // namespace

void addDataCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
}

} // namespace bd::cli
