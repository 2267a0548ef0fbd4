#pragma once

#include "domain/LocaleFormat.h"

#include <QDateEdit>

namespace bd::ui {

// Puts a date field in the window's one form of a date (LocaleFormat): it shows the
// text the pages and lists show, and takes it typed the same way.
inline void useWindowDateFormat(QDateEdit* edit)
{
    const domain::LocaleFormat format;
    edit->setLocale(format.locale());
    edit->setDisplayFormat(format.dateFormat());
}

} // namespace bd::ui
