#include "ImportFlow.h"

#include "AppContext.h"
#include "common/Prompter.h"
#include "common/TaskRunner.h"
#include "csv/CsvReader.h"
#include "csv/Importer.h"
#include "csv/formats/Formats.h"
#include "importing/ColumnMappingDialog.h"
#include "importing/ImportPreviewDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace bd::ui {

namespace {

struct KindChoice
{
    csv::Importer::Kind kind;
    const char* label;
};

// What the file holds; its shape (native, a shop's export) is recognised from the header.
const KindChoice kindChoices[] = {
    { csv::Importer::Kind::Items,
      QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Items (our items file, or a WooCommerce or Shopify product export)") },
    { csv::Importer::Kind::Customers, QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Customers (email, name, phone)") },
    { csv::Importer::Kind::Orders,
      QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Orders (our orders file, or a Shopify or WooCommerce order export)") },
    { csv::Importer::Kind::PurchaseOrders,
      QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Purchase orders (po_number, supplier, sku, qty, expected_date)") },
    { csv::Importer::Kind::Receipts, QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Receipts of stock (received_at, sku, qty, reference)") },
    { csv::Importer::Kind::Stock, QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Stock counts (sku, on_hand, or a Shopify inventory export)") },
    { csv::Importer::Kind::PoStages,
      QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Purchase order stages (po_number, stage, date, a forwarder's status file)") },
};

csv::Importer::Options importOptions(bool dryRun, const TaskEnv& env)
{
    csv::Importer::Options options;
    options.dryRun = dryRun;
    options.progress = [&env](qint64 done, qint64 total) { env.progress(done, total); };
    options.cancel = env.cancelFlag();
    return options;
}

// At most this many problems are listed in the message; the rest are counted.
constexpr int shownProblems = 20;

QString problemList(const core::Errors& errors)
{
    QStringList lines;
    for (qsizetype i = 0; i < errors.size() && i < shownProblems; ++i)
        lines << errors[i].toString();
    const int rest = int(errors.size()) - shownProblems;
    // The reader stops counting at its limit: then the file may hold more than listed.
    if (rest > 0 && errors.size() >= csv::CsvReader::MaxErrors)
        lines << ImportFlow::tr("… and at least %n more: the file was checked up to its first %1 problems.", nullptr,
                                rest)
                     .arg(errors.size());
    else if (rest > 0)
        lines << ImportFlow::tr("… and %n more.", nullptr, rest);
    return lines.join(QLatin1Char('\n'));
}

// The columns a file lacks for the shape nearest to it, when mapping its own columns
// could make it one (nothing when it is another kind of file altogether).
ImportFlow::Unmapped unmappedColumns(csv::Importer::Kind kind, const QString& path)
{
    ImportFlow::Unmapped unmapped;
    const core::Result<std::unique_ptr<csv::CsvStream>> stream = csv::CsvStream::openFile(path);
    if (!stream)
        return unmapped;
    const csv::Table& table = stream.value()->table();
    const csv::Detection detection = csv::detect(kind, table);
    if (detection.format || detection.other || !detection.nearest)
        return unmapped;
    unmapped.shape = detection.nearest->title();
    unmapped.missing = detection.missing;
    unmapped.required = detection.nearest->required();
    for (const csv::ColumnName& column : detection.nearest->columns()) {
        if (!unmapped.required.contains(column.name))
            unmapped.optional << column.name;
    }
    unmapped.header = table.header;
    return unmapped;
}

} // namespace

QStringList ImportFlow::droppedCsvFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
            files << path;
    }
    return files;
}

ImportFlow::ImportFlow(AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
}

void ImportFlow::start(const QString& path)
{
    m_path = path;
    check(); // the file's header says what it holds; asked only when it cannot
}

bool ImportFlow::askKind()
{
    QStringList labels;
    for (const KindChoice& choice : kindChoices)
        labels << tr(choice.label);
    const int chosen = m_context.prompter().choose(
        m_window, tr("Import CSV"),
        tr("%1 is no file this program knows by its columns. What does it contain?").arg(QFileInfo(m_path).fileName()),
        labels);
    if (chosen < 0)
        return false;
    m_kind = kindChoices[chosen].kind;
    return true;
}

void ImportFlow::check()
{
    const std::optional<csv::Importer::Kind> kind = m_kind;
    const QString path = m_path;
    const QList<std::pair<QString, QString>> columnMap = m_columnMap;
    auto report = std::make_shared<csv::Importer::Report>();
    auto unmapped = std::make_shared<Unmapped>();
    auto recognised = std::make_shared<std::optional<csv::Importer::Kind>>(kind);
    auto* task = TaskRunner::start(
        m_context, tr("Checking %1").arg(QFileInfo(path).fileName()),
        [path, columnMap, report, unmapped, recognised](TaskEnv& env) -> core::Status {
            if (!*recognised) {
                // What the file holds, from its header: read off the window's thread (a file
                // that is not UTF-8 is read whole to learn so).
                const auto stream = csv::CsvStream::openFile(path);
                if (!stream)
                    return stream.errors();
                if (const csv::ShopFormat* format = csv::recognise(stream.value()->table()))
                    *recognised = format->kind();
                else
                    return {}; // the merchant is asked
            }
            csv::Importer::Options options = importOptions(true, env);
            options.columnMap = columnMap;
            auto checked = csv::Importer(env.shop()).import(**recognised, path, options);
            if (!checked.ok()) {
                *unmapped = unmappedColumns(**recognised, path);
                return checked;
            }
            *report = checked.value();
            return {};
        },
        this, TaskRunner::Effect::ReadsOnly);
    connect(task, &TaskRunner::finished, this, [this, report, unmapped, recognised](const core::Status& status) {
        if (status.ok() && !*recognised) {
            if (askKind())
                check();
            else
                finish(false, QString());
            return;
        }
        m_kind = *recognised;
        if (!status.ok()) {
            // A list from another program: its own columns can be read as ours.
            if (m_columnMap.isEmpty() && !unmapped->missing.isEmpty())
                askMapping(*unmapped, status.errors());
            else
                refuse(status.errors());
            return;
        }
        // What the file was recognised as and how its first records will land, before
        // anything is kept; the dialog does not block (tests press its buttons).
        auto* preview = new ImportPreviewDialog(m_path, *report, m_window);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        connect(preview, &QDialog::accepted, this, &ImportFlow::commit);
        connect(preview, &QDialog::rejected, this, [this] { finish(false, QString()); });
        preview->open();
    });
}

// For each column of the nearest shape, which of the file's columns holds it; the
// dialog does not block (tests choose in it and press its buttons).
void ImportFlow::askMapping(const Unmapped& unmapped, const core::Errors& problems)
{
    auto* dialog = new ColumnMappingDialog(m_path, unmapped.shape, unmapped.required, unmapped.optional,
                                           unmapped.header, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_columnMap = dialog->mapping();
        check();
    });
    connect(dialog, &QDialog::rejected, this, [this, problems] { refuse(problems); });
    dialog->open();
}

void ImportFlow::refuse(const core::Errors& problems)
{
    const QString message = tr("%1 was not imported and nothing changed. Fix these problems and try again:\n\n%2")
                                .arg(QDir::toNativeSeparators(m_path), problemList(problems));
    m_context.prompter().warn(m_window, tr("Import CSV"), message);
    finish(false, message);
}

void ImportFlow::commit()
{
    const csv::Importer::Kind kind = m_kind.value_or(csv::Importer::Kind::Items);
    const QString path = m_path;
    auto report = std::make_shared<csv::Importer::Report>();
    auto* task = TaskRunner::start(
        m_context, tr("Importing %1").arg(QFileInfo(path).fileName()),
        [kind, path, columnMap = m_columnMap, report](TaskEnv& env) -> core::Status {
            csv::Importer::Options options = importOptions(false, env);
            options.columnMap = columnMap;
            auto imported = csv::Importer(env.shop()).import(kind, path, options);
            if (!imported.ok())
                return imported;
            *report = imported.value();
            return {};
        },
        this);
    connect(task, &TaskRunner::finished, this, [this, report](const core::Status& status) {
        const QString file = QDir::toNativeSeparators(m_path);
        if (!status.ok()) {
            const QString message
                = tr("%1 was not imported and nothing changed:\n\n%2").arg(file, problemList(status.errors()));
            m_context.prompter().warn(m_window, tr("Import CSV"), message);
            finish(false, message);
            return;
        }
        const QString message = tr("Imported %n records from ", nullptr, report->records) + file;
        m_context.prompter().inform(m_window, tr("Import CSV"), message);
        finish(true, message);
    });
}

void ImportFlow::finish(bool imported, const QString& message)
{
    Q_EMIT done(imported, message);
    deleteLater();
}

} // namespace bd::ui
