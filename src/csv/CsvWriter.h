#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace bd::csv {

// Writes CSV the way we export it: UTF-8 without BOM, comma, "\n" after every row,
// fields quoted (RFC 4180) only when they hold a comma, quote, line break or leading or
// trailing whitespace.
//
// writeRow() guards against CSV injection: a text cell a spreadsheet would run as a
// formula (starting with = + - @ tab or CR) gets a leading single quote, except plain
// numbers such as -5 or -12.50, which stay numbers.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* out);

    void writeRow(const QStringList& fields);
    // No formula protection: for rows the caller knows hold only numbers and safe text.
    void writeRawRow(const QStringList& fields);

    // False once a write to the device has failed.
    bool ok() const { return m_ok; }

    // The cell as writeRow() puts it before quoting: prefixed with ' if it could run
    // as a formula.
    static QString protectFormula(const QString& field);
    // The cell as it appears in the file: quoted when needed.
    static QByteArray encodeField(const QString& field);

private:
    void writeFields(const QStringList& fields, bool protect);

    QIODevice* m_out;
    bool m_ok = true;
};

// The rows (header first) as a CSV document written by CsvWriter::writeRow().
QByteArray toCsv(const QList<QStringList>& rows);

} // namespace bd::csv
