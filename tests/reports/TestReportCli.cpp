// `backorderdesk-cli report`, run in-process: each format written to a file, and the
// one-line errors (unknown report, bad date, unknown SKU, order or receipt) that
// leave no file behind.
#include "CliRun.h"
#include "ReportTestUtil.h"

#include <QFile>
#include <QTest>

using Run = bd::test::CliRun;

class TestReportCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<bd::test::ShopFixture> m_shop;
    QString m_db;

    Run cli(const QStringList& args)
    {
        return bd::test::runCliInProcess(
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), QStringLiteral("2026-12-15T10:00:00")}
            + args);
    }

    QString path(const QString& name) const { return m_shop->dir() + QLatin1Char('/') + name; }

private slots:
    void initTestCase()
    {
        QString error;
        m_shop = bd::test::ShopFixture::create(bd::test::utc(2026, 11, 1, 8), &error);
        QVERIFY2(m_shop, qPrintable(error));
        bd::test::buildFixture(*m_shop);
        m_db = m_shop->shop().db().path();
    }

    void writesEachFormat()
    {
        const Run pdf = cli({QStringLiteral("report"), QStringLiteral("backorders"), QStringLiteral("--format"),
                             QStringLiteral("pdf"), QStringLiteral("-o"), path(QStringLiteral("b.pdf"))});
        QVERIFY2(pdf.status == 0, qPrintable(pdf.err));
        const QString text = bd::test::squeezed(bd::test::pdfPages(path(QStringLiteral("b.pdf"))).join(QString()));
        QVERIFY2(text.contains(QStringLiteral("Total 2 items 5 3")), qPrintable(text));

        const Run csv = cli({QStringLiteral("report"), QStringLiteral("queue"), QStringLiteral("--sku"),
                             QStringLiteral("MUG-BLU"), QStringLiteral("-o"), path(QStringLiteral("q.csv"))});
        QVERIFY2(csv.status == 0, qPrintable(csv.err));
        QFile q(path(QStringLiteral("q.csv")));
        QVERIFY(q.open(QIODevice::ReadOnly));
        QVERIFY(q.readAll().startsWith("position,order_number,priority,customer,email,phone,qty,placed_at,promised_date,payment,"
                                       "purchase_order,stage\n"
                                       "1,1004,,Clara Dahl,"));

        const Run html = cli({QStringLiteral("report"), QStringLiteral("rate"), QStringLiteral("--format"),
                              QStringLiteral("html"), QStringLiteral("-o"), path(QStringLiteral("r.html")),
                              QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                              QStringLiteral("2026-12-15"), QStringLiteral("--by"), QStringLiteral("month")});
        QVERIFY2(html.status == 0, qPrintable(html.err));
        QFile r(path(QStringLiteral("r.html")));
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QByteArray page = r.readAll();
        QVERIFY(page.contains("<td>2026-11</td>"));
        QVERIFY(page.contains("data:image/png;base64,"));

        const Run screen = cli({QStringLiteral("report"), QStringLiteral("crossdock"), QStringLiteral("--ref"),
                                QStringLiteral("DEL-1"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(screen.status == 0, qPrintable(screen.err));
        QVERIFY(screen.out.contains(QStringLiteral("1001,MUG-RED,\"Mug, red\",1,,<b>x</b>,")));
    }

    void errorsAreOneLineAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        using L = QStringList;
        QTest::addRow("unknown report") << L{QStringLiteral("stock")}
                                        << QStringLiteral("report: unknown report 'stock'; reports are: backorders, aging, "
                                                          "queue, crossdock, packing, cancellations, demand, payment-risk, rate");
        QTest::addRow("bad date") << L{QStringLiteral("demand"), QStringLiteral("--from"), QStringLiteral("2026-13-01")}
                                  << QStringLiteral("report: --from: '2026-13-01' is not a date such as 2026-11-30 (YYYY-MM-DD)");
        QTest::addRow("bad to date") << L{QStringLiteral("rate"), QStringLiteral("--to"), QStringLiteral("1/12/2026")}
                                     << QStringLiteral("report: --to: '1/12/2026' is not a date such as 2026-11-30 (YYYY-MM-DD)");
        QTest::addRow("period backwards") << L{QStringLiteral("rate"), QStringLiteral("--from"), QStringLiteral("2026-12-02"),
                                               QStringLiteral("--to"), QStringLiteral("2026-12-01")}
                                          << QStringLiteral("report: --to: the period ends (2026-12-01) before it starts (2026-12-02)");
        QTest::addRow("unknown sku") << L{QStringLiteral("queue"), QStringLiteral("--sku"), QStringLiteral("NOPE")}
                                     << QStringLiteral("report: --sku: unknown SKU 'NOPE'");
        QTest::addRow("queue needs sku") << L{QStringLiteral("queue")} << QStringLiteral("report: the queue report needs --sku SKU");
        QTest::addRow("unknown order") << L{QStringLiteral("packing"), QStringLiteral("--order"), QStringLiteral("999")}
                                       << QStringLiteral("report: --order: unknown order '999'");
        QTest::addRow("unknown receipt") << L{QStringLiteral("crossdock"), QStringLiteral("--ref"), QStringLiteral("DEL-9")}
                                         << QStringLiteral("report: --ref: unknown receipt reference 'DEL-9'");
        QTest::addRow("option not taken") << L{QStringLiteral("aging"), QStringLiteral("--order"), QStringLiteral("1001")}
                                          << QStringLiteral("report: the aging report does not take --order");
        QTest::addRow("bad format") << L{QStringLiteral("aging"), QStringLiteral("--format"), QStringLiteral("docx")}
                                    << QStringLiteral("report: --format: 'docx' is not one of pdf, csv, html");
    }

    void errorsAreOneLineAndWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString file = path(QStringLiteral("never.pdf"));
        const bool hasFormat = args.contains(QStringLiteral("--format"));
        const Run run = cli(QStringList{QStringLiteral("report")} + args
                            + (hasFormat ? QStringList{QStringLiteral("-o"), file}
                                         : QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), file}));
        QVERIFY(run.status != 0);
        QCOMPARE(run.err, message + QLatin1Char('\n'));
        QVERIFY(!QFile::exists(file));
    }

    void helpListsTheReports()
    {
        const Run help = cli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains(QStringLiteral("payment-risk")));
        QVERIFY(help.out.contains(QStringLiteral("--from")));
    }
};

QTEST_MAIN(TestReportCli)
#include "TestReportCli.moc"
