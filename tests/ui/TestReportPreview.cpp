// The report window parts on the offscreen platform: the dialog builds a report in a
// worker thread (progress, errors), the preview shows its pages and saves it.
#include "AppContext.h"
#include "reports/ReportDialog.h"
#include "reports/ReportPreview.h"
#include "reports/ReportService.h"

#include "../reports/ReportTestUtil.h"

#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

using namespace bd;

class TestReportPreview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ShopFixture> m_shop;
    std::unique_ptr<ui::AppContext> m_context;

private slots:
    void initTestCase()
    {
        QString error;
        m_shop = test::ShopFixture::create(test::utc(2026, 11, 1, 8), &error);
        QVERIFY2(m_shop, qPrintable(error));
        test::buildFixture(*m_shop);
        m_context = std::make_unique<ui::AppContext>(std::make_unique<core::FixedClock>(test::reportTime()));
        BD_VERIFY_OK(m_context->openDatabase(m_shop->shop().db().path()));
    }

    void dialogBuildsInTheBackground()
    {
        ui::ReportDialog dialog(*m_context);
        dialog.setOpensPreview(false);
        dialog.setKind(reports::ReportKind::Backorders);
        QSignalSpy ready(&dialog, &ui::ReportDialog::reportReady);
        dialog.build();
        QVERIFY(dialog.isBuilding());
        QVERIFY(ready.wait(20000));
        QVERIFY(!dialog.isBuilding());
        const auto report = ready.constFirst().constFirst().value<reports::Report>();
        QCOMPARE(report.name, QStringLiteral("backorders"));
        QCOMPARE(report.tables.constFirst().rows.size(), 2);
    }

    void dialogSaysWhatIsWrong()
    {
        ui::ReportDialog dialog(*m_context);
        dialog.setOpensPreview(false);
        dialog.setKind(reports::ReportKind::Queue);
        dialog.build(); // no SKU yet: nothing starts
        QVERIFY(!dialog.isBuilding());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("reportStatus"))->text().contains(QStringLiteral("SKU")));
        dialog.findChild<QLineEdit*>(QStringLiteral("reportSku"))->setText(QStringLiteral("NOPE"));
        QSignalSpy failed(&dialog, &ui::ReportDialog::buildFailed);
        dialog.build();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.constFirst().constFirst().toString(), QStringLiteral("sku: unknown SKU 'NOPE'"));
    }

    void dialogShowsOnlyTheFieldsTheReportReads()
    {
        ui::ReportDialog dialog(*m_context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* sku = dialog.findChild<QLineEdit*>(QStringLiteral("reportSku"));
        auto* order = dialog.findChild<QLineEdit*>(QStringLiteral("reportOrder"));
        auto* receipt = dialog.findChild<QLineEdit*>(QStringLiteral("reportReceipt"));
        dialog.setKind(reports::ReportKind::Queue);
        QVERIFY(sku->isVisible());
        QVERIFY(!order->isVisible());
        QVERIFY(!receipt->isVisible());
        dialog.setKind(reports::ReportKind::Packing);
        QVERIFY(!sku->isVisible());
        QVERIFY(order->isVisible());
        dialog.setKind(reports::ReportKind::CrossDock);
        QVERIFY(receipt->isVisible());
        QVERIFY(!order->isVisible());
    }

    void previewFitsASmallScreen()
    {
        reports::ReportService service(m_shop->shop().db(), m_shop->clock());
        auto report = service.build(reports::ReportKind::Backorders, {});
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        ui::ReportPreview preview(report.value());
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        QVERIFY(preview.height() <= screen.height());
        QVERIFY(preview.width() <= screen.width());
    }

    void previewShowsPagesAndSaves()
    {
        reports::ReportService service(m_shop->shop().db(), m_shop->clock());
        reports::ReportParams p;
        p.from = QDate(2026, 11, 1);
        p.to = QDate(2026, 12, 15);
        auto report = service.build(reports::ReportKind::Rate, p);
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        ui::ReportPreview preview(report.value());
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QCOMPARE(preview.pageCount(), 1);
        for (const auto format : {reports::OutputFormat::Pdf, reports::OutputFormat::Csv, reports::OutputFormat::Html}) {
            const QString file = m_shop->dir() + QStringLiteral("/saved.") + reports::ReportRenderer::extension(format);
            BD_VERIFY_OK(preview.saveAs(format, file));
            QVERIFY(QFile(file).size() > 100);
        }
        QVERIFY(test::squeezed(test::pdfPages(m_shop->dir() + QStringLiteral("/saved.pdf")).join(QString()))
                    .contains(QStringLiteral("Total 9 18 13 72.2% 2 10.2")));
    }
};

QTEST_MAIN(TestReportPreview)
#include "TestReportPreview.moc"
