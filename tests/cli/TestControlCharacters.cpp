// The control-character policy (core::Text) wherever text enters, through the command
// line in-process: CSV cells of every kind of field (SKU, e-mail, names, addresses,
// order and purchase-order numbers, references, reasons), command-line arguments
// (a note may have line breaks, never a bell), e-mail templates; a database constraint
// that still refuses a row is told with its file, line and field; and a MIME header can
// never be injected by a value. Each refusal is one line naming the place and changes
// nothing.
#include "CliRun.h"
#include "ServerShop.h"
#include "mail/MimeMessage.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Run = bd::test::CliRun;

// The bytes of a literal, NUL bytes and all.
template<qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

class TestControlCharacters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args)
    {
        return bd::test::runCliInProcess(QStringList{u"--db"_s, m_db, u"--now"_s, u"2026-11-27T10:00:00"_s} + args);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void write(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    Run import(const QString& kind, const QString& name, const QByteArray& bytes)
    {
        write(name, bytes);
        return cli({u"import"_s, kind, path(name)});
    }
    // One number of the shop, as the export prints it: rows of a kind.
    int rows(const QString& kind)
    {
        const Run r = cli({u"export"_s, kind});
        if (r.status != 0)
            qFatal("export %s: %s", qPrintable(kind), qPrintable(r.err));
        return int(r.out.trimmed().split(u'\n').size()) - 1;
    }
    // A rule of the database the importer does not know, as a real SQLite trigger: the
    // last guard refuses a row the importer's own checks let through.
    void refuseInDatabase(const QString& sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"guard"_s);
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"guard"_s);
    }

private slots:
    void init()
    {
        m_db = path(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
        if (const QString dataTag = QString::fromUtf8(QTest::currentDataTag()); !dataTag.isEmpty())
            m_db = path(QString::number(qHash(dataTag)) + u".sqlite"_s);
        QCOMPARE(cli({u"init"_s}).status, 0);
        const Run items = import(u"items"_s, u"base-items.csv"_s,
                                 "sku,name,price,on_hand,policy\nMUG,Mug,12.50,0,backorder\n");
        QVERIFY2(items.status == 0, qPrintable(items.err));
    }

    // The reproduction: NUL bytes before an e-mail address. One clear line.
    void nulBeforeEmailIsOneClearLine()
    {
        const Run r = import(u"customers"_s, u"nul.csv"_s,
                             bytes("email,naehmop,ne\n\0\0\0\0b@ample.com,B,1\nbad,,\n"));
        QCOMPARE(r.status, 1);
        QCOMPARE(r.err, path(u"nul.csv"_s) + u":2: email: contains a control character (U+0000)\n"_s);
        QCOMPARE(rows(u"customers"_s), 0);
    }

    // Per kind of field: a one-line field refuses every control character, tab and
    // line breaks too; a multi-line one (an address) allows tab, CR and LF only.
    void fieldKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error"); // after "FILE:"; empty: imported
        const QByteArray customers = "email,name,phone,address\n";
        const QByteArray orders = "order_number,placed_at,customer_email,customer_name,sku,qty\n";
        QTest::addRow("sku: NUL") << u"items"_s << bytes("sku,name,price\nA\0B,Bowl,1.00\n")
                                  << u"2: sku: contains a control character (U+0000)"_s;
        QTest::addRow("sku: tab") << u"items"_s << QByteArray("sku,name,price\n\"A\tB\",Bowl,1.00\n")
                                  << u"2: sku: contains a control character (U+0009)"_s;
        QTest::addRow("item name: line break")
            << u"items"_s << QByteArray("sku,name,price\nBOWL,\"Blue\nbowl\",1.00\n")
            << u"2: name: contains a control character (U+000A)"_s;
        QTest::addRow("item name: DEL") << u"items"_s << QByteArray("sku,name,price\nBOWL,Bowl\x7f,1.00\n")
                                        << u"2: name: contains a control character (U+007F)"_s;
        QTest::addRow("e-mail: ESC") << u"customers"_s << customers + "ann\x1b@example.com,Ann,,\n"
                                     << u"2: email: contains a control character (U+001B)"_s;
        QTest::addRow("customer name: bell") << u"customers"_s << customers + "ann@example.com,Ann\x07,,\n"
                                             << u"2: name: contains a control character (U+0007)"_s;
        // The reader takes a CR in a quoted cell as a line break, as spreadsheets write them.
        QTest::addRow("phone: line break") << u"customers"_s << customers + "ann@example.com,Ann,\"+45\r\n12\",\n"
                                           << u"2: phone: contains a control character (U+000A)"_s;
        QTest::addRow("address: lines and tab")
            << u"customers"_s << customers + "ann@example.com,Ann,,\"Main Street 1\r\n\t1000 Town\"\n" << QString();
        QTest::addRow("address: NUL") << u"customers"_s
                                      << customers + bytes("ann@example.com,Ann,,\"Main\0Street\"\n")
                                      << u"2: address: contains a control character (U+0000)"_s;
        QTest::addRow("order number: line break")
            << u"orders"_s << orders + "\"10\r01\",2026-11-20T09:00:00,ann@example.com,Ann,MUG,1\n"
            << u"2: order_number: contains a control character (U+000A)"_s;
        QTest::addRow("order's e-mail: NUL")
            << u"orders"_s << orders + bytes("1001,2026-11-20T09:00:00,\0ann@example.com,Ann,MUG,1\n")
            << u"2: customer_email: contains a control character (U+0000)"_s;
        QTest::addRow("po number: DEL") << u"purchase-orders"_s
                                        << QByteArray("po_number,supplier,sku,qty,expected_date\nPO\x7f" "1,Acme,MUG,4,\n")
                                        << u"2: po_number: contains a control character (U+007F)"_s;
        QTest::addRow("supplier: vertical tab")
            << u"purchase-orders"_s << QByteArray("po_number,supplier,sku,qty,expected_date\nPO-1,Ac\x0bme,MUG,4,\n")
            << u"2: supplier: contains a control character (U+000B)"_s;
        QTest::addRow("reference: form feed")
            << u"receipts"_s << QByteArray("received_at,sku,qty,reference\n2026-11-27T09:00:00,MUG,1,DN\x0c" "1\n")
            << u"2: reference: contains a control character (U+000C)"_s;
        QTest::addRow("count reason: ESC") << u"stock"_s << QByteArray("sku,on_hand,reason\nMUG,3,count\x1b\n")
                                           << u"2: reason: contains a control character (U+001B)"_s;
    }
    void fieldKinds()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const Run r = import(kind, u"in.csv"_s, csv);
        if (error.isEmpty()) {
            QVERIFY2(r.status == 0, qPrintable(r.err));
            return;
        }
        QCOMPARE(r.status, 1);
        QCOMPARE(r.err, path(u"in.csv"_s) + u':' + error + u'\n');
    }

    // What the importer lets through and the database still refuses is told with the
    // row's file, line and field, never as a bare "Database error", and nothing changes.
    void databaseRefusalNamesTheRow()
    {
        refuseInDatabase(u"CREATE TRIGGER guard BEFORE INSERT ON customers WHEN NEW.name = 'Mallory' "
                         "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: length(name) < 7'); END"_s);
        const Run r = import(u"customers"_s, u"in.csv"_s,
                             "email,name,phone\nann@example.com,Ann,\nmallory@example.com,Mallory,\n");
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith(path(u"in.csv"_s) + u":3: name: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"CHECK constraint failed: length(name) < 7"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QCOMPARE(rows(u"customers"_s), 0);
    }
    // A long file's customers are gathered and written together; what a trigger of the
    // customers refuses is still named by its line, past the first part of rows, and
    // for an e-mail that came twice by the line that gave the refused value.
    void databaseRefusalOfCustomersInALongFileNamesEachRow()
    {
        refuseInDatabase(u"CREATE TRIGGER guard BEFORE INSERT ON customers WHEN NEW.name = 'Mallory' "
                         "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: length(name) < 7'); END"_s);
        QByteArray file = "email,name,phone\n";
        for (int i = 0; i < 600; ++i) {
            const QString name = i == 400 || i == 550 ? u"Mallory"_s : u"Person %1"_s.arg(i);
            const int person = i == 550 ? 20 : i; // row 550 renames the customer of row 20
            file += (u"p%1@example.com,"_s.arg(person) + name + u",\n"_s).toUtf8();
        }
        const Run r = import(u"customers"_s, u"in.csv"_s, file);
        QCOMPARE(r.status, 1);
        QStringList errors = r.err.trimmed().split(u'\n');
        errors.sort();
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(path(u"in.csv"_s) + u":402: name: "_s), qPrintable(r.err));
        QVERIFY2(errors.at(0).contains(u"CHECK constraint failed: length(name) < 7"_s), qPrintable(r.err));
        QVERIFY2(errors.at(1).startsWith(path(u"in.csv"_s) + u":552: name: "_s), qPrintable(r.err));
        QCOMPARE(rows(u"customers"_s), 0);
    }
    void databaseRefusalOfAnItemNamesTheRow()
    {
        refuseInDatabase(u"CREATE TRIGGER guard BEFORE INSERT ON items WHEN NEW.sku = 'CUP' "
                         "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: sku'); END"_s);
        const Run r = import(u"items"_s, u"in.csv"_s, "sku,name,price\nBOWL,Bowl,1.00\nCUP,Cup,2.00\n");
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith(path(u"in.csv"_s) + u":3: sku: "_s), qPrintable(r.err));
        QCOMPARE(rows(u"items"_s), 1);
    }
    // A long file's new items wait in a copy of the items table, which has the items'
    // constraints but not a trigger of theirs: what the trigger refuses is still named by
    // its line, in the first batch of rows and in a later one, and nothing is imported.
    void databaseRefusalOfItemsInALongFileNamesEachRow()
    {
        refuseInDatabase(u"CREATE TRIGGER guard BEFORE INSERT ON items WHEN NEW.sku IN ('S-0004', 'S-0150') "
                         "BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: sku'); END"_s);
        const int before = rows(u"items"_s);
        QByteArray file = "sku,name,price\n";
        for (int i = 0; i < 300; ++i)
            file += QStringLiteral("S-%1,Item %1,1.00\n").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
        const Run r = import(u"items"_s, u"in.csv"_s, file);
        QCOMPARE(r.status, 1);
        const QStringList errors = r.err.trimmed().split(u'\n');
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(path(u"in.csv"_s) + u":6: sku: "_s), qPrintable(r.err));
        QVERIFY2(errors.at(1).startsWith(path(u"in.csv"_s) + u":152: sku: "_s), qPrintable(r.err));
        QVERIFY2(errors.at(1).contains(u"CHECK constraint failed: sku"_s), qPrintable(r.err));
        QCOMPARE(rows(u"items"_s), before);
    }

    // A note may have line breaks; a bell in it, or any control character in a one-line
    // option, is refused with the option's name, not silently stripped.
    void arguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::addRow("note: bell") << QStringList{u"po"_s, u"stage"_s, u"PO-1"_s, u"shipped"_s, u"--note"_s,
                                                   u"on its way\u0007"_s}
                                    << u"po: --note: contains a control character (U+0007)\n"_s;
        QTest::addRow("note: lines") << QStringList{u"po"_s, u"stage"_s, u"PO-1"_s, u"shipped"_s, u"--note"_s,
                                                    u"on its way\nby sea"_s}
                                     << QString();
        QTest::addRow("sku: ESC") << QStringList{u"receive"_s, u"--sku"_s, u"MUG\u001b"_s, u"--qty"_s, u"1"_s}
                                  << u"receive: --sku: contains a control character (U+001B)\n"_s;
        QTest::addRow("reference: line break")
            << QStringList{u"receive"_s, u"--sku"_s, u"MUG"_s, u"--qty"_s, u"1"_s, u"--ref"_s, u"DN-1\nX"_s}
            << u"receive: --ref: contains a control character (U+000A)\n"_s;
        QTest::addRow("argument: bell") << QStringList{u"eta"_s, u"MUG\u0007"_s, u"2026-12-24"_s}
                                        << u"eta: 'MUG': contains a control character (U+0007)\n"_s;
    }
    void arguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run po = import(u"purchase-orders"_s, u"po.csv"_s,
                              "po_number,supplier,sku,qty,expected_date\nPO-1,Acme,MUG,4,2026-12-15\n");
        QVERIFY2(po.status == 0, qPrintable(po.err));
        const Run r = cli(args);
        if (error.isEmpty()) {
            QVERIFY2(r.status == 0, qPrintable(r.err));
            return;
        }
        QCOMPARE(r.err, error);
        QCOMPARE(r.status, 2);
        const Run timeline = cli({u"po"_s, u"timeline"_s, u"PO-1"_s});
        QVERIFY2(!timeline.out.contains(u"shipped"_s), qPrintable(timeline.out));
    }

    // A template holds no control character but the line breaks and tabs of its bodies.
    void templates()
    {
        write(u"body.txt"_s, "Hello {{customer_name}},\n\tyour order {{order_number}}.\n");
        write(u"body.html"_s, QByteArray("<p>Hello {{customer_name}}\0</p>\n", 32));
        const Run r = cli({u"template"_s, u"set"_s, u"delay"_s, u"--subject"_s, u"Order {{order_number}}"_s,
                           u"--text"_s, path(u"body.txt"_s), u"--html"_s, path(u"body.html"_s)});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"html: contains a control character (U+0000)"_s), qPrintable(r.err));
        write(u"body.html"_s, "<p>Hello {{customer_name}}</p>\n");
        const Run bell = cli({u"template"_s, u"set"_s, u"delay"_s, u"--subject"_s, u"Order {{order_number}}\u0007"_s,
                              u"--text"_s, path(u"body.txt"_s), u"--html"_s, path(u"body.html"_s)});
        QCOMPARE(bell.status, 2);
        QCOMPARE(bell.err, u"template: --subject: contains a control character (U+0007)\n"_s);
        const Run ok = cli({u"template"_s, u"set"_s, u"delay"_s, u"--subject"_s, u"Order {{order_number}}"_s,
                            u"--text"_s, path(u"body.txt"_s), u"--html"_s, path(u"body.html"_s)});
        QVERIFY2(ok.status == 0, qPrintable(ok.err));
    }

    // A name, subject or order number holding CR, LF or NUL never makes a header of
    // its own: the header block has exactly the builder's headers.
    void mimeHeadersCannotBeInjected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::addRow("subject CRLF") << u"Ann"_s << u"Order 1001\r\nBcc: victim@example.com"_s;
        QTest::addRow("subject LF") << u"Ann"_s << u"Order 1001\nX-Injected: yes"_s;
        QTest::addRow("subject NUL") << u"Ann"_s << QString(u"Order\u0000 1001"_s);
        QTest::addRow("name CRLF") << u"Ann\r\nBcc: victim@example.com"_s << u"Order 1001"_s;
        QTest::addRow("name and subject non-ASCII") << u"Søren\r\nCc: x@example.com"_s
                                                    << u"Ordre 1001 — forsinket\nCc: y@example.com"_s;
    }
    void mimeHeadersCannotBeInjected()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        bd::mail::MimeMessage m;
        m.from = {u"shop@example.com"_s, u"Shop"_s};
        m.to = {u"ann@example.com"_s, name};
        m.subject = subject;
        m.messageId = u"<1@example.com>"_s;
        m.bodyText = u"Hello"_s;
        m.bodyHtml = u"<p>Hello</p>"_s;
        const QByteArray message = bd::mail::mime::compose(m);
        const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
        QStringList names;
        for (const QByteArray& line : head.split('\n')) {
            QVERIFY2(!line.contains('\0'), head.constData());
            if (!line.startsWith(' ') && !line.startsWith('\t'))
                names << QString::fromLatin1(line.left(line.indexOf(':')));
        }
        QCOMPARE(names, (QStringList{u"Date"_s, u"Message-ID"_s, u"From"_s, u"To"_s, u"Subject"_s,
                                     u"MIME-Version"_s, u"Content-Type"_s, u"Auto-Submitted"_s}));
        const qsizetype at = head.indexOf("Subject: ") + 9;
        QByteArray value = head.mid(at, head.indexOf("\r\nMIME-Version") - at);
        QString expected = subject;
        for (QChar& c : expected) {
            if (c.unicode() < 0x20)
                c = u' ';
        }
        QCOMPARE(bd::mail::mime::decodeHeaderText(value), expected.trimmed());
    }
};

QTEST_GUILESS_MAIN(TestControlCharacters)
#include "TestControlCharacters.moc"
