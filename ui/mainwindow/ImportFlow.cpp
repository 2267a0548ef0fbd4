#include "ImportFlow.h"

#include "AppContext.h"
#include "common/Prompter.h"
#include "common/TaskRunner.h"
#include "csv/Importer.h"

#include <QDir>
#include <QFileInfo>
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
      QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Orders (our orders file, or a Shopify order export)") },
    { csv::Importer::Kind::PurchaseOrders,
      QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Purchase orders (po_number, supplier, sku, qty, expected_date)") },
    { csv::Importer::Kind::Receipts, QT_TRANSLATE_NOOP("bd::ui::ImportFlow", "Receipts of stock (received_at, sku, qty, reference)") },
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
    if (errors.size() > shownProblems)
        lines << ImportFlow::tr("… and %n more.", nullptr, int(errors.size() - shownProblems));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ImportFlow::ImportFlow(AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
}

void ImportFlow::start(const QString& path)
{
    m_path = path;
    QStringList labels;
    for (const KindChoice& choice : kindChoices)
        labels << tr(choice.label);
    m_kind = m_context.prompter().choose(m_window, tr("Import CSV"),
                                         tr("What does %1 contain?").arg(QFileInfo(path).fileName()), labels);
    if (m_kind < 0) {
        finish(false, QString());
        return;
    }
    check();
}

void ImportFlow::check()
{
    const KindChoice choice = kindChoices[m_kind];
    const QString path = m_path;
    auto report = std::make_shared<csv::Importer::Report>();
    auto* task = TaskRunner::start(
        m_context, tr("Checking %1").arg(QFileInfo(path).fileName()),
        [choice, path, report](TaskEnv& env) -> core::Status {
            auto checked = csv::Importer(env.shop()).import(choice.kind, path, importOptions(true, env));
            if (!checked.ok())
                return checked;
            *report = checked.value();
            return {};
        },
        this, TaskRunner::Effect::ReadsOnly);
    connect(task, &TaskRunner::finished, this, [this, report](const core::Status& status) {
        const QString file = QDir::toNativeSeparators(m_path);
        if (!status.ok()) {
            const QString message = tr("%1 was not imported and nothing changed. Fix these problems and try again:\n\n%2")
                                        .arg(file, problemList(status.errors()));
            m_context.prompter().warn(m_window, tr("Import CSV"), message);
            finish(false, message);
            return;
        }
        QString question = report->recognised() + QStringLiteral("\n\n")
            + tr("%1 is valid: %n rows, ", nullptr, report->rows).arg(file)
            + tr("%n records to import.", nullptr, report->records);
        if (!report->warnings.isEmpty())
            question += QStringLiteral("\n\n") + report->warnings.mid(0, shownProblems).join(QLatin1Char('\n'));
        question += QStringLiteral("\n\n") + tr("Import it now?");
        if (!m_context.prompter().confirm(m_window, tr("Import CSV"), question)) {
            finish(false, QString());
            return;
        }
        commit();
    });
}

void ImportFlow::commit()
{
    const KindChoice choice = kindChoices[m_kind];
    const QString path = m_path;
    auto report = std::make_shared<csv::Importer::Report>();
    auto* task = TaskRunner::start(
        m_context, tr("Importing %1").arg(QFileInfo(path).fileName()),
        [choice, path, report](TaskEnv& env) -> core::Status {
            auto imported = csv::Importer(env.shop()).import(choice.kind, path, importOptions(false, env));
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
