#pragma once

#include <QString>

namespace bd::core {

// The shop database used when no --db is given: under the user's data directory.
QString defaultDatabasePath();

} // namespace bd::core
