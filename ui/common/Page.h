#pragma once

#include <QIcon>
#include <QUrlQuery>
#include <QWidget>

namespace bd::ui {

class AppContext;

// One screen of the main window (Dashboard, Items, Orders, …), shown one at a time
// with a list to switch between them. A page reads the shop through the context when
// reload() is called: when a database opens, after something changed while the page
// was on screen, or when the user comes back to it after a change.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(AppContext& context, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    {
    }

    // The name in the page list ("Orders").
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Reads everything shown again. Called with no database open too: show nothing then.
    virtual void reload() = 0;
    // Shows what a route's query asks for, e.g. state=ready for "orders?state=ready".
    // Called after the page became current.
    virtual void applyRoute(const QUrlQuery& query) { Q_UNUSED(query) }

Q_SIGNALS:
    // A short note for the status bar ("Order 1042 shipped").
    void statusMessage(const QString& text);

protected:
    AppContext& m_context;
};

} // namespace bd::ui
