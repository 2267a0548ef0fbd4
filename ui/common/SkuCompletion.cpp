#include "SkuCompletion.h"

#include "AppContext.h"
#include "services/ShopQueries.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace bd::ui {

namespace {
constexpr int completionCount = 20;
} // namespace

SkuCompletion::SkuCompletion(AppContext& context, services::ShopQueries* queries, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_queries(queries)
    , m_skus(new QStringListModel(this))
{
}

void SkuCompletion::attach(QLineEdit* edit)
{
    auto* completer = new QCompleter(m_skus, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    connect(edit, &QLineEdit::textEdited, this, &SkuCompletion::update);
}

void SkuCompletion::update(const QString& text)
{
    if (!m_queries || text.trimmed().isEmpty())
        return;
    const core::Result<QStringList> skus = m_queries->skusStartingWith(text.trimmed(), completionCount);
    if (!skus) {
        m_context.reportError(skus.errorText());
        return;
    }
    m_skus->setStringList(skus.value());
}

} // namespace bd::ui
