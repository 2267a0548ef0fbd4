#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace bd::csv {

// Writes CSV the way we export it: UTF-8, comma (or the delimiter set), "\n" after
// every row, fields quoted (RFC 4180) only when they hold the delimiter, a quote, a
// line break or leading or trailing whitespace. For spreadsheets in comma-decimal
// locales (Excel in Danish or German): a BOM first and ';' between fields.
//
// writeRow() guards against CSV injection: a text cell a spreadsheet would run as a
// formula (starting with = + - @ tab or CR) gets a leading single quote, except plain
// numbers such as -5 or -12.50, which stay numbers.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* out, QChar delimiter = QLatin1Char(','));

    // A UTF-8 byte order mark, so that Excel reads the file as UTF-8; before any row.
    void writeBom();
    QChar delimiter() const { return m_delimiter; }

    void writeRow(const QStringList& fields);
    // No formula protection: for rows the caller knows hold only numbers and safe text.
    void writeRawRow(const QStringList& fields);

    // False once a write to the device has failed.
    bool ok() const { return m_ok; }

    // The cell as writeRow() puts it before quoting: prefixed with ' if it could run
    // as a formula.
    static QString protectFormula(const QString& field);
    // The cell as it appears in the file: quoted when needed.
    static QByteArray encodeField(const QString& field, char delimiter = ',');

private:
    void writeFields(const QStringList& fields, bool protect);

    QIODevice* m_out;
    QChar m_delimiter;
    bool m_ok = true;
};

// The rows (header first) as a CSV document written by CsvWriter::writeRow().
QByteArray toCsv(const QList<QStringList>& rows);

} // namespace bd::csv
