#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

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
    // The currency its amounts are in (the shop's): how many decimals an amount may
    // have (csv::Fields::money). Empty: two.
    QString currency;

    // Index of the column, matched case-insensitively and trimmed; -1 if absent.
    int column(const QString& name) const;
    // The row's value in that column; empty when the column is absent.
    QString value(const Row& row, const QString& name) const;
    // Gives a column another name (a column mapping: "varenr" read as "sku").
    void rename(int index, const QString& name);

private:
    // Importers ask for the same few names on every row of a big file.
    mutable QHash<QString, int> m_columns;
};

// Reads a CSV file row by row with memory bounded by the longest record, not by the
// file: what big imports read. The file is read twice when it has no BOM, first to
// learn whether it is UTF-8 at all.
//
// open() reads up to the header; next() then gives one data row at a time. A row
// whose field count differs from the header's is not given out; it is reported in
// errors() (at most CsvReader::MaxErrors of them) and reading goes on, so one run
// lists every such row.
class CsvStream
{
    Q_DECLARE_TR_FUNCTIONS(CsvStream)

public:
    ~CsvStream();
    CsvStream(const CsvStream&) = delete;
    CsvStream& operator=(const CsvStream&) = delete;

    // Errors name the file as `path` is given.
    static core::Result<std::unique_ptr<CsvStream>> openFile(const QString& path);
    static core::Result<std::unique_ptr<CsvStream>> openData(const QByteArray& bytes, const QString& displayName);

    // The header, delimiter and warnings; rows stay empty.
    const Table& table() const;
    // Reads columns by other names: {name wanted -> the file's column}. Before any row
    // is read. Errors name the columns the file does not have.
    core::Errors mapColumns(const QList<std::pair<QString, QString>>& mapping);
    // The currency the file's amounts are read in (Table::currency).
    void setCurrency(const QString& currency);
    // The next data row; false at the end of the file (or when the file cannot be read
    // further: see errors()).
    bool next(Row& row);
    const core::Errors& errors() const;
    // How far reading has come, in bytes of the file, for progress.
    qint64 position() const;
    qint64 size() const;

private:
    struct Private;
    explicit CsvStream(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

// Reads the CSV files merchants bring from spreadsheets and web shops: UTF-8 (with or
// without BOM), UTF-16 with BOM, or Windows-1252; comma, semicolon or tab; CRLF or LF.
// Every row must have as many fields as the header; all rows that do not are reported,
// each with its line. Values are returned as written; only the header names are trimmed.
// The whole file is held in memory: for small files; big ones go through CsvStream.
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
