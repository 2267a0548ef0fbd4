#include "Commands.h"

#include "core/Clock.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportService.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace bd::cli {

namespace {

QStringList reportNames()
{
    QStringList names;
    for (const reports::ReportSpec& s : reports::ReportService::specs())
        names << s.name;
    return names;
}

class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString description() const override
    {
        return tr("Write a report as PDF, CSV or HTML: %1.").arg(reportNames().join(QStringLiteral(", ")));
    }
    QString synopsis() const override
    {
        return QStringLiteral("NAME --format pdf|csv|html -o FILE [--sku SKU] [--ref RECEIPT] [--order ORDER] "
                              "[--from DATE --to DATE] [--by week|month]");
    }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption format(QStringLiteral("format"), tr("pdf, csv or html (default: from the file name)"),
                                        QStringLiteral("FORMAT"));
        const QCommandLineOption output(QStringLiteral("o"), tr("the file to write (csv and html: - for the screen)"),
                                        QStringLiteral("FILE"));
        const QCommandLineOption sku(QStringLiteral("sku"), tr("queue: the item; backorders, aging: only this item"),
                                     QStringLiteral("SKU"));
        const QCommandLineOption ref(QStringLiteral("ref"), tr("crossdock: the receipt reference"), QStringLiteral("RECEIPT"));
        const QCommandLineOption order(QStringLiteral("order"), tr("packing: only this order"), QStringLiteral("ORDER"));
        const QCommandLineOption from(QStringLiteral("from"), tr("cancellations, demand, rate: first day (YYYY-MM-DD)"),
                                      QStringLiteral("DATE"));
        const QCommandLineOption to(QStringLiteral("to"), tr("cancellations, demand, rate: last day (YYYY-MM-DD)"),
                                    QStringLiteral("DATE"));
        const QCommandLineOption by(QStringLiteral("by"), tr("rate: week or month (default: by the period's length)"),
                                    QStringLiteral("week|month"));
        parser.addOptions({format, output, sku, ref, order, from, to, by});
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 1))
            return status;
        auto usage = [&](const QString& message) {
            context.err << QStringLiteral("report: ") << message << Qt::endl;
            return int(UsageError);
        };

        const QString reportName = parser.positionalArguments().constFirst();
        const reports::ReportSpec* spec = reports::ReportService::spec(reportName);
        if (!spec)
            return usage(tr("unknown report '%1'; reports are: %2").arg(reportName, reportNames().join(QStringLiteral(", "))));

        const QString file = parser.value(output);
        std::optional<reports::OutputFormat> kind;
        if (parser.isSet(format)) {
            kind = reports::ReportRenderer::parseFormat(parser.value(format));
            if (!kind)
                return usage(tr("--format: '%1' is not one of pdf, csv, html").arg(parser.value(format)));
        } else {
            kind = reports::ReportRenderer::parseFormat(QFileInfo(file).suffix());
            if (!kind)
                return usage(tr("--format pdf, csv or html is needed"));
        }
        const bool toScreen = file.isEmpty() || file == QLatin1String("-");
        if (toScreen && *kind == reports::OutputFormat::Pdf)
            return usage(tr("a PDF needs a file: -o FILE"));

        // Each option only where the report reads it.
        const QList<std::pair<const QCommandLineOption*, bool>> applies = {
            {&sku, spec->sku}, {&ref, spec->receipt}, {&order, spec->order},
            {&from, spec->period}, {&to, spec->period}, {&by, spec->kind == reports::ReportKind::Rate}};
        for (const auto& [option, used] : applies) {
            if (parser.isSet(*option) && !used)
                return usage(tr("the %1 report does not take --%2").arg(reportName, option->names().constFirst()));
        }
        if (spec->skuRequired && !parser.isSet(sku))
            return usage(tr("the %1 report needs --sku SKU").arg(reportName));
        if (spec->receipt && !parser.isSet(ref))
            return usage(tr("the %1 report needs --ref RECEIPT").arg(reportName));

        reports::ReportParams params;
        params.sku = parser.value(sku);
        params.receiptRef = parser.value(ref);
        params.orderNumber = parser.value(order);
        for (const auto& [option, target] : {std::pair{&from, &params.from}, std::pair{&to, &params.to}}) {
            if (!parser.isSet(*option))
                continue;
            *target = core::parseIsoDate(parser.value(*option));
            if (!target->isValid())
                return usage(tr("--%1: '%2' is not a date such as 2026-11-30 (YYYY-MM-DD)")
                                 .arg(option->names().constFirst(), parser.value(*option)));
        }
        if (parser.isSet(by)) {
            const QString b = parser.value(by);
            if (b == QLatin1String("week"))
                params.bucket = reports::ReportParams::Bucket::Week;
            else if (b == QLatin1String("month"))
                params.bucket = reports::ReportParams::Bucket::Month;
            else
                return usage(tr("--by: '%1' is not week or month").arg(b));
        }
        // Fonts and painting need a QGuiApplication (main() makes one for this command).
        const bool paints = *kind == reports::OutputFormat::Pdf
                            || (*kind == reports::OutputFormat::Html
                                && (spec->kind == reports::ReportKind::Rate || spec->kind == reports::ReportKind::Aging));
        if (paints && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return context.fail(tr("report: painting a PDF or chart needs a QGuiApplication"));

        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        reports::ReportService service(shop->db(), shop->clock());
        core::Result<reports::Report> report = service.build(spec->kind, params);
        if (!report) {
            // A problem with one option names that option.
            for (const core::Error& e : report.errors()) {
                const QString where = e.field.isEmpty() ? QString() : QStringLiteral("--%1: ").arg(e.field);
                context.err << QStringLiteral("report: ") << where << e.message << Qt::endl;
            }
            return Failure;
        }
        const reports::ReportRenderer renderer(report.value());
        if (toScreen)
            return writeOutput(context, QString(),
                               *kind == reports::OutputFormat::Csv ? renderer.csv() : renderer.html().toUtf8());
        if (const core::Status written = renderer.write(*kind, file); !written.ok())
            return context.fail(written.errors());
        return Success;
    }
};

} // namespace

void addReportCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ReportCommand>());
}

} // namespace bd::cli
