#pragma once

#include "domain/Types.h"

#include <QCoreApplication>

namespace bd::ui {

// What the window says for a row of an order's history. The core records events with
// fixed English kinds and details ("backordered", "2 of 3 x MUG wait", "captured");
// the merchant reads them as phrases of the window's language. Details of a shape not
// known here are shown as they were recorded.
class EventPhrases
{
    Q_DECLARE_TR_FUNCTIONS(EventPhrases)

public:
    static QString kind(const domain::Event& event);
    static QString details(const domain::Event& event);
    // "none", "verified", "authorized", "captured" as the window says them.
    static QString payment(const QString& state);
};

} // namespace bd::ui
