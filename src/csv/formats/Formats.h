#pragma once

#include "csv/formats/ShopFormat.h"

namespace bd::csv {

// The one list of file formats, in the order they are offered.
const QList<const ShopFormat*>& shopFormats();

// The format --format NAME means for a kind: a format's id, or a shop's name for
// the shop's usual format of that kind. nullptr when there is none.
const ShopFormat* findFormat(const QString& name, DataKind kind);
// The names findFormat() takes for a kind, shops first.
QStringList formatNames(DataKind kind);
// "items", "customers", ... as the command line names kinds.
QString kindName(DataKind kind);

// What a file's header looks like: the best fitting format of the kind wanted, or
// else the nearest one (with the columns it lacks) and, when the file fits a format
// of another kind, that one.
struct Detection
{
    const ShopFormat* format = nullptr;
    const ShopFormat* nearest = nullptr;
    QStringList missing;              // of `nearest`
    const ShopFormat* other = nullptr; // a format of another kind the file fits
};
Detection detect(DataKind kind, const Table& table);
// The format of any kind a header fits best (the first of the list on a tie); nullptr
// when it fits none: then only the merchant can say what the file holds.
const ShopFormat* recognise(const Table& table);

// A file that fits no format of its kind, said so the merchant can act: what it
// looks like, the columns the nearest shape needs, the columns the file has.
core::Errors notRecognised(DataKind kind, const Table& table, const Detection& detection);
// A file given with --format FORMAT that does not fit it.
core::Errors doesNotFit(const ShopFormat& format, const Table& table, const Detection& detection);

} // namespace bd::csv
