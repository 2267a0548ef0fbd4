#pragma once

#include "store/Dialect.h"

#include <QString>
#include <QStringList>

#include <map>

namespace bd::store::migrations {

// The schema migrations in a folder by number: NNNN_name.sql, which both engines run,
// or on PostgreSQL its NNNN_name.pg.sql variant where the two must differ (a SQLite-only
// procedure such as editing table definitions in place).
std::map<int, QString> files(const QString& dir, Dialect::Engine engine);

// Splits a migration file into statements at ';', skipping what is quoted ('...',
// "...", `...`, [...]) and comments (-- and /* */), and keeping a trigger's
// BEGIN ... END body (with its own ';') in one statement.
QStringList statements(const QString& sql);

} // namespace bd::store::migrations
