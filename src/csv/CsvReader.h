#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd::csv {

// One data record of a CSV file.
struct Row
{
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};

// A whole CSV file: its header and data rows, with what was detected while reading it.
struct Table
{
    QString file; // display name used in messages
    QStringList header; // trimmed header names
    int headerLine = 1; // line the header is on (after any blank lines)
    QList<Row> rows; // data rows (header excluded), blank lines skipped
    QChar delimiter; // detected: ',' ';' or '\t'
    QStringList warnings; // e.g. "file.csv: not valid UTF-8, read as Windows-1252"

    // Index of the column, matched case-insensitively and trimmed; -1 if absent.
    int column(const QString& name) const;
    // The row's value in that column; empty when the column is absent.
    QString value(const Row& row, const QString& name) const;
};

// Reads the CSV files merchants bring from spreadsheets and web shops: UTF-8 (with or
// without BOM), UTF-16 with BOM, or Windows-1252; comma, semicolon or tab; CRLF or LF.
// Every row must have as many fields as the header; all rows that do not are reported,
// each with its line. Values are returned as written; only the header names are trimmed.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Errors name the file as `path` is given.
    static core::Result<Table> readFile(const QString& path);
    static core::Result<Table> readData(const QByteArray& bytes, const QString& displayName);

    // A row count mismatch is reported at most this many times per file.
    static constexpr int MaxErrors = 100;
};

// One error per required column the header lacks, all of them, named by column:
// "FILE:1: sku: missing required column".
core::Errors requireColumns(const Table& table, const QStringList& required);

} // namespace bd::csv
