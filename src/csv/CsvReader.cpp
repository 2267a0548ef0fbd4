#include "CsvReader.h"

#include <QByteArrayView>
#include <QFile>
#include <QStringDecoder>

#include <csv.h>

#include <array>
#include <utility>

namespace bd::csv {

namespace {

// Windows-1252 bytes 0x80–0x9F, for Qt builds without a Windows-1252 codec; every
// other byte is the Latin-1 character of the same value. The five bytes the code page
// leaves undefined stay C1 controls, as Windows and ICU map them.
constexpr std::array<char16_t, 32> Windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
};

QString fromWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid())
        return decoder.decode(bytes);

    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = QChar(byte >= 0x80 && byte <= 0x9F ? Windows1252High[byte - 0x80] : char16_t(byte));
    }
    return text;
}

struct Decoded
{
    QByteArray utf8;
    QString warning;
};

// The file's text as UTF-8 without BOM, whatever it was written in. libcsv parses
// bytes, and in UTF-8 no byte of a multi-byte character can be taken for a delimiter,
// a quote or a line break.
Decoded toUtf8(const QByteArray& bytes, const QString& file)
{
    const auto fromUtf16 = [&](QStringConverter::Encoding encoding) {
        QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        Decoded decoded { text.toUtf8(), {} };
        if (decoder.hasError())
            decoded.warning
                = CsvReader::tr("%1: not valid UTF-16, unreadable characters were replaced").arg(file);
        return decoded;
    };
    if (bytes.startsWith("\xFF\xFE"))
        return fromUtf16(QStringConverter::Utf16LE);
    if (bytes.startsWith("\xFE\xFF"))
        return fromUtf16(QStringConverter::Utf16BE);

    QByteArrayView body(bytes);
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    if (body.isValidUtf8())
        return { body.toByteArray(), {} };
    return { fromWindows1252(body).toUtf8(),
             CsvReader::tr("%1: not valid UTF-8, read as Windows-1252").arg(file) };
}

// The most frequent of comma, semicolon and tab outside quotes on the header line, the
// first with more than whitespace and delimiters; comma when there is none.
char detectDelimiter(QByteArrayView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    bool content = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (!quoted) {
            if (c == '\n' || c == '\r') {
                if (content)
                    break;
                commas = semicolons = tabs = 0; // a blank line before the header
                continue;
            }
            if (c == ',')
                ++commas;
            else if (c == ';')
                ++semicolons;
            else if (c == '\t')
                ++tabs;
            if (c == ',' || c == ';')
                continue;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            content = true;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

// libcsv drops spaces around unquoted fields by default; we keep values as written.
int noSpace(unsigned char)
{
    return 0;
}

// Feeds libcsv one physical line at a time. libcsv reports a field when it ends, not
// when it begins, so the line a record starts on is the line fed while no record was
// open; a record stays open across lines only inside a quoted field.
class Parser
{
public:
    Parser(QString file, char delimiter)
        : m_file(std::move(file))
    {
        m_table.file = m_file;
        m_table.delimiter = QLatin1Char(delimiter);
        csv_init(&m_csv, 0);
        csv_set_delim(&m_csv, static_cast<unsigned char>(delimiter));
        csv_set_space_func(&m_csv, noSpace);
    }
    ~Parser() { csv_free(&m_csv); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    // `line` includes its line break; false when libcsv gave up.
    bool feed(QByteArrayView line, QByteArrayView content, int number)
    {
        if (!m_inRecord) {
            if (content.isEmpty())
                return true; // a blank line between records
            m_startLine = number;
        }
        m_recordEnded = false;
        if (csv_parse(&m_csv, line.data(), line.size(), onField, onRecordEnd, this)
            != static_cast<size_t>(line.size())) {
            fail(number,
                 CsvReader::tr("cannot read the line: %1")
                     .arg(QString::fromLatin1(csv_strerror(csv_error(&m_csv)))));
            m_broken = true;
            return false;
        }
        m_inRecord = !m_recordEnded;
        return true;
    }

    core::Result<Table> finish()
    {
        if (m_broken)
            return m_errors;
        if (m_inRecord) {
            // libcsv would close the field at the end of the data; this record is broken.
            fail(m_startLine, CsvReader::tr("a quoted field is not closed; a \" is missing"));
            csv_fini(&m_csv, nullptr, nullptr, nullptr);
        } else {
            csv_fini(&m_csv, onField, onRecordEnd, this);
        }
        if (!m_errors.isEmpty())
            return m_errors;
        if (!m_haveHeader)
            return core::Error::at(m_file, 0, {}, CsvReader::tr("the file is empty"));
        return std::move(m_table);
    }

    void addWarning(const QString& warning) { m_table.warnings << warning; }

private:
    static void onField(void* data, size_t size, void* self)
    {
        QString value = QString::fromUtf8(static_cast<const char*>(data), static_cast<qsizetype>(size));
        // A line break inside quotes is kept as "\n", whatever the file's line ends are.
        if (value.contains(QLatin1Char('\r'))) {
            value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            value.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        }
        static_cast<Parser*>(self)->m_fields.append(std::move(value));
    }

    static void onRecordEnd(int, void* self) { static_cast<Parser*>(self)->endRecord(); }

    void endRecord()
    {
        m_recordEnded = true;
        QStringList fields = std::exchange(m_fields, {});
        m_fields.reserve(m_table.header.isEmpty() ? fields.size() : m_table.header.size());
        if (isBlank(fields))
            return;
        if (!m_haveHeader) {
            m_haveHeader = true;
            for (const QString& name : fields)
                m_table.header << name.trimmed();
            m_table.headerLine = m_startLine;
            return;
        }
        if (fields.size() != m_table.header.size()) {
            fail(m_startLine,
                 CsvReader::tr("row has %1 fields, the header has %2")
                     .arg(fields.size())
                     .arg(m_table.header.size()));
            return;
        }
        if (m_errors.isEmpty())
            m_table.rows.append(Row { m_startLine, std::move(fields) });
    }

    void fail(int line, const QString& message)
    {
        if (m_errors.size() < CsvReader::MaxErrors)
            m_errors << core::Error::at(m_file, line, {}, message);
    }

    QString m_file;
    csv_parser m_csv;
    Table m_table;
    core::Errors m_errors;
    QStringList m_fields;
    bool m_haveHeader = false;
    bool m_inRecord = false;
    bool m_recordEnded = false;
    bool m_broken = false; // libcsv stopped; what it holds is not a record
    int m_startLine = 0;
};

} // namespace

int Table::column(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

QString Table::value(const Row& row, const QString& name) const
{
    const int index = column(name);
    return index >= 0 && index < row.fields.size() ? row.fields.at(index) : QString();
}

core::Result<Table> CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::at(path, 0, {}, tr("cannot open the file: %1").arg(file.errorString()));
    return readData(file.readAll(), path);
}

core::Result<Table> CsvReader::readData(const QByteArray& bytes, const QString& displayName)
{
    const Decoded decoded = toUtf8(bytes, displayName);
    const QByteArrayView text(decoded.utf8);

    Parser parser(displayName, detectDelimiter(text));
    if (!decoded.warning.isEmpty())
        parser.addWarning(decoded.warning);

    // Physical lines end in LF, CRLF or a lone CR, as libcsv's record ends do; the
    // last one may have no line break, and gets one so that it ends its record.
    int number = 0;
    qsizetype begin = 0;
    while (begin < text.size()) {
        ++number;
        qsizetype end = begin;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r')
            ++end;
        const QByteArrayView content = text.sliced(begin, end - begin);
        qsizetype next = end;
        if (next < text.size() && text[next] == '\r')
            ++next;
        if (next < text.size() && text[next] == '\n')
            ++next;
        bool fed;
        if (next == end) {
            const QByteArray terminated = content.toByteArray() + '\n';
            fed = parser.feed(terminated, content, number);
        } else {
            fed = parser.feed(text.sliced(begin, next - begin), content, number);
        }
        if (!fed)
            break;
        begin = next;
    }
    return parser.finish();
}

core::Errors requireColumns(const Table& table, const QStringList& required)
{
    core::Errors errors;
    for (const QString& name : required) {
        if (table.column(name) < 0)
            errors << core::Error::at(table.file, table.headerLine, name.trimmed(),
                                      CsvReader::tr("missing required column"));
    }
    return errors;
}

} // namespace bd::csv
