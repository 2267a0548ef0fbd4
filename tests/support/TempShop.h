#pragma once

// Shop files for tests and benchmarks: a new file (any old one and its -wal/-shm gone
// first), and a shop of `count` numbered items written straight through the store.

#include "core/Result.h"
#include "Must.h"
#include "ServerShop.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/LedgerStore.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace bd::test {

// The time the numbered items are made at.
QDateTime fixedNow();

// SKU-0001, SKU-0002, …
QString skuOf(int n);

// Fills a database with `count` items SKU-0001…: every 10th has 3 units waiting,
// every 3rd has stock, every 4th an expected date, colours cycle through attributes.
// Fails the current test when a write fails.
void addItems(store::Database& db, int count, int first = 1);

// A new shop with `count` items, closed again: the file `path`, or on the server the
// database shopLocation(path) names.
void createShop(const QString& path, int count);

// A new, empty shop at `path`: whatever was there (with its -wal, -shm and -journal)
// is removed first. For benchmarks that keep their files in a folder given to them.
core::Result<std::unique_ptr<store::Database>> openFreshShop(const QString& path);

} // namespace bd::test
