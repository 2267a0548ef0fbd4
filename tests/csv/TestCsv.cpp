#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/RowPipeline.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using bd::csv::CsvReader;
using bd::csv::CsvWriter;
using bd::csv::Table;

namespace {

const QString File = QStringLiteral("in.csv");

// The bytes of a literal, embedded NULs included.
template<qsizetype N> QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QStringList list(std::initializer_list<const char16_t*> items)
{
    QStringList out;
    for (const char16_t* item : items)
        out << QString::fromUtf16(item);
    return out;
}

QStringList errorLines(const bd::core::Errors& errors)
{
    QStringList out;
    for (const bd::core::Error& error : errors)
        out << error.toString();
    return out;
}

QList<int> rowLines(const Table& table)
{
    QList<int> out;
    for (const bd::csv::Row& row : table.rows)
        out << row.line;
    return out;
}

QList<QStringList> fields(const Table& table)
{
    QList<QStringList> out;
    for (const bd::csv::Row& row : table.rows)
        out << row.fields;
    return out;
}

QByteArray written(const QStringList& row, bool raw = false)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    if (raw)
        writer.writeRawRow(row);
    else
        writer.writeRow(row);
    return out;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void readErrors_data();
    void readErrors();
    void readErrorsStopAtMaximum();
    void readFile();
    void readFileMissing();
    void column_data();
    void column();
    void requireColumns_data();
    void requireColumns();
    void writeField_data();
    void writeField();
    void writeRawRow();
    void writeFailure();
    void roundTrip_data();
    void roundTrip();
    void writeDelimiterAndBom();
    void streamAcrossChunks_data();
    void streamAcrossChunks();
    void pipelineKeepsOrder();
    void pipelineStopsEarly();
    void pipelineCancels();
};

void TestCsv::read_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QStringList>("warnings");

    const QChar comma(u',');
    const QStringList none;

    QTest::addRow("comma, LF") << bytes("sku,name,qty\nA1,Shirt,2\nB2,Hat,5\n")
                               << list({ u"sku", u"name", u"qty" }) << 1 << comma << QList<int> { 2, 3 }
                               << QList<QStringList> { list({ u"A1", u"Shirt", u"2" }),
                                                       list({ u"B2", u"Hat", u"5" }) }
                               << none;
    QTest::addRow("CRLF") << bytes("sku,name\r\nA1,Shirt\r\nB2,Hat\r\n") << list({ u"sku", u"name" }) << 1
                          << comma << QList<int> { 2, 3 }
                          << QList<QStringList> { list({ u"A1", u"Shirt" }), list({ u"B2", u"Hat" }) }
                          << none;
    QTest::addRow("last line without newline")
        << bytes("sku,qty\nA1,1\nB2,2") << list({ u"sku", u"qty" }) << 1 << comma << QList<int> { 2, 3 }
        << QList<QStringList> { list({ u"A1", u"1" }), list({ u"B2", u"2" }) } << none;
    QTest::addRow("lone CR line ends")
        << bytes("sku,qty\rA1,1\rB2,2\r") << list({ u"sku", u"qty" }) << 1 << comma << QList<int> { 2, 3 }
        << QList<QStringList> { list({ u"A1", u"1" }), list({ u"B2", u"2" }) } << none;
    QTest::addRow("UTF-8 without BOM")
        << bytes("sku,name\nA1,\xC3\x86\xC3\x98\xC3\x85 \xC3\xA4\xC3\xA9\n") << list({ u"sku", u"name" }) << 1
        << comma << QList<int> { 2 } << QList<QStringList> { list({ u"A1", u"ÆØÅ äé" }) } << none;
    QTest::addRow("UTF-8 with BOM") << bytes("\xEF\xBB\xBFsku,name\nA1,\xC3\x86\xC3\x98\xC3\x85\n")
                                    << list({ u"sku", u"name" }) << 1 << comma << QList<int> { 2 }
                                    << QList<QStringList> { list({ u"A1", u"ÆØÅ" }) } << none;
    QTest::addRow("UTF-16LE with BOM")
        << bytes("\xFF\xFEs\0k\0u\0;\0n\0a\0m\0e\0\r\0\n\0A\0001\0;\0\xC6\0\xD8\0\xC5\0 \0\xE4\0\r\0\n\0")
        << list({ u"sku", u"name" }) << 1 << QChar(u';') << QList<int> { 2 }
        << QList<QStringList> { list({ u"A1", u"ÆØÅ ä" }) } << none;
    QTest::addRow("UTF-16BE with BOM")
        << bytes("\xFE\xFF\0s\0k\0u\0,\0n\0a\0m\0e\0\n\0A\0001\0,\0\xE9\x20\xAC\0\n")
        << list({ u"sku", u"name" }) << 1 << comma << QList<int> { 2 }
        << QList<QStringList> { list({ u"A1", u"é€" }) } << none;
    QTest::addRow("Windows-1252") << bytes("sku,name\nA1,\xC6\xD8\xC5 \xE4\xE9 \x80 \x93q\x94\n")
                                  << list({ u"sku", u"name" }) << 1 << comma << QList<int> { 2 }
                                  << QList<QStringList> { list({ u"A1", u"ÆØÅ äé € “q”" }) }
                                  << QStringList { QStringLiteral(
                                         "in.csv: not valid UTF-8, read as Windows-1252") };
    QTest::addRow("Windows-1252, 0x80 to 0x9F")
        << bytes("c\n\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F"
                 "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F\n")
        << list({ u"c" }) << 1 << comma << QList<int> { 2 }
        << QList<QStringList> { list({ u"€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ" }) }
        << QStringList { QStringLiteral("in.csv: not valid UTF-8, read as Windows-1252") };
    QTest::addRow("semicolon") << bytes("sku;name;price\nA1;Shirt, red;12,50\n")
                               << list({ u"sku", u"name", u"price" }) << 1 << QChar(u';') << QList<int> { 2 }
                               << QList<QStringList> { list({ u"A1", u"Shirt, red", u"12,50" }) } << none;
    QTest::addRow("tab") << bytes("sku\tname\tqty\nA1\tRed shirt; large\t2\n")
                         << list({ u"sku", u"name", u"qty" }) << 1 << QChar(u'\t') << QList<int> { 2 }
                         << QList<QStringList> { list({ u"A1", u"Red shirt; large", u"2" }) } << none;
    QTest::addRow("tab with empty fields")
        << bytes("a\tb\tc\n\t\tx\n") << list({ u"a", u"b", u"c" }) << 1 << QChar(u'\t') << QList<int> { 2 }
        << QList<QStringList> { list({ u"", u"", u"x" }) } << none;
    QTest::addRow("delimiter in quoted header is not counted")
        << bytes("\"a;b;c\",d\n1,2\n") << list({ u"a;b;c", u"d" }) << 1 << comma << QList<int> { 2 }
        << QList<QStringList> { list({ u"1", u"2" }) } << none;
    QTest::addRow("quoted delimiter and quotes")
        << bytes("sku,name\nA1,\"Shirt, red \"\"XL\"\"\"\n") << list({ u"sku", u"name" }) << 1 << comma
        << QList<int> { 2 } << QList<QStringList> { list({ u"A1", u"Shirt, red \"XL\"" }) } << none;
    QTest::addRow("quote inside unquoted value")
        << bytes("sku,name\nA1,5\" screen\n") << list({ u"sku", u"name" }) << 1 << comma << QList<int> { 2 }
        << QList<QStringList> { list({ u"A1", u"5\" screen" }) } << none;
    QTest::addRow("quoted newline") << bytes("sku,note\nA1,\"line one\nline two\"\nB2,plain\n")
                                    << list({ u"sku", u"note" }) << 1 << comma << QList<int> { 2, 4 }
                                    << QList<QStringList> { list({ u"A1", u"line one\nline two" }),
                                                            list({ u"B2", u"plain" }) }
                                    << none;
    QTest::addRow("quoted newlines, CRLF")
        << bytes("sku,note\r\n\"A1\",\"one\r\n\r\nthree\"\r\nB2,x\r\nC3,\"y\r\nz\"")
        << list({ u"sku", u"note" }) << 1 << comma << QList<int> { 2, 5, 6 }
        << QList<QStringList> { list({ u"A1", u"one\n\nthree" }), list({ u"B2", u"x" }),
                                list({ u"C3", u"y\nz" }) }
        << none;
    QTest::addRow("quoted newline in header")
        << bytes("\"long\nname\",b\n1,2\n3,4\n") << list({ u"long\nname", u"b" }) << 1 << comma
        << QList<int> { 3, 4 } << QList<QStringList> { list({ u"1", u"2" }), list({ u"3", u"4" }) } << none;
    QTest::addRow("blank lines skipped")
        << bytes("\n\nsku,qty\n\nA1,1\n\r\n   \n,\nB2,2\n\n") << list({ u"sku", u"qty" }) << 3 << comma
        << QList<int> { 5, 9 } << QList<QStringList> { list({ u"A1", u"1" }), list({ u"B2", u"2" }) } << none;
    QTest::addRow("blank rows before the header")
        << bytes(";;\n\t\nsku;name;qty\nA1;x;1\n") << list({ u"sku", u"name", u"qty" }) << 3 << QChar(u';')
        << QList<int> { 4 } << QList<QStringList> { list({ u"A1", u"x", u"1" }) } << none;
    QTest::addRow("tabs on a blank line before the header")
        << bytes("\t \t\nsku,name\nA1,x\n") << list({ u"sku", u"name" }) << 2 << comma << QList<int> { 3 }
        << QList<QStringList> { list({ u"A1", u"x" }) } << none;
    QTest::addRow("values kept as written, header trimmed")
        << bytes(" sku , qty \n A1 , 2 \n\" B2\",\"\t\"\n") << list({ u"sku", u"qty" }) << 1 << comma
        << QList<int> { 2, 3 } << QList<QStringList> { list({ u" A1 ", u" 2 " }), list({ u" B2", u"\t" }) }
        << none;
    QTest::addRow("empty fields") << bytes("a,b,c\n,,x\n\"\",y,\n") << list({ u"a", u"b", u"c" }) << 1
                                  << comma << QList<int> { 2, 3 }
                                  << QList<QStringList> { list({ u"", u"", u"x" }), list({ u"", u"y", u"" }) }
                                  << none;
    // Rows that run past the header in empty fields (a 2026 Shopify product export's
    // shape): the empty fields are dropped, and the merchant is told once.
    QTest::addRow("empty fields past the header") << bytes("sku,name\nA1,Mug,,\nB2,Cup\nC3,Cap, ,\n")
                                                  << list({ u"sku", u"name" }) << 1 << comma << QList<int> { 2, 3, 4 }
                                                  << QList<QStringList> { list({ u"A1", u"Mug" }), list({ u"B2", u"Cup" }),
                                                                          list({ u"C3", u"Cap" }) }
                                                  << QStringList { QStringLiteral("in.csv: 2 row(s) end in empty fields past the "
                                                                                 "header's last column; they are ignored") };
    QTest::addRow("header only") << bytes("sku,name\n") << list({ u"sku", u"name" }) << 1 << comma
                                 << QList<int> {} << QList<QStringList> {} << none;
    QTest::addRow("header only, no newline") << bytes("sku;name") << list({ u"sku", u"name" }) << 1
                                             << QChar(u';') << QList<int> {} << QList<QStringList> {} << none;
    QTest::addRow("single column") << bytes("email\na@example.com\n") << list({ u"email" }) << 1 << comma
                                   << QList<int> { 2 } << QList<QStringList> { list({ u"a@example.com" }) }
                                   << none;
}

void TestCsv::read()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(int, headerLine);
    QFETCH(QChar, delimiter);
    QFETCH(QList<int>, lines);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QStringList, warnings);

    const auto result = CsvReader::readData(input, File);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result->file, File);
    QCOMPARE(result->header, header);
    QCOMPARE(result->headerLine, headerLine);
    QCOMPARE(result->delimiter, delimiter);
    QCOMPARE(rowLines(result.value()), lines);
    QCOMPARE(fields(result.value()), rows);
    QCOMPARE(result->warnings, warnings);
}

void TestCsv::readErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("errors");

    QTest::addRow("empty file") << QByteArray()
                                << QStringList { QStringLiteral("in.csv: the file is empty") };
    QTest::addRow("only a BOM") << bytes("\xEF\xBB\xBF")
                                << QStringList { QStringLiteral("in.csv: the file is empty") };
    QTest::addRow("only blank lines")
        << bytes("\n\r\n  \n,,\n") << QStringList { QStringLiteral("in.csv: the file is empty") };
    QTest::addRow("too many fields, not empty") << bytes("a,b\n1,2\n1,2,,3\n")
                                     << QStringList { QStringLiteral(
                                            "in.csv:3: row has 4 fields, the header has 2") };
    QTest::addRow("too many fields") << bytes("a,b\n1,2\n1,2,3\n")
                                     << QStringList { QStringLiteral(
                                            "in.csv:3: row has 3 fields, the header has 2") };
    QTest::addRow("too few fields") << bytes("a,b,c,d,e,f,g,h\n1,2,3,4,5,6,7,8\n1,2,3,4,5\n")
                                    << QStringList { QStringLiteral(
                                           "in.csv:3: row has 5 fields, the header has 8") };
    QTest::addRow("every bad row, after a quoted newline")
        << bytes("a;b\r\n1;\"x\r\ny\"\r\n1\r\n\r\n1;2;3\r\n1;2\r\n4")
        << QStringList { QStringLiteral("in.csv:4: row has 1 fields, the header has 2"),
                         QStringLiteral("in.csv:6: row has 3 fields, the header has 2"),
                         QStringLiteral("in.csv:8: row has 1 fields, the header has 2") };
    QTest::addRow("unterminated quote")
        << bytes("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
        << QStringList { QStringLiteral("in.csv:3: a quoted field is not closed; a \" is missing") };
    QTest::addRow("unterminated quote after a bad row")
        << bytes("a,b\n1\n\"2,3\n")
        << QStringList { QStringLiteral("in.csv:2: row has 1 fields, the header has 2"),
                         QStringLiteral("in.csv:3: a quoted field is not closed; a \" is missing") };
}

void TestCsv::readErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, errors);

    const auto result = CsvReader::readData(input, File);
    QVERIFY(!result.ok());
    QCOMPARE(errorLines(result.errors()), errors);
    for (const bd::core::Error& error : result.errors())
        QCOMPARE(error.file, File);
}

void TestCsv::readErrorsStopAtMaximum()
{
    QByteArray input("sku,qty\n");
    for (int i = 0; i < 150; ++i)
        input += "A1\n";

    const auto result = CsvReader::readData(input, File);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors().size(), CsvReader::MaxErrors);
    QCOMPARE(result.errors().first().line, 2);
    QCOMPARE(result.errors().last().line, CsvReader::MaxErrors + 1);
    QCOMPARE(result.errors().last().message, QStringLiteral("row has 1 fields, the header has 2"));
}

void TestCsv::readFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("items.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFsku,name\r\nA1,\xC3\x86\x62ler\r\nB2\r\n");
    file.close();

    const auto result = CsvReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(errorLines(result.errors()),
             QStringList { path + QStringLiteral(":3: row has 1 fields, the header has 2") });

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("sku,name\r\nA1,\xC3\x86\x62ler\r\n");
    file.close();
    const auto good = CsvReader::readFile(path);
    QVERIFY2(good.ok(), qPrintable(good.errorText()));
    QCOMPARE(good->file, path);
    QCOMPARE(fields(good.value()), QList<QStringList> { list({ u"A1", u"Æbler" }) });
}

void TestCsv::readFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.csv"));

    const auto result = CsvReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors().size(), 1);
    QCOMPARE(result.errors().first().file, path);
    QVERIFY2(result.errors().first().message.startsWith(QStringLiteral("cannot open the file: ")),
             qPrintable(result.errorText()));
}

void TestCsv::column_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("value");

    QTest::addRow("exact") << QStringLiteral("qty") << 2 << QStringLiteral("3");
    QTest::addRow("other case") << QStringLiteral("sku") << 0 << QStringLiteral("a1 ");
    QTest::addRow("upper case") << QStringLiteral("QTY") << 2 << QStringLiteral("3");
    QTest::addRow("padded name") << QStringLiteral("  name ") << 1 << QStringLiteral("Æble");
    QTest::addRow("absent") << QStringLiteral("price") << -1 << QString();
    QTest::addRow("empty") << QString() << -1 << QString();
}

void TestCsv::column()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    QFETCH(QString, value);

    const auto result = CsvReader::readData(bytes(" SKU ,Name,qty\na1 ,\xC3\x86\x62le,3\n"), File);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result->column(name), index);
    QCOMPARE(result->value(result->rows.first(), name), value);
}

void TestCsv::requireColumns_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("errors");

    QTest::addRow("all present") << bytes("SKU,name,qty\n")
                                 << QStringList { QStringLiteral("sku"), QStringLiteral("qty") }
                                 << QStringList {};
    QTest::addRow("every missing one")
        << bytes("sku,qty\nA1,2\n")
        << QStringList { QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price"),
                         QStringLiteral("QTY") }
        << QStringList { QStringLiteral("in.csv:1: name: missing required column"),
                         QStringLiteral("in.csv:1: price: missing required column") };
    QTest::addRow("header after a blank line")
        << bytes("\r\nname\r\n") << QStringList { QStringLiteral("sku"), QStringLiteral("name") }
        << QStringList { QStringLiteral("in.csv:2: sku: missing required column") };
}

void TestCsv::requireColumns()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, required);
    QFETCH(QStringList, errors);

    const auto result = CsvReader::readData(input, File);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const bd::core::Errors missing = bd::csv::requireColumns(result.value(), required);
    QCOMPARE(errorLines(missing), errors);
    for (const bd::core::Error& error : missing)
        QVERIFY(required.contains(error.field));
}

void TestCsv::writeField_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QByteArray>("csv");

    QTest::addRow("plain") << list({ u"A1", u"Shirt", u"2" }) << QByteArray("A1,Shirt,2\n");
    QTest::addRow("empty fields") << list({ u"", u"x", u"" }) << QByteArray(",x,\n");
    QTest::addRow("comma") << list({ u"Shirt, red" }) << QByteArray("\"Shirt, red\"\n");
    QTest::addRow("quotes") << list({ u"5\" screen \"XL\"" }) << QByteArray("\"5\"\" screen \"\"XL\"\"\"\n");
    QTest::addRow("newline") << list({ u"one\ntwo", u"x" }) << QByteArray("\"one\ntwo\",x\n");
    QTest::addRow("outer spaces") << list({ u" a", u"b " }) << QByteArray("\" a\",\"b \"\n");
    QTest::addRow("UTF-8, no BOM") << list({ u"ÆØÅ", u"äé" })
                                   << QByteArray("\xC3\x86\xC3\x98\xC3\x85,\xC3\xA4\xC3\xA9\n");
    QTest::addRow("semicolon not quoted")
        << list({ u"Color=Red; Size=M" }) << QByteArray("Color=Red; Size=M\n");
    QTest::addRow("formula =") << list({ u"=SUM(A1)" }) << QByteArray("'=SUM(A1)\n");
    QTest::addRow("formula @") << list({ u"@x" }) << QByteArray("'@x\n");
    QTest::addRow("formula +") << list({ u"+1+1" }) << QByteArray("'+1+1\n");
    QTest::addRow("formula -") << list({ u"-2+3" }) << QByteArray("'-2+3\n");
    QTest::addRow("formula with comma")
        << list({ u"=HYPERLINK(\"x\",\"y\")" }) << QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\n");
    QTest::addRow("leading tab") << list({ u"\tcmd" }) << QByteArray("'\tcmd\n");
    QTest::addRow("leading CR") << list({ u"\rcmd" }) << QByteArray("\"'\rcmd\"\n");
    QTest::addRow("negative whole number") << list({ u"-5" }) << QByteArray("-5\n");
    QTest::addRow("negative decimal") << list({ u"-12.50" }) << QByteArray("-12.50\n");
    QTest::addRow("signed number") << list({ u"+7" }) << QByteArray("+7\n");
    QTest::addRow("dash word") << list({ u"-" }) << QByteArray("'-\n");
    QTest::addRow("equals inside") << list({ u"a=b", u"1-2" }) << QByteArray("a=b,1-2\n");
}

void TestCsv::writeField()
{
    QFETCH(QStringList, row);
    QFETCH(QByteArray, csv);

    QCOMPARE(written(row), csv);
}

void TestCsv::writeRawRow()
{
    QCOMPARE(written(list({ u"=SUM(A1)", u"-2+3", u"a,b" }), true), QByteArray("=SUM(A1),-2+3,\"a,b\"\n"));
    QCOMPARE(written(list({ u"-5", u"12.50" }), true), QByteArray("-5,12.50\n"));
}

void TestCsv::writeFailure()
{
    QBuffer closed;
    CsvWriter writer(&closed);
    QVERIFY(writer.ok());
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    writer.writeRow(list({ u"a" }));
    QVERIFY(!writer.ok());
}

void TestCsv::roundTrip_data()
{
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::addRow("plain") << QList<QStringList> { list({ u"sku", u"qty" }), list({ u"A1", u"2" }),
                                                   list({ u"B2", u"-5" }) };
    QTest::addRow("special characters") << QList<QStringList> {
        list({ u"sku", u"name", u"note" }),       list({ u"A1", u"Shirt, \"red\"", u"line one\nline two" }),
        list({ u"B2", u"ÆØÅ æøå äöü é €", u"" }), list({ u"C3", u" padded ", u"semi;colon\ttab" }),
        list({ u"D4", u"\"", u",\n," }),
    };
    QTest::addRow("header only") << QList<QStringList> { list({ u"email", u"name", u"phone" }) };
}

void TestCsv::roundTrip()
{
    QFETCH(QList<QStringList>, rows);

    const QByteArray csv = bd::csv::toCsv(rows);
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    const auto result = CsvReader::readData(csv, File);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result->delimiter, QChar(u','));
    QCOMPARE(result->header, rows.first());
    QCOMPARE(fields(result.value()), rows.mid(1));
    QVERIFY(result->warnings.isEmpty());
}

void TestCsv::writeDelimiterAndBom()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, QLatin1Char(';'));
    writer.writeBom();
    writer.writeRow(list({ u"sku", u"name" }));
    writer.writeRow(list({ u"A;1", u"Red, big" }));
    writer.writeRow(list({ u"=1+1", u"-12,50" }));
    QCOMPARE(out, QByteArray("\xEF\xBB\xBFsku;name\n\"A;1\";Red, big\n'=1+1;-12,50\n"));
    const auto table = CsvReader::readData(out, File);
    QVERIFY2(table.ok(), qPrintable(table.errorText()));
    QCOMPARE(table->delimiter, QChar(u';'));
    QCOMPARE(fields(table.value()), (QList<QStringList> { list({ u"A;1", u"Red, big" }), list({ u"'=1+1", u"-12,50" }) }));
}

// Files bigger than the reader's 1 MiB chunks: characters of several bytes, CRLF and
// quoted line breaks fall on every kind of chunk boundary somewhere in them.
void TestCsv::streamAcrossChunks_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addRow("UTF-8") << QStringLiteral("UTF-8");
    QTest::addRow("UTF-8 with BOM") << QStringLiteral("UTF-8 BOM");
    QTest::addRow("UTF-16LE") << QStringLiteral("UTF-16LE");
    QTest::addRow("UTF-16BE") << QStringLiteral("UTF-16BE");
    QTest::addRow("Windows-1252") << QStringLiteral("Windows-1252");
}

void TestCsv::streamAcrossChunks()
{
    QFETCH(QString, encoding);
    QString text = QStringLiteral("sku;name;note\r\n");
    QList<QStringList> expected;
    for (int i = 0; text.size() < 1300000; ++i) {
        const QString sku = QStringLiteral("SKU-%1").arg(i);
        const QString name = QStringLiteral("Æblegrød %1 ").arg(i).repeated(1 + i % 5);
        const QString note = i % 3 == 0 ? QStringLiteral("two\nlines ø") : QStringLiteral("é€");
        text += sku + QLatin1Char(';') + name + QStringLiteral(";\"") + QString(note).replace(QStringLiteral("\n"), QStringLiteral("\r\n")) + QStringLiteral("\"\r\n");
        expected << QStringList { sku, name, note };
    }
    QByteArray bytes;
    if (encoding == QLatin1String("UTF-16LE") || encoding == QLatin1String("UTF-16BE")) {
        const bool le = encoding == QLatin1String("UTF-16LE");
        QStringEncoder encoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        bytes = QByteArray(le ? "\xFF\xFE" : "\xFE\xFF") + QByteArray(encoder.encode(text));
    } else if (encoding == QLatin1String("Windows-1252")) {
        // Only Latin-1 characters plus the euro sign, which is 0x80 there.
        for (const QChar c : std::as_const(text))
            bytes += c == QChar(0x20AC) ? '\x80' : char(c.unicode());
    } else {
        bytes = (encoding == QLatin1String("UTF-8 BOM") ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    }
    QVERIFY(bytes.size() > 2 * 1024 * 1024 || encoding != QLatin1String("UTF-16LE"));

    auto opened = bd::csv::CsvStream::openData(bytes, File);
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    bd::csv::CsvStream& stream = *opened.value();
    QCOMPARE(stream.table().header, list({ u"sku", u"name", u"note" }));
    bd::csv::Row row;
    qsizetype n = 0;
    int line = 2;
    qint64 position = 0;
    while (stream.next(row)) {
        QVERIFY(n < expected.size());
        if (row.fields != expected.at(n))
            QCOMPARE(row.fields, expected.at(n));
        QCOMPARE(row.line, line);
        line += expected.at(n).at(2).contains(QLatin1Char('\n')) ? 2 : 1;
        QVERIFY(stream.position() >= position);
        position = stream.position();
        ++n;
    }
    QVERIFY2(stream.errors().isEmpty(), qPrintable(bd::core::joinErrors(stream.errors())));
    QCOMPARE(n, expected.size());
    QCOMPARE(stream.position(), stream.size());
    QCOMPARE(stream.table().warnings.isEmpty(), encoding != QLatin1String("Windows-1252"));
}

namespace {

std::unique_ptr<bd::csv::CsvStream> numbersFile(int rows)
{
    QByteArray bytes = "n,odd\n";
    for (int i = 0; i < rows; ++i)
        bytes += QByteArray::number(i) + ',' + (i % 2 ? "yes" : "no") + '\n';
    auto opened = bd::csv::CsvStream::openData(bytes, QStringLiteral("numbers.csv"));
    return opened ? opened.takeValue() : nullptr;
}

// Keeps the even rows, as numbers.
bool evenRows(const bd::csv::Row& row, int& n)
{
    n = row.fields.at(0).toInt();
    return n % 2 == 0;
}

} // namespace

// Records arrive in file order across many batches; rows the parser drops are not queued.
void TestCsv::pipelineKeepsOrder()
{
    auto stream = numbersFile(10000);
    QVERIFY(stream);
    bd::csv::RowPipeline<int> pipeline(*stream, evenRows, nullptr, 64, 2);
    QList<int> seen;
    int n = -1;
    while (pipeline.next(n))
        seen << n;
    QCOMPARE(seen.size(), 5000);
    for (int i = 0; i < seen.size(); ++i)
        QCOMPARE(seen.at(i), 2 * i);
    QCOMPARE(pipeline.rowsRead(), qint64(10000));
    QCOMPARE(pipeline.position(), stream->size());
    QVERIFY(!pipeline.cancelled());
    QVERIFY(stream->errors().isEmpty());
}

// A caller that stops after a few records (too many errors, a database failure) does
// not wait for the rest of the file, and the reading thread ends.
void TestCsv::pipelineStopsEarly()
{
    auto stream = numbersFile(100000);
    QVERIFY(stream);
    {
        bd::csv::RowPipeline<int> pipeline(*stream, evenRows, nullptr, 16, 2);
        int n = -1;
        for (int i = 0; i < 10; ++i)
            QVERIFY(pipeline.next(n));
        QCOMPARE(n, 18);
        pipeline.stop();
        // At most the queued batches and the one being filled were read ahead.
        QVERIFY2(pipeline.rowsRead() < 200, qPrintable(QString::number(pipeline.rowsRead())));
    }
}

// The cancel flag stops the reading thread; the caller learns it from cancelled().
void TestCsv::pipelineCancels()
{
    auto stream = numbersFile(200000);
    QVERIFY(stream);
    std::atomic<bool> cancel {false};
    bd::csv::RowPipeline<int> pipeline(*stream, evenRows, &cancel, 64, 4);
    int n = -1;
    int count = 0;
    while (pipeline.next(n)) {
        if (++count == 100)
            cancel = true;
    }
    QVERIFY(pipeline.cancelled());
    QVERIFY2(count < 100000, qPrintable(QString::number(count)));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
