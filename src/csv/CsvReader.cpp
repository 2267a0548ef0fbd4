#include "CsvReader.h"

#include "store/Database.h"

#include <QBuffer>
#include <QByteArrayView>
#include <QFile>
#include <QScopeGuard>
#include <QStringDecoder>

#include <csv.h>

#include <algorithm>
#include <array>
#include <memory>
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

enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// Bytes at the end of `bytes` that begin a UTF-8 sequence the chunk does not complete.
qsizetype incompleteUtf8Tail(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = size - 1; i >= 0 && i >= size - 4; --i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        if (byte < 0xC0)
            return 0;
        const qsizetype needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        return size - i < needed ? size - i : 0;
    }
    return 0;
}

constexpr qint64 ChunkSize = 1 << 20;

} // namespace

// Feeds libcsv one physical line at a time. libcsv reports a field when it ends, not
// when it begins, so the line a record starts on is the line fed while no record was
// open; a record stays open across lines only inside a quoted field.
struct CsvStream::Private
{
    std::unique_ptr<QIODevice> device;
    QString file;
    Encoding encoding = Encoding::Utf8;
    QStringDecoder utf16;
    QByteArray carry;   // the start of a UTF-8 character the last chunk cut in two
    QByteArray pending; // decoded UTF-8 text not yet split into lines
    qsizetype start = 0;
    bool eof = false;     // the device has been read to its end
    bool finished = false; // the parser has seen the end of the text
    int trailingEmptyRows = 0; // rows whose fields past the header were all empty

    csv_parser csv;
    Table table;
    core::Errors errors;
    QStringList fields;
    QList<Row> ready;
    bool haveHeader = false;
    bool inRecord = false;
    bool recordEnded = false;
    bool broken = false; // libcsv stopped; what it holds is not a record
    int startLine = 0;
    int lineNumber = 0;

    Private()
    {
        csv_init(&csv, 0);
        csv_set_space_func(&csv, noSpace);
    }
    ~Private() { csv_free(&csv); }
    Private(const Private&) = delete;
    Private& operator=(const Private&) = delete;

    void fail(int line, const QString& message)
    {
        if (errors.size() < CsvReader::MaxErrors)
            errors << core::Error::at(file, line, {}, message);
    }

    // Reads the next chunk of the device and appends it to `pending` as UTF-8.
    void fill()
    {
        if (eof)
            return;
        if (start > 0) {
            pending.remove(0, start);
            start = 0;
        }
        const QByteArray chunk = device->read(ChunkSize);
        if (chunk.isEmpty())
            eof = true;
        switch (encoding) {
        case Encoding::Utf8: {
            QByteArray bytes = carry + chunk;
            const qsizetype tail = eof ? 0 : incompleteUtf8Tail(bytes);
            carry = bytes.right(tail);
            bytes.chop(tail);
            pending += bytes;
            break;
        }
        case Encoding::Utf16LE:
        case Encoding::Utf16BE:
            pending += QString(utf16.decode(chunk)).toUtf8();
            if (eof && utf16.hasError())
                table.warnings << CsvStream::tr("%1: not valid UTF-16, unreadable characters were replaced").arg(file);
            break;
        case Encoding::Windows1252:
            pending += fromWindows1252(chunk).toUtf8();
            break;
        }
    }

    // Is there a physical line (or the end of the text) at `start`?
    bool haveLine() const
    {
        for (qsizetype i = start; i < pending.size(); ++i) {
            if (pending[i] == '\n')
                return true;
            // A CR at the end of what is read may be the first half of a CRLF.
            if (pending[i] == '\r')
                return i + 1 < pending.size() || eof;
        }
        return eof;
    }

    // Feeds the next physical line to libcsv; false once the text has ended.
    bool feedLine()
    {
        while (!haveLine())
            fill();
        if (start >= pending.size()) {
            finish();
            return false;
        }
        const QByteArrayView text(pending);
        ++lineNumber;
        qsizetype end = start;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r')
            ++end;
        const QByteArrayView content = text.sliced(start, end - start);
        qsizetype next = end;
        if (next < text.size() && text[next] == '\r')
            ++next;
        if (next < text.size() && text[next] == '\n')
            ++next;
        bool fed;
        if (next == end) {
            // The last line has no line break; it gets one so that it ends its record.
            const QByteArray terminated = content.toByteArray() + '\n';
            fed = feed(terminated, content);
        } else {
            fed = feed(text.sliced(start, next - start), content);
        }
        start = next;
        if (!fed) {
            finished = true;
            return false;
        }
        return true;
    }

    // `line` includes its line break; false when libcsv gave up.
    bool feed(QByteArrayView line, QByteArrayView content)
    {
        if (!inRecord) {
            if (content.isEmpty())
                return true; // a blank line between records
            startLine = lineNumber;
        }
        recordEnded = false;
        if (csv_parse(&csv, line.data(), static_cast<size_t>(line.size()), onField, onRecordEnd, this)
            != static_cast<size_t>(line.size())) {
            fail(lineNumber, CsvReader::tr("cannot read the line: %1")
                                 .arg(QString::fromLatin1(csv_strerror(csv_error(&csv)))));
            broken = true;
            return false;
        }
        inRecord = !recordEnded;
        return true;
    }

    void finish()
    {
        if (finished)
            return;
        finished = true;
        if (broken)
            return;
        // Told once the whole file is read (below, at the end of this function).
        const auto tellTrailing = qScopeGuard([this] {
            if (trailingEmptyRows > 0)
                table.warnings << CsvReader::tr("%1: %n row(s) end in empty fields past the header's last column; "
                                                "they are ignored",
                                                nullptr, trailingEmptyRows)
                                      .arg(file);
        });
        if (inRecord) {
            // libcsv would close the field at the end of the data; this record is broken.
            fail(startLine, CsvReader::tr("a quoted field is not closed; a \" is missing"));
            csv_fini(&csv, nullptr, nullptr, nullptr);
        } else {
            csv_fini(&csv, onField, onRecordEnd, this);
        }
    }

    static void onField(void* data, size_t size, void* self)
    {
        QString value = QString::fromUtf8(static_cast<const char*>(data), static_cast<qsizetype>(size));
        // A line break inside quotes is kept as "\n", whatever the file's line ends are.
        if (value.contains(QLatin1Char('\r'))) {
            value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            value.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        }
        static_cast<Private*>(self)->fields.append(std::move(value));
    }

    static void onRecordEnd(int, void* self) { static_cast<Private*>(self)->endRecord(); }

    void endRecord()
    {
        recordEnded = true;
        QStringList record = std::exchange(fields, {});
        fields.reserve(table.header.isEmpty() ? record.size() : table.header.size());
        if (isBlank(record))
            return;
        if (!haveHeader) {
            haveHeader = true;
            // WordPress may leak white space and a second byte order mark before the
            // header: neither is part of a column's name.
            for (const QString& name : record)
                table.header << QString(name).remove(QChar(0xFEFF)).trimmed();
            table.headerLine = startLine;
            return;
        }
        // Shop exports may end their rows in commas past the header's last column
        // (a Shopify product export of 2026 does): empty, they are no field of any column.
        if (record.size() > table.header.size()
            && std::all_of(record.cbegin() + table.header.size(), record.cend(),
                           [](const QString& v) { return v.trimmed().isEmpty(); })) {
            record.resize(table.header.size());
            ++trailingEmptyRows;
        }
        if (record.size() != table.header.size()) {
            fail(startLine, CsvReader::tr("row has %1 fields, the header has %2")
                                .arg(record.size())
                                .arg(table.header.size()));
            return;
        }
        ready.append(Row { startLine, std::move(record) });
    }

    // Decides the encoding, skips a BOM and reads up to the header.
    core::Status begin()
    {
        const QByteArray head = device->peek(3);
        if (head.startsWith("\xFF\xFE")) {
            encoding = Encoding::Utf16LE;
            device->skip(2);
        } else if (head.startsWith("\xFE\xFF")) {
            encoding = Encoding::Utf16BE;
            device->skip(2);
        } else if (head.startsWith("\xEF\xBB\xBF")) {
            device->skip(3);
        } else if (!isUtf8()) {
            encoding = Encoding::Windows1252;
            table.warnings << CsvReader::tr("%1: not valid UTF-8, read as Windows-1252").arg(file);
        }
        if (encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE)
            utf16 = QStringDecoder(encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                                 : QStringConverter::Utf16BE);
        fill();
        const char delimiter = detectDelimiter(QByteArrayView(pending));
        table.file = file;
        table.delimiter = QLatin1Char(delimiter);
        csv_set_delim(&csv, static_cast<unsigned char>(delimiter));
        while (!haveHeader && feedLine()) {
        }
        if (!errors.isEmpty())
            return errors;
        if (!haveHeader)
            return core::Error::at(file, 0, {}, CsvReader::tr("the file is empty"));
        return {};
    }

    // Reads the whole device once: is every byte part of valid UTF-8?
    bool isUtf8()
    {
        QByteArray tail;
        bool valid = true;
        for (;;) {
            const QByteArray chunk = device->read(ChunkSize);
            if (chunk.isEmpty())
                break;
            QByteArray bytes = tail + chunk;
            const qsizetype cut = incompleteUtf8Tail(bytes);
            tail = bytes.right(cut);
            bytes.chop(cut);
            if (!QByteArrayView(bytes).isValidUtf8()) {
                valid = false;
                break;
            }
        }
        valid = valid && tail.isEmpty();
        device->seek(0);
        return valid;
    }
};

CsvStream::CsvStream(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

CsvStream::~CsvStream() = default;

core::Result<std::unique_ptr<CsvStream>> CsvStream::openFile(const QString& path)
{
    // Every CSV file the program reads comes through here; the shop itself is never one.
    if (core::Status s = store::Database::refuseOpenShopFile(path); !s.ok())
        return s.errors();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return core::Error::at(path, 0, {}, CsvReader::tr("cannot open the file: %1").arg(file->errorString()));
    auto p = std::make_unique<Private>();
    p->device = std::move(file);
    p->file = path;
    if (core::Status s = p->begin(); !s.ok())
        return s.errors();
    return std::unique_ptr<CsvStream>(new CsvStream(std::move(p)));
}

core::Result<std::unique_ptr<CsvStream>> CsvStream::openData(const QByteArray& bytes, const QString& displayName)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto p = std::make_unique<Private>();
    p->device = std::move(buffer);
    p->file = displayName;
    if (core::Status s = p->begin(); !s.ok())
        return s.errors();
    return std::unique_ptr<CsvStream>(new CsvStream(std::move(p)));
}

const Table& CsvStream::table() const
{
    return d->table;
}

void CsvStream::setCurrency(const QString& currency)
{
    d->table.currency = currency;
}

core::Errors CsvStream::mapColumns(const QList<std::pair<QString, QString>>& mapping)
{
    core::Errors errors;
    Table& table = d->table;
    const QStringList original = table.header;
    for (const std::pair<QString, QString>& map : mapping) {
        const QString& wanted = map.first;
        const QString fileColumn = map.second.trimmed();
        const auto it = std::find_if(original.cbegin(), original.cend(), [&fileColumn](const QString& h) {
            return h.compare(fileColumn, Qt::CaseInsensitive) == 0;
        });
        if (it == original.cend()) {
            errors << core::Error::at(table.file, table.headerLine, fileColumn,
                                      tr("--map %1=%2: the file has no column %2; it has %3")
                                          .arg(wanted, fileColumn, original.join(QStringLiteral(", "))));
            continue;
        }
        table.rename(int(it - original.cbegin()), wanted);
    }
    return errors;
}

bool CsvStream::next(Row& row)
{
    while (d->ready.isEmpty()) {
        if (d->finished || !d->feedLine()) {
            d->finish();
            if (d->ready.isEmpty())
                return false;
        }
    }
    row = d->ready.takeFirst();
    return true;
}

const core::Errors& CsvStream::errors() const
{
    return d->errors;
}

qint64 CsvStream::position() const
{
    return d->device->pos();
}

qint64 CsvStream::size() const
{
    return d->device->size();
}

void Table::rename(int index, const QString& name)
{
    header[index] = name;
    m_columns.clear();
}

int Table::column(const QString& name) const
{
    const auto cached = m_columns.constFind(name);
    if (cached != m_columns.cend())
        return *cached;
    const QString wanted = name.trimmed();
    int index = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(wanted, Qt::CaseInsensitive) == 0) {
            index = static_cast<int>(i);
            break;
        }
    }
    if (m_columns.size() < 256)
        m_columns.insert(name, index);
    return index;
}

QString Table::value(const Row& row, const QString& name) const
{
    const int index = column(name);
    return index >= 0 && index < row.fields.size() ? row.fields.at(index) : QString();
}

namespace {

core::Result<Table> readAll(core::Result<std::unique_ptr<CsvStream>> opened)
{
    if (!opened)
        return opened.errors();
    CsvStream& stream = *opened.value();
    Table table = stream.table();
    Row row;
    while (stream.next(row))
        table.rows.append(std::move(row));
    if (!stream.errors().isEmpty())
        return stream.errors();
    table.warnings = stream.table().warnings;
    return table;
}

} // namespace

core::Result<Table> CsvReader::readFile(const QString& path)
{
    return readAll(CsvStream::openFile(path));
}

core::Result<Table> CsvReader::readData(const QByteArray& bytes, const QString& displayName)
{
    return readAll(CsvStream::openData(bytes, displayName));
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
