// The reports on a fixture shop: each report as CSV (against golden files), PDF (read
// back with pdftotext and pdfinfo) and HTML; a queue of 10,000 waiting lines; names
// that look like markup or formulas; progress and cancelling.
//
// BD_UPDATE_GOLDEN=1 rewrites tests/fixtures/reports/*.csv from what the reports make.
#include "ReportTestUtil.h"

#include "csv/Importer.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace bd;
using bd::reports::ReportKind;
using bd::test::ShopFixture;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

reports::ReportParams paramsFor(ReportKind kind)
{
    reports::ReportParams p;
    if (kind == ReportKind::Queue)
        p.sku = QStringLiteral("MUG-BLU");
    if (kind == ReportKind::CrossDock)
        p.receiptRef = QStringLiteral("DEL-1");
    if (kind == ReportKind::Cancellations || kind == ReportKind::Demand || kind == ReportKind::Rate) {
        p.from = QDate(2026, 11, 1);
        p.to = QDate(2026, 12, 15);
    }
    return p;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ShopFixture> m_shop;

    reports::Report build(ReportKind kind, const reports::ReportParams& params)
    {
        reports::ReportService service(m_shop->shop().db(), m_shop->clock());
        auto report = service.build(kind, params);
        if (!report)
            qWarning("%s", qPrintable(report.errorText()));
        return report.ok() ? report.takeValue() : reports::Report{};
    }

    QString pdfText(const reports::Report& report, const QString& name, int* pages = nullptr)
    {
        const QString file = m_shop->dir() + QLatin1Char('/') + name + QStringLiteral(".pdf");
        const core::Status written = reports::ReportRenderer(report).write(reports::OutputFormat::Pdf, file);
        if (!written.ok())
            return written.errorText();
        const QStringList text = test::pdfPages(file);
        if (pages)
            *pages = int(text.size());
        return test::squeezed(text.join(QLatin1Char('\f')));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_shop = ShopFixture::create(test::utc(2026, 11, 1, 8), &error);
        QVERIFY2(m_shop, qPrintable(error));
        test::buildFixture(*m_shop);
    }

    void csvMatchesGoldenFile_data()
    {
        QTest::addColumn<int>("kind");
        for (const reports::ReportSpec& s : reports::ReportService::specs())
            QTest::addRow("%s", qPrintable(s.name)) << int(s.kind);
    }

    void csvMatchesGoldenFile()
    {
        QFETCH(int, kind);
        const auto k = ReportKind(kind);
        const reports::Report report = build(k, paramsFor(k));
        QVERIFY(!report.tables.isEmpty());
        const QByteArray csv = reports::ReportRenderer(report).csv();
        const QString golden = QStringLiteral(BD_FIXTURES_DIR "/reports/%1.csv").arg(report.name);
        if (qEnvironmentVariableIsSet("BD_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(csv);
            QSKIP("golden file rewritten");
        }
        QCOMPARE(QString::fromUtf8(csv), QString::fromUtf8(readFile(golden)));
    }

    void csvNeutralisesFormulas()
    {
        const QByteArray csv = reports::ReportRenderer(build(ReportKind::Queue, paramsFor(ReportKind::Queue))).csv();
        QVERIFY2(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","), csv.constData());
        reports::Report report;
        report.tables << reports::ReportTable{};
        report.tables[0].columns = {{QStringLiteral("customer"), QStringLiteral("Customer"), reports::Column::Type::Text}};
        report.tables[0].rows = {{QStringLiteral("=1+2")}, {QStringLiteral("@SUM(A1)")}, {QStringLiteral("-5")},
                                 {QStringLiteral("+45 1234")}, {QStringLiteral("\tx")}};
        QCOMPARE(reports::ReportRenderer(report).csv(), QByteArray("customer\n'=1+2\n'@SUM(A1)\n-5\n'+45 1234\n'\tx\n"));
    }

    void pdfShowsTheKeyFigures_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("expected");
        using L = QStringList;
        QTest::addRow("backorders") << int(ReportKind::Backorders)
                                    << L{QStringLiteral("Backorders"), QStringLiteral("Value of waiting units"),
                                         QStringLiteral("MUG-BLU Mug, blue 3 2 €37.50 05/11/2026 40 0 3"),
                                         QStringLiteral("MUG-RED Mug, red 2 1 €25.00 03/12/2026 12 10/11/2026 2 0"),
                                         QStringLiteral("Total 2 items 5 3 €62.50 05/11/2026 40 2 3")};
        QTest::addRow("aging") << int(ReportKind::Aging)
                               << L{QStringLiteral("Backorder aging"), QStringLiteral("8–14 days 1 2 33.3%"),
                                    QStringLiteral("over 60 days 0 0 0.0%"), QStringLiteral("Total 3 5 100.0%"),
                                    QStringLiteral("Waiting lines by days waited")};
        QTest::addRow("queue") << int(ReportKind::Queue)
                               << L{QStringLiteral("MUG-BLU — Mug, blue"), QStringLiteral("1 1004 Clara Dahl"),
                                    QStringLiteral("2 1006 =HYPERLINK(\"x\")"), QStringLiteral("Total 2 lines 3")};
        QTest::addRow("crossdock") << int(ReportKind::CrossDock)
                                   << L{QStringLiteral("Receipt DEL-1, received 10/11/2026 08:00"),
                                        QStringLiteral("1001 MUG-RED Mug, red 1 <b>x</b> 1 Harbour Street, 8000 Aarhus"),
                                        QStringLiteral("1002 MUG-RED Mug, red 2 Bo Berg"),
                                        QStringLiteral("MUG-RED Mug, red 4 4 0")};
        QTest::addRow("packing") << int(ReportKind::Packing)
                                 << L{QStringLiteral("Packing slip — order 1005"), QStringLiteral("Ship to: Søren Åse"),
                                      QStringLiteral("MUG-RED Mug, red 1 0 1 0"),
                                      QStringLiteral("This parcel completes your order")};
        QTest::addRow("cancellations") << int(ReportKind::Cancellations)
                                       << L{QStringLiteral("13 4 30.8% 1"),
                                            QStringLiteral("15–30 days 1 4 100.0% 30.8%"),
                                            QStringLiteral("waited too long 1 4 100.0% 30.8%"),
                                            QStringLiteral("01/11/2026 – 15/12/2026")};
        QTest::addRow("demand") << int(ReportKind::Demand)
                                << L{QStringLiteral("Color Blue 1 7 7 3 100.0%"), QStringLiteral("Size M 2 15 13 5 86.7%"),
                                     QStringLiteral("MUG-BLU Mug, blue 7 7 3 100.0%")};
        QTest::addRow("payment-risk") << int(ReportKind::PaymentRisk)
                                      << L{QStringLiteral("Payments that lapse first"),
                                           QStringLiteral("1006 1006@example.com authorized authorization has lapsed; the "
                                                          "date is not known yet 27/11/2026"),
                                           QStringLiteral("1005 1005@example.com verified allocated, payment not captured")};
        QTest::addRow("rate") << int(ReportKind::Rate)
                              << L{QStringLiteral("Backorder rate (units that had to wait / units ordered)"),
                                   QStringLiteral("Backorder rate and fill time"), QStringLiteral("18 13 72.2% 10.2"),
                                   QStringLiteral("Total 9 18 13 72.2% 2 10.2")};
    }

    void pdfShowsTheKeyFigures()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        const auto k = ReportKind(kind);
        const reports::Report report = build(k, paramsFor(k));
        int pages = 0;
        const QString text = pdfText(report, report.name, &pages);
        QVERIFY2(pages >= 1, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Fjord & Co <Test>")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Generated 15/12/2026 10:00")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page 1 of %1").arg(pages)), qPrintable(text));
        for (const QString& e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(e, text)));
    }

    void everyReportAsHtml()
    {
        for (const reports::ReportSpec& s : reports::ReportService::specs()) {
            const reports::Report report = build(s.kind, paramsFor(s.kind));
            const QString html = reports::ReportRenderer(report).html();
            QVERIFY2(html.startsWith(QStringLiteral("<!DOCTYPE html>")), qPrintable(s.name));
            QVERIFY2(html.contains(QStringLiteral("Fjord &amp; Co &lt;Test&gt;")), qPrintable(s.name));
            QVERIFY2(!html.contains(QStringLiteral("<Test>")), qPrintable(s.name));
            QVERIFY2(html.contains(QStringLiteral("<thead>")) || html.contains(QStringLiteral("class=\"empty\"")), qPrintable(s.name));
        }
        const QString rate = reports::ReportRenderer(build(ReportKind::Rate, paramsFor(ReportKind::Rate))).html();
        QVERIFY(rate.contains(QStringLiteral("<img alt=\"Backorder rate")));
        QVERIFY(rate.contains(QStringLiteral("data:image/png;base64,")));
    }

    void markupInNamesStaysText()
    {
        const reports::Report report = build(ReportKind::CrossDock, paramsFor(ReportKind::CrossDock));
        const QString html = reports::ReportRenderer(report).html();
        QVERIFY(html.contains(QStringLiteral("<td>&lt;b&gt;x&lt;/b&gt;</td>")));
        QVERIFY(!html.contains(QStringLiteral("<b>x</b>")));
        QVERIFY(pdfText(report, QStringLiteral("markup")).contains(QStringLiteral("<b>x</b>")));
    }

    void datesMoneyAndPaperFollowTheShopLocale()
    {
        auto& config = m_shop->shop().config();
        BD_VERIFY_OK(config.set(store::settings::ShopLocale, QStringLiteral("en_US")));
        BD_VERIFY_OK(config.set(store::settings::ShopCurrency, QStringLiteral("USD")));
        const reports::Report us = build(ReportKind::Backorders, {});
        const QString file = m_shop->dir() + QStringLiteral("/us.pdf");
        BD_VERIFY_OK(reports::ReportRenderer(us).write(reports::OutputFormat::Pdf, file));
        QVERIFY2(test::pdfInfo(file, QStringLiteral("Page size")).contains(QStringLiteral("letter")),
                 qPrintable(test::pdfInfo(file, QStringLiteral("Page size"))));
        const QString usText = test::squeezed(test::pdfPages(file).join(QString()));
        QVERIFY2(usText.contains(QStringLiteral("$37.50 11/5/26")), qPrintable(usText));

        BD_VERIFY_OK(config.set(store::settings::ShopLocale, QStringLiteral("da_DK")));
        BD_VERIFY_OK(config.set(store::settings::ShopCurrency, QStringLiteral("DKK")));
        const reports::Report dk = build(ReportKind::Backorders, {});
        BD_VERIFY_OK(reports::ReportRenderer(dk).write(reports::OutputFormat::Pdf, file));
        QVERIFY(test::pdfInfo(file, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
        const QString dkText = test::squeezed(test::pdfPages(file).join(QString()));
        QVERIFY2(dkText.contains(QStringLiteral("37,50 kr. 05.11.2026")), qPrintable(dkText));
        // CSV stays plain whatever the locale.
        QVERIFY(reports::ReportRenderer(dk).csv().contains("MUG-BLU,\"Mug, blue\",3,2,37.50,2026-11-05,"));

        BD_VERIFY_OK(config.set(store::settings::ShopLocale, QStringLiteral("en_GB")));
        BD_VERIFY_OK(config.set(store::settings::ShopCurrency, QStringLiteral("EUR")));
    }

    // A shop's amounts are its currency's minor units: ¥ has none, KWD three. The
    // PDF and the HTML show them so, the CSV writes them plainly with those decimals.
    void moneyInTheCurrencysOwnUnits_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QByteArray>("plain");
        QTest::addRow("JPY") << QStringLiteral("JPY") << qint64(1500) << QStringLiteral("\u00A53,000")
                             << QByteArray(",3000,");
        QTest::addRow("KWD") << QStringLiteral("KWD") << qint64(12500) << QStringLiteral("25.000")
                             << QByteArray(",25.000,");
    }

    void moneyInTheCurrencysOwnUnits()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, price);
        QFETCH(QString, shown);
        QFETCH(QByteArray, plain);
        QString error;
        auto shop = ShopFixture::create(test::utc(2026, 11, 1, 8), &error);
        QVERIFY2(shop, qPrintable(error));
        BD_VERIFY_OK(shop->shop().config().set(store::settings::ShopLocale, QStringLiteral("en_GB")));
        BD_VERIFY_OK(shop->shop().config().set(store::settings::ShopCurrency, currency));
        BD_VERIFY_OK(shop->addItem(QStringLiteral("TEA"), domain::Policy::Backorder, 0, {}, {}, {}, price));
        BD_VERIFY_OK(shop->place(QStringLiteral("2001"), {{QStringLiteral("TEA"), 2}}));
        reports::ReportService service(shop->shop().db(), shop->clock());
        auto report = service.build(ReportKind::Backorders, {});
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        const QString file = shop->dir() + QStringLiteral("/money.pdf");
        BD_VERIFY_OK(reports::ReportRenderer(report.value()).write(reports::OutputFormat::Pdf, file));
        const QString text = test::squeezed(test::pdfPages(file).join(QString()));
        QVERIFY2(text.contains(shown), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("30.00")) && !text.contains(QStringLiteral("250.00")), qPrintable(text));
        const QString html = reports::ReportRenderer(report.value()).html();
        QVERIFY2(html.contains(shown), qPrintable(html));
        if (currency == QLatin1String("KWD"))
            QVERIFY2(html.contains(QStringLiteral("KWD\u00A025.000")), qPrintable(html));
        const QByteArray csv = reports::ReportRenderer(report.value()).csv();
        const QByteArray row = QByteArray("TEA,Item TEA,2,1").append(plain);
        QVERIFY2(csv.contains(row), csv.constData());
    }

    // The printed cross-dock list names each item, says when the receipt came in (in the
    // shop's locale) and marks the lines it fills only partly with what is still to come.
    void crossDockMarksPartialFills()
    {
        QString error;
        auto shop = ShopFixture::create(test::utc(2026, 11, 1, 8), &error);
        QVERIFY2(shop, qPrintable(error));
        BD_VERIFY_OK(shop->shop().config().set(store::settings::ShopLocale, QStringLiteral("en_GB")));
        BD_VERIFY_OK(test::addItem(*shop, QStringLiteral("BOWL-L"), QStringLiteral("Bowl, large"), domain::Policy::Backorder,
                                   0, {}, 2450));
        BD_VERIFY_OK(test::placeOrder(*shop, QStringLiteral("2001"), QStringLiteral("Ada Holm"),
                                      {{QStringLiteral("BOWL-L"), 2}}, domain::PaymentState::Captured));
        BD_VERIFY_OK(test::placeOrder(*shop, QStringLiteral("2002"), QStringLiteral("Bo Berg"),
                                      {{QStringLiteral("BOWL-L"), 5}}, domain::PaymentState::Captured));
        BD_VERIFY_OK(test::placeOrder(*shop, QStringLiteral("2003"), QStringLiteral("Cy Dahl"),
                                      {{QStringLiteral("BOWL-L"), 1}}, domain::PaymentState::Captured));
        shop->clock().set(test::utc(2026, 11, 12, 9, 30));
        // 4 bowls: 2001's two (complete), two of 2002's five (3 still to come), none for 2003.
        const services::ReceiveRequest request{QStringLiteral("BOWL-L"), 4, QStringLiteral("DEL-P"), {}, {}, 0};
        BD_VERIFY_OK(services::StockService(shop->shop()).receive({request}, {}));
        shop->clock().set(test::utc(2026, 11, 20, 9));
        // A later receipt finishes 2002: the list of DEL-P still says what it was then.
        const services::ReceiveRequest later{QStringLiteral("BOWL-L"), 3, QStringLiteral("DEL-Q"), {}, {}, 0};
        BD_VERIFY_OK(services::StockService(shop->shop()).receive({later}, {}));

        reports::ReportService service(shop->shop().db(), shop->clock());
        reports::ReportParams p;
        p.receiptRef = QStringLiteral("DEL-P");
        auto report = service.build(ReportKind::CrossDock, p);
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        const QString file = shop->dir() + QStringLiteral("/crossdock-partial.pdf");
        BD_VERIFY_OK(reports::ReportRenderer(report.value()).write(reports::OutputFormat::Pdf, file));
        const QString text = test::squeezed(test::pdfPages(file).join(QString()));
        for (const QString& expected :
             {QStringLiteral("Receipt DEL-P, received 12/11/2026 09:30"), QStringLiteral("Still to come"),
              QStringLiteral("2001 BOWL-L Bowl, large 2 Ada Holm"), QStringLiteral("2002 BOWL-L Bowl, large 2 3 Bo Berg"),
              QStringLiteral("1 partial fill: a number under Still to come")})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(expected, text)));
        QVERIFY2(!text.contains(QStringLiteral("2003")), qPrintable(text));
        QVERIFY(reports::ReportRenderer(report.value()).csv().contains("2002,BOWL-L,\"Bowl, large\",2,3,Bo Berg,"));

        p.receiptRef = QStringLiteral("DEL-Q");
        auto completing = service.build(ReportKind::CrossDock, p);
        QVERIFY2(completing.ok(), qPrintable(completing.errorText()));
        BD_VERIFY_OK(reports::ReportRenderer(completing.value()).write(reports::OutputFormat::Pdf, file));
        const QString rest = test::squeezed(test::pdfPages(file).join(QString()));
        QVERIFY2(rest.contains(QStringLiteral("2002 BOWL-L Bowl, large 3 Bo Berg")), qPrintable(rest));
        QVERIFY2(!rest.contains(QStringLiteral("partial fill:")), qPrintable(rest));

        // In a Danish shop the receipt's date reads the Danish way.
        BD_VERIFY_OK(shop->shop().config().set(store::settings::ShopLocale, QStringLiteral("da_DK")));
        p.receiptRef = QStringLiteral("DEL-P");
        auto danish = service.build(ReportKind::CrossDock, p);
        QVERIFY2(danish.ok(), qPrintable(danish.errorText()));
        BD_VERIFY_OK(reports::ReportRenderer(danish.value()).write(reports::OutputFormat::Pdf, file));
        const QString dk = test::squeezed(test::pdfPages(file).join(QString()));
        QVERIFY2(dk.contains(QStringLiteral("12.11.2026")), qPrintable(dk));
    }

    void unknownReferencesAreRefused()
    {
        reports::ReportService service(m_shop->shop().db(), m_shop->clock());
        reports::ReportParams p;
        p.sku = QStringLiteral("NOPE");
        auto queue = service.build(ReportKind::Queue, p);
        QVERIFY(!queue.ok());
        QCOMPARE(queue.errors().constFirst().field, QStringLiteral("sku"));
        QCOMPARE(queue.errors().constFirst().message, QStringLiteral("unknown SKU 'NOPE'"));
        p = {};
        p.orderNumber = QStringLiteral("999");
        QCOMPARE(service.build(ReportKind::Packing, p).errorText(), QStringLiteral("order: unknown order '999'"));
        p = {};
        p.receiptRef = QStringLiteral("DEL-9");
        QCOMPARE(service.build(ReportKind::CrossDock, p).errorText(),
                 QStringLiteral("ref: unknown receipt reference 'DEL-9'"));
        p = {};
        p.from = QDate(2026, 12, 2);
        p.to = QDate(2026, 12, 1);
        QVERIFY(!service.build(ReportKind::Rate, p).ok());
    }

    void packingSlipOfAShippedOrder()
    {
        reports::ReportParams p;
        p.orderNumber = QStringLiteral("1004");
        const reports::Report report = build(ReportKind::Packing, p);
        QCOMPARE(report.tables.size(), 1);
        const QString text = pdfText(report, QStringLiteral("slip1004"));
        QVERIFY2(text.contains(QStringLiteral("CAP-BLK Cap, black 2 0 2 0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("MUG-BLU Mug, blue 2 0 0 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the rest (2 units) follows at no extra shipping cost")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("tracking TRK3")), qPrintable(text));
    }

    void progressAndCancel()
    {
        reports::ReportService service(m_shop->shop().db(), m_shop->clock());
        QList<int> steps;
        auto done = service.build(ReportKind::Demand, paramsFor(ReportKind::Demand),
                                  [&](int percent, const QString&) { steps << percent; });
        QVERIFY(done.ok());
        QCOMPARE(steps.constFirst(), 0);
        QCOMPARE(steps.constLast(), 100);
        std::atomic<bool> cancel{true};
        auto stopped = service.build(ReportKind::Demand, paramsFor(ReportKind::Demand), {}, &cancel);
        QCOMPARE(stopped.errorText(), QStringLiteral("cancelled"));
    }

    // 10,000 customers wait for one SKU: every page repeats the header and the table
    // header, the rows run on without a gap, and the page count is what the rows need.
    void queueOfTenThousandLines()
    {
        QString error;
        auto big = ShopFixture::create(test::utc(2026, 11, 1, 8), &error);
        QVERIFY2(big, qPrintable(error));
        BD_VERIFY_OK(test::addItem(*big, QStringLiteral("HOT-1"), QStringLiteral("The jumper"), domain::Policy::Backorder,
                                   0, QStringLiteral("Color=Red"), 5000));
        QByteArray csv = "order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,card_last4,"
                         "card_expiry\n";
        const int count = 10000;
        for (int i = 1; i <= count; ++i)
            csv += QStringLiteral("%1,2026-11-01T%2:%3:00,c%1@example.com,Customer %1,HOT-1,1,50.00,captured,,\n")
                       .arg(100000 + i)
                       .arg(8 + i / 3600, 2, 10, QLatin1Char('0'))
                       .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                       .toUtf8();
        const QString orders = big->dir() + QStringLiteral("/orders.csv");
        QFile f(orders);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        auto imported = csv::Importer(big->shop()).import(csv::Importer::Kind::Orders, orders, false);
        QVERIFY2(imported.ok(), qPrintable(imported.errorText()));

        QElapsedTimer timer;
        timer.start();
        reports::ReportService service(big->shop().db(), big->clock());
        reports::ReportParams p;
        p.sku = QStringLiteral("HOT-1");
        auto report = service.build(ReportKind::Queue, p);
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report->tables.constFirst().rows.size(), count);
        const qint64 built = timer.restart();
        const QString file = big->dir() + QStringLiteral("/queue.pdf");
        const reports::ReportRenderer renderer(report.value());
        BD_VERIFY_OK(renderer.write(reports::OutputFormat::Pdf, file));
        qInfo("queue of %d lines: data %lld ms, PDF %lld ms", count, built, timer.elapsed());

        const int pages = test::pdfInfo(file, QStringLiteral("Pages")).toInt();
        QCOMPARE(pages, renderer.pageCount(renderer.pageLayout()));
        const QStringList text = test::pdfPages(file);
        QCOMPARE(int(text.size()), pages);
        // A row starts with its position (grouped in thousands: 1,234) and the order number.
        static const QRegularExpression row(QStringLiteral("^\\s*([\\d,]+)\\s+(1\\d{5})\\s"), QRegularExpression::MultilineOption);
        QList<int> perPage;
        int next = 1;
        for (int n = 0; n < pages; ++n) {
            const QString page = test::squeezed(text[n]);
            QVERIFY2(page.contains(QStringLiteral("# Order Front Customer E-mail Phone Qty Placed Promised Payment")),
                     qPrintable(QStringLiteral("page %1 has no table header").arg(n + 1)));
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(n + 1).arg(pages)), qPrintable(page.left(400)));
            QVERIFY(page.contains(QStringLiteral("My Shop")));
            int rows = 0;
            auto it = row.globalMatch(text[n]);
            while (it.hasNext()) {
                const auto m = it.next();
                QCOMPARE(m.captured(1).remove(QLatin1Char(',')).toInt(), next); // positions run on, none lost or repeated
                QCOMPARE(m.captured(2).toInt(), 100000 + next);
                ++next;
                ++rows;
            }
            perPage << rows;
        }
        QCOMPARE(next - 1, count);
        // Every full page holds the same number of rows; the first fewer (the key figures).
        const int full = perPage.value(1);
        QVERIFY(full > 20);
        for (int n = 1; n + 1 < pages; ++n)
            QCOMPARE(perPage[n], full);
        const int expectedPages = 1 + (count - perPage.constFirst() + full - 1) / full;
        QVERIFY2(pages == expectedPages || pages == expectedPages + 1, // + the totals row's page
                 qPrintable(QStringLiteral("%1 pages, %2 rows on the first, %3 on the others").arg(pages).arg(perPage.constFirst()).arg(full)));
    }
};

QTEST_MAIN(TestReports)
#include "TestReports.moc"
