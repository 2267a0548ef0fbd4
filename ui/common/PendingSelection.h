#pragma once

#include "models/ListModelBase.h"

#include <QObject>
#include <QString>

#include <functional>

namespace bd::ui {

// A row a page wants selected in a list whose rows come later (ListModelBase): selected
// at once when it is in memory, else when its row comes; when the list, once read, does
// not show it, `missing` is told (the page then shows nothing selected).
class PendingSelection
{
public:
    using Select = std::function<bool(const QString& key)>;

    PendingSelection(ListModelBase* model, QObject* context, Select select, std::function<void()> missing)
        : m_model(model)
        , m_select(std::move(select))
        , m_missing(std::move(missing))
    {
        QObject::connect(model, &ListModelBase::loaded, context, [this] { settle(); });
    }

    void request(const QString& key)
    {
        m_key = key;
        if (!key.isEmpty() && !m_model->isLoading() && m_select(key))
            m_key.clear();
    }

private:
    void settle()
    {
        if (m_key.isEmpty())
            return;
        if (m_select(m_key)) {
            m_key.clear();
        } else if (!m_model->isLoading()) {
            m_key.clear();
            m_missing();
        }
    }

    ListModelBase* m_model;
    Select m_select;
    std::function<void()> m_missing;
    QString m_key;
};

} // namespace bd::ui
