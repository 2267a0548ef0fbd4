#pragma once

#include "core/Result.h"

#include <QString>

namespace bd::store {

class Database;

// Whether the shop chose a setting's value itself, where Config::text() would give the
// default: a mail server nobody set up is not tried.
core::Result<bool> isSettingChosen(Database& db, const QString& key);

} // namespace bd::store
