#include "CsvWriter.h"

#include <QBuffer>
#include <QIODevice>
#include <QRegularExpression>

#include <csv.h>

namespace bd::csv {

namespace {

bool isPlainNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(?:[.,][0-9]+)?$"));
    return number.match(text).hasMatch();
}

bool needsQuotes(const QByteArray& utf8, char delimiter)
{
    if (utf8.isEmpty())
        return false;
    for (const char c : utf8) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    // Readers that trim unquoted values would lose the spaces.
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    return isSpace(utf8.front()) || isSpace(utf8.back());
}

} // namespace

CsvWriter::CsvWriter(QIODevice* out, QChar delimiter)
    : m_out(out)
    , m_delimiter(delimiter)
{
}

void CsvWriter::writeBom()
{
    if (m_out->write("\xEF\xBB\xBF", 3) != 3)
        m_ok = false;
}

void CsvWriter::writeRow(const QStringList& fields)
{
    writeFields(fields, true);
}

void CsvWriter::writeRawRow(const QStringList& fields)
{
    writeFields(fields, false);
}

QString CsvWriter::protectFormula(const QString& field)
{
    if (field.isEmpty())
        return field;
    switch (field.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        break;
    default:
        return field;
    }
    if (isPlainNumber(field))
        return field;
    return QLatin1Char('\'') + field;
}

QByteArray CsvWriter::encodeField(const QString& field, char delimiter)
{
    const QByteArray utf8 = field.toUtf8();
    if (!needsQuotes(utf8, delimiter))
        return utf8;
    // libcsv doubles the quotes inside and puts the field between quotes (RFC 4180).
    const size_t size = csv_write2(nullptr, 0, utf8.constData(), static_cast<size_t>(utf8.size()), '"');
    QByteArray quoted(static_cast<qsizetype>(size), Qt::Uninitialized);
    csv_write2(quoted.data(), size, utf8.constData(), static_cast<size_t>(utf8.size()), '"');
    return quoted;
}

void CsvWriter::writeFields(const QStringList& fields, bool protect)
{
    const char delimiter = m_delimiter.toLatin1();
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += encodeField(protect ? protectFormula(fields.at(i)) : fields.at(i), delimiter);
    }
    line += '\n';
    if (m_out->write(line) != line.size())
        m_ok = false;
}

QByteArray toCsv(const QList<QStringList>& rows)
{
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList& row : rows)
        writer.writeRow(row);
    buffer.close();
    return csv;
}

} // namespace bd::csv
