#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace bd::ui {

// The window's icons: one set of line drawings (resources/icons/actions), each meaning
// its page or action, drawn in the palette's text colour so they read on light and
// dark themes alike.
class Icons
{
public:
    // name: dashboard, items, orders, customers, purchasing, outbox, settings, receive,
    // new-order, ship, send-mail. An unknown name gives a null icon.
    static QIcon get(const QString& name, const QWidget* widget);
};

} // namespace bd::ui
