// The printed cross-dock list as the packer holds it: a receipt long enough for several
// pages, SKUs long enough to have broken over lines. Written as a PDF and read back
// with pdftotext -layout: every SKU stands whole on one line, and every page has the
// header (shop, receipt reference and date, column headings, "Page N of M"). Both the
// list of a stored receipt (`report crossdock`) and the one the Receive dialog prints
// from its preview (ReportService::crossDockOf) are checked.
#include "ReportTestUtil.h"

#include "reports/ReportRenderer.h"
#include "reports/ReportService.h"

#include <QRegularExpression>
#include <QTest>

using namespace bd;
using bd::test::ShopFixture;

namespace {

const QStringList skus{QStringLiteral("TEE-RED-M"), QStringLiteral("TEE-ORGANIC-COTTON-HEAVYWEIGHT-RED-XXL")};
constexpr int ordersPerSku = 45;

QString orderNumber(int sku, int n)
{
    return QString::number(5000 + sku * 100 + n);
}

} // namespace

class TestCrossDockPrint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ShopFixture> m_shop;

    QList<services::ReceiveRequest> delivery() const
    {
        QList<services::ReceiveRequest> out;
        for (const QString& sku : skus)
            out << services::ReceiveRequest{sku, ordersPerSku + 3, QStringLiteral("DEL-LONG"), {}, {}, 0};
        return out;
    }

    // Page by page: the header, the column headings of the table on it, its number.
    void checkPages(const QStringList& pages, const QString& subtitle)
    {
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        for (qsizetype n = 0; n < pages.size(); ++n) {
            const QString page = test::squeezed(pages[n]);
            const QString where = QStringLiteral("page %1:\n%2").arg(n + 1).arg(page);
            QVERIFY2(page.contains(QStringLiteral("Tee Shop Aarhus")), qPrintable(where));
            QVERIFY2(page.contains(QStringLiteral("Cross-dock list")), qPrintable(where));
            QVERIFY2(page.contains(subtitle), qPrintable(where));
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(n + 1).arg(pages.size())), qPrintable(where));
            // The headings of the list of what goes straight to shipping, on one line.
            static const QRegularExpression headings(QStringLiteral("Order +SKU +Item +Qty"));
            const bool shipping = page.contains(headings);
            const bool putAway = page.contains(QRegularExpression(QStringLiteral("SKU +Item +Received")));
            QVERIFY2(shipping || putAway, qPrintable(where));
        }
    }

    // Each SKU on the pages stands whole: no line holds a piece of one.
    void checkWholeSkus(const QStringList& pages)
    {
        static const QRegularExpression token(QStringLiteral("TEE-[A-Z0-9-]*"));
        int whole[2] = {0, 0};
        for (const QString& page : pages) {
            for (const QString& line : page.split(QLatin1Char('\n'))) {
                for (auto it = token.globalMatch(line); it.hasNext();) {
                    const QString found = it.next().captured();
                    QVERIFY2(skus.contains(found), qPrintable(QStringLiteral("'%1' in: %2").arg(found, line)));
                    ++whole[skus.indexOf(found)];
                }
                // Nothing of the long SKU's tail on a line of its own.
                QVERIFY2(line.count(QStringLiteral("HEAVYWEIGHT")) == line.count(skus[1]), qPrintable(line));
            }
        }
        // One row per order served and one per item put away.
        QCOMPARE(whole[0], ordersPerSku + 1);
        QCOMPARE(whole[1], ordersPerSku + 1);
    }

    QStringList pdfPages(const reports::Report& report, const QString& name)
    {
        const QString file = m_shop->dir() + QLatin1Char('/') + name + QStringLiteral(".pdf");
        const core::Status written = reports::ReportRenderer(report).write(reports::OutputFormat::Pdf, file);
        if (!written.ok())
            qWarning("%s", qPrintable(written.errorText()));
        return test::pdfPages(file);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_shop = ShopFixture::create(test::utc(2026, 11, 1, 8), &error);
        QVERIFY2(m_shop, qPrintable(error));
        BD_VERIFY_OK(m_shop->shop().config().set(store::settings::ShopName, QStringLiteral("Tee Shop Aarhus")));
        BD_VERIFY_OK(m_shop->shop().config().set(store::settings::ShopLocale, QStringLiteral("en_GB")));
        BD_VERIFY_OK(test::addItem(*m_shop, skus[0], QStringLiteral("T-shirt, red, M"), domain::Policy::Backorder, 0, {},
                                   1999));
        BD_VERIFY_OK(test::addItem(*m_shop, skus[1], QStringLiteral("Heavyweight organic cotton T-shirt, red, XXL"),
                                   domain::Policy::Backorder, 0, {}, 2999));
        for (int s = 0; s < skus.size(); ++s) {
            for (int n = 0; n < ordersPerSku; ++n)
                BD_VERIFY_OK(test::placeOrder(*m_shop, orderNumber(s, n), QStringLiteral("Customer %1").arg(n),
                                              {{skus[s], 1}}, domain::PaymentState::Captured));
        }
        m_shop->clock().set(test::utc(2026, 11, 12, 9, 30));
    }

    void cleanup() { m_shop.reset(); }

    void storedReceiptPrintsWholeSkusAndAHeaderOnEveryPage()
    {
        BD_VERIFY_OK(services::StockService(m_shop->shop()).receive(delivery(), {}));
        reports::ReportService service(m_shop->shop().db(), m_shop->clock());
        reports::ReportParams params;
        params.receiptRef = QStringLiteral("DEL-LONG");
        auto report = service.build(reports::ReportKind::CrossDock, params);
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        const QStringList pages = pdfPages(report.value(), QStringLiteral("stored"));
        checkPages(pages, QStringLiteral("Receipt DEL-LONG, received 12/11/2026 09:30"));
        checkWholeSkus(pages);
    }

    // The list the Receive dialog prints before confirming: the same pages, from the
    // preview's rows, saying it is not received yet; nothing is saved.
    void previewPrintsTheSamePages()
    {
        services::ReceiveNotes notes;
        services::ReceiveOptions options;
        options.preview = true;
        options.notes = &notes;
        auto rows = services::StockService(m_shop->shop()).receive(delivery(), options);
        QVERIFY2(rows.ok(), qPrintable(rows.errorText()));
        reports::CrossDockInput input;
        input.reference = QStringLiteral("DEL-LONG");
        input.receivedAt = m_shop->clock().now();
        input.rows = rows.value();
        input.stillWaiting = notes.stillWaiting;
        input.itemNames = notes.itemNames;
        input.preview = true;
        input.footnotes << QStringLiteral("Passed over: nobody");
        reports::ReportService service(m_shop->shop().db(), m_shop->clock());
        auto report = service.crossDockOf(input);
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report->tables.first().rows.size(), 2 * ordersPerSku);
        // The ship-to comes from the order, as in the stored receipt's list.
        QCOMPARE(report->tables.first().rows.first().at(5).toString(), QStringLiteral("Customer 0"));
        QCOMPARE(report->tables.first().rows.first().at(6).toString(), QStringLiteral("0 Harbour Street, 8000 Aarhus"));
        const QStringList pages = pdfPages(report.value(), QStringLiteral("preview"));
        checkPages(pages, QStringLiteral("Receipt DEL-LONG, preview of 12/11/2026 09:30: not received yet"));
        checkWholeSkus(pages);
        QVERIFY(test::squeezed(pages.join(QString())).contains(QStringLiteral("Passed over: nobody")));
        // Nothing was received.
        reports::ReportParams params;
        params.receiptRef = QStringLiteral("DEL-LONG");
        QVERIFY(!service.build(reports::ReportKind::CrossDock, params).ok());
    }
};

QTEST_MAIN(TestCrossDockPrint)
#include "TestCrossDockPrint.moc"
