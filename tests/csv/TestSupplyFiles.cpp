// Files about the supply chain and what the follow-ups sell: a forwarder's status file
// (`import po-stages`) tells exactly the customers each purchase order serves, all or
// nothing, and names the line and field of every problem; the native items file's
// `related` column goes in and out; the availability feed's line for customers names
// where the next delivery is. On a fresh shop per test, on both engines; after every
// test the shop passes `check`.

#include "SupplyShop.h"

#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "mail/Outbox.h"
#include "services/InsightService.h"
#include "services/MerchandisingService.h"
#include "services/PurchasingService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::test::ShopFixture;
using bd::test::must;
using bd::test::utc;
using Kind = csv::Importer::Kind;

class TestSupplyFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void stagesFileTellsThePoCustomers();
    void stagesAlreadyRecordedAreSkipped();
    void stagesFileWithANewExpectedDateSendsTheDelayOnly();
    void badStagesFileChangesNothing_data();
    void badStagesFileChangesNothing();
    void dryRunOfStagesChangesNothing();
    void relatedColumnGoesInAndOut();
    void badRelatedColumnChangesNothing();
    void feedNamesTheNextDeliverysStage();

private:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_f->dir() + u'/' + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }
    core::Result<csv::Importer::Report> import(Kind kind, const QString& name, const QByteArray& bytes,
                                               bool dryRun = false)
    {
        return csv::Importer(m_f->shop()).import(kind, write(name, bytes), dryRun);
    }
    QStringList stockUpdates() { return bd::test::stockUpdates(m_f->shop()); }
    // Every problem as FILE:LINE: field: message, with the file's name alone.
    QString problems(const core::Errors& errors) const
    {
        QStringList said;
        for (const core::Error& e : errors)
            said << e.toString().replace(m_f->dir() + u'/', QString());
        return said.join(u'\n');
    }
    int countOf(const QString& kind)
    {
        int n = 0;
        for (const store::OutboxRow& r : must(MailService(m_f->shop()).messages({})))
            n += r.kind == kind ? 1 : 0;
        return n;
    }
    // "stage date" of each stage of a purchase order, oldest first.
    QStringList timeline(const QString& po)
    {
        QStringList out;
        for (const store::PoStage& s : must(PurchasingService(m_f->shop()).timeline(po)))
            out << s.stage + u' ' + core::toIso(s.date);
        return out;
    }
    int stageRows()
    {
        QSqlQuery q(m_f->shop().db().connection());
        if (!q.exec(u"SELECT COUNT(*) FROM purchase_order_stages"_s) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    // The feed's line for customers of one SKU.
    QString feedMessage(const QString& sku, const QString& format = u"native"_s)
    {
        csv::Exporter::Options options;
        options.format = format;
        const QByteArray feed = must(csv::Exporter(m_f->shop()).exportCsv(csv::Exporter::Kind::Availability, options));
        for (const QByteArray& line : feed.split('\n')) {
            if (line.contains(sku.toUtf8()))
                return QString::fromUtf8(line);
        }
        return u"<no line for "_s + sku + u'>';
    }
    void fiveWaitingOrders() { bd::test::fiveWaitingOrders(*m_f); }

    std::unique_ptr<ShopFixture> m_f;
};

void TestSupplyFiles::init()
{
    bd::test::openSupplyShop(m_f);
}

void TestSupplyFiles::cleanup()
{
    bd::test::checkAndClose(m_f);
}

void TestSupplyFiles::stagesFileTellsThePoCustomers()
{
    fiveWaitingOrders();
    // As a forwarder writes it: labels in any case, not in date order.
    const auto report = import(Kind::PoStages, u"status.csv"_s,
                               "po_number,stage,date,note,expected_date\n"
                               "PO-1,In transit,2026-11-20,on the MSC Oscar,\n"
                               "PO-1,shipped by supplier,2026-11-15,,\n"
                               "PO-2,IN_PRODUCTION,2026-11-10,,\n");
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->records, 3);
    QCOMPARE(report->ordersTold, 4);
    QCOMPARE(report->recognised(), u"status.csv: purchase order stages file, 3 stage(s)"_s);
    QCOMPARE(timeline(u"PO-1"_s), (QStringList{u"shipped 2026-11-15"_s, u"in-transit 2026-11-20"_s}));
    QCOMPARE(timeline(u"PO-2"_s), QStringList{u"in-production 2026-11-10"_s});
    const QList<store::PoStage> stages = must(PurchasingService(m_f->shop()).timeline(u"PO-1"_s));
    QCOMPARE(stages.constLast().note, u"on the MSC Oscar"_s);
    // One e-mail per order, of the newest stage; E, beyond both purchase orders, hears nothing.
    QCOMPARE(stockUpdates().join(u' '),
             u"A:in-transit: PO-1 B:in-transit: PO-1 C:in-production: PO-2 D:in-production: PO-2"_s);
}

void TestSupplyFiles::stagesAlreadyRecordedAreSkipped()
{
    fiveWaitingOrders();
    const QByteArray file = "po_number,stage,date\n"
                            "PO-1,shipped,2026-11-15\n";
    QVERIFY(import(Kind::PoStages, u"status.csv"_s, file).ok());
    // The forwarder's next file tells the whole story again, and one thing new.
    const auto again = import(Kind::PoStages, u"status.csv"_s, file + "PO-1,in-transit,2026-11-20\n");
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(again->records, 1);
    QCOMPARE(again->skipped, 1);
    QCOMPARE(again->warnings.size(), 1);
    QVERIFY2(again->warnings.constFirst().endsWith(u"1 stage(s) recorded before were skipped"_s),
             qPrintable(again->warnings.constFirst()));
    QCOMPARE(timeline(u"PO-1"_s), (QStringList{u"shipped 2026-11-15"_s, u"in-transit 2026-11-20"_s}));
    QCOMPARE(stockUpdates().join(u' '), u"A:in-transit: PO-1 A:shipped: PO-1 B:in-transit: PO-1 B:shipped: PO-1"_s);
    // PO-1 comes in full before the forwarder's file says it reached the warehouse: that
    // row is skipped too, and PO-2's news still goes out.
    QVERIFY(m_f->receive(u"TEE"_s, 5, false, u"PO-1"_s).ok());
    const auto late = import(Kind::PoStages, u"status.csv"_s, file + "PO-1,at-warehouse,2026-11-30\n"
                                                                     "PO-2,shipped,2026-11-30\n");
    QVERIFY2(late.ok(), qPrintable(late.errorText()));
    QCOMPARE(late->records, 1);
    QCOMPARE(late->skipped, 2);
    QVERIFY2(late->warnings.constLast().endsWith(u"2 stage(s) of purchase orders received in full were skipped"_s),
             qPrintable(late->warnings.join(u'\n')));
    QCOMPARE(timeline(u"PO-2"_s), QStringList{u"shipped 2026-11-30"_s});
}

void TestSupplyFiles::stagesFileWithANewExpectedDateSendsTheDelayOnly()
{
    fiveWaitingOrders();
    const auto report = import(Kind::PoStages, u"status.csv"_s,
                               "po_number,stage,date,expected_date\n"
                               "PO-1,at-customs,2026-11-20,2026-12-30\n");
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->ordersTold, 0);
    QCOMPARE(stockUpdates(), QStringList());
    QCOMPARE(countOf(u"delay"_s), 2);
    QCOMPARE(m_f->promised(u"TEE"_s),
             (QStringList{u"2026-12-30"_s, u"2026-12-30"_s, u"2027-01-10"_s, u"2027-01-10"_s, QString()}));
}

void TestSupplyFiles::badStagesFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("errors");
    const QByteArray header = "po_number,stage,date,note,expected_date\n";
    QTest::addRow("fields") << header + "PO-1,shipped,2026-11-15,,\n"
                                        "PO-1,,2026-11-16,,\n"
                                        "PO-2,in-transit,16/11/2026,,\n"
                                        "PO-2,in-transit,,,\n"
                                        "PO-2,in-transit,2026-11-17,,soon\n"
                            << QStringList{u"stages.csv:3: stage: a value is required"_s,
                                           u"stages.csv:4: date: '16/11/2026' is not a date in the form YYYY-MM-DD"_s,
                                           u"stages.csv:5: date: a date in the form YYYY-MM-DD is required"_s,
                                           u"stages.csv:6: expected_date: 'soon' is not a date in the form YYYY-MM-DD"_s};
    // Every row reads well; the shop's rules refuse three, named in file order.
    QTest::addRow("rules") << header + "PO-1,shipped,2026-11-15,,\n"
                                       "PO-2,received,2026-11-15,,\n"
                                       "PO-9,shipped,2026-11-14,,\n"
                                       "PO-2,sailing,2026-11-16,,\n"
                           << QStringList{u"stages.csv:3: stage: 'received' is recorded by receiving the stock; a "
                                          "stage is one of ordered, in-production, shipped, in-transit, at-customs, "
                                          "at-warehouse"_s,
                                          u"stages.csv:4: po_number: no purchase order 'PO-9'"_s,
                                          u"stages.csv:5: stage: unknown stage 'sailing'; it is one of ordered, "
                                          "in-production, shipped, in-transit, at-customs, at-warehouse"_s};
    QTest::addRow("missing column") << QByteArray("po_number,stage\nPO-1,shipped\n")
                                    << QStringList{u"stages.csv:1: date: missing required column"_s,
                                                   u"stages.csv:1: to read the file's own columns as these, map them: "
                                                   "--map date=COLUMN (the file has po_number, stage)"_s};
}

void TestSupplyFiles::badStagesFileChangesNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, errors);
    fiveWaitingOrders();
    const auto report = import(Kind::PoStages, u"stages.csv"_s, file);
    QVERIFY(!report.ok());
    QCOMPARE(problems(report.errors()), errors.join(u'\n'));
    QCOMPARE(stageRows(), 0);
    QCOMPARE(stockUpdates(), QStringList());
    QCOMPARE(m_f->promised(u"TEE"_s),
             (QStringList{u"2026-12-05"_s, u"2026-12-05"_s, u"2027-01-10"_s, u"2027-01-10"_s, QString()}));
}

void TestSupplyFiles::dryRunOfStagesChangesNothing()
{
    fiveWaitingOrders();
    const auto report = import(Kind::PoStages, u"status.csv"_s, "po_number,stage,date\nPO-2,shipped,2026-11-15\n", true);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->records, 1);
    QCOMPARE(report->ordersTold, 2);
    QCOMPARE(stageRows(), 0);
    QCOMPARE(stockUpdates(), QStringList());
}

void TestSupplyFiles::relatedColumnGoesInAndOut()
{
    // SAUCER is related before its own row comes.
    const auto items = import(Kind::Items, u"items.csv"_s,
                              "sku,name,price,related\n"
                              "MUG,Mug,12.50,SAUCER; LID\n"
                              "SAUCER,Saucer,4.00,\n"
                              "LID,Lid,2.00,MUG; id:205\n");
    QVERIFY2(items.ok(), qPrintable(items.errorText()));
    MerchandisingService merchandising(m_f->shop());
    QCOMPARE(must(merchandising.related(u"MUG"_s)), (QStringList{u"SAUCER"_s, u"LID"_s}));
    // A WooCommerce product named by the shop's id stays as the shop's file gave it.
    QCOMPARE(must(merchandising.related(u"LID"_s)), (QStringList{u"MUG"_s, u"id:205"_s}));
    QCOMPARE(must(merchandising.related(u"SAUCER"_s)), QStringList());

    const QByteArray exported = must(csv::Exporter(m_f->shop()).exportCsv(csv::Exporter::Kind::Items));
    const QList<QByteArray> lines = exported.split('\n');
    QVERIFY2(lines.constFirst().endsWith(",tracked,related"), lines.constFirst().constData());
    QVERIFY2(exported.contains("\nMUG,Mug,12.50,0,stop,,,,,0,0,yes,SAUCER; LID\n"), exported.constData());
    // The export read back changes nothing.
    QVERIFY(import(Kind::Items, u"again.csv"_s, exported).ok());
    QCOMPARE(must(merchandising.related(u"MUG"_s)), (QStringList{u"SAUCER"_s, u"LID"_s}));
    // A file without the column leaves the list; an empty cell empties it.
    QVERIFY(import(Kind::Items, u"names.csv"_s, "sku,name,price\nMUG,Mug (big),12.50\n").ok());
    QCOMPARE(must(merchandising.related(u"MUG"_s)), (QStringList{u"SAUCER"_s, u"LID"_s}));
    QVERIFY(import(Kind::Items, u"none.csv"_s, "sku,name,price,related\nMUG,Mug,12.50,\n").ok());
    QCOMPARE(must(merchandising.related(u"MUG"_s)), QStringList());
}

void TestSupplyFiles::badRelatedColumnChangesNothing()
{
    QVERIFY(import(Kind::Items, u"items.csv"_s, "sku,name,price\nMUG,Mug,12.50\nSAUCER,Saucer,4.00\n").ok());
    const auto bad = import(Kind::Items, u"bad.csv"_s,
                            "sku,name,price,related\n"
                            "SAUCER,Saucer,5.00,MUG\n"
                            "MUG,Mug,13.00,NOPE; MUG\n");
    QVERIFY(!bad.ok());
    QCOMPARE(problems(bad.errors()),
             u"bad.csv:3: related: unknown SKU 'NOPE'\nbad.csv:3: related: MUG cannot be related to itself"_s);
    QCOMPARE(must(MerchandisingService(m_f->shop()).related(u"SAUCER"_s)), QStringList());
    QCOMPARE(m_f->item(u"MUG"_s).priceMinor, 1250);
}

void TestSupplyFiles::feedNamesTheNextDeliverysStage()
{
    fiveWaitingOrders();
    QCOMPARE(feedMessage(u"TEE"_s), u"TEE,backorder,0,2026-12-05,On backorder \u2014 ships around 5 December"_s);
    // A stage of the later delivery says nothing about the date the feed gives.
    StageInput later;
    later.poNumber = u"PO-2"_s;
    later.stage = u"in-production"_s;
    QVERIFY(PurchasingService(m_f->shop()).recordStage(later).ok());
    QCOMPARE(feedMessage(u"TEE"_s), u"TEE,backorder,0,2026-12-05,On backorder \u2014 ships around 5 December"_s);
    StageInput next = later;
    next.poNumber = u"PO-1"_s;
    next.stage = u"in-transit"_s;
    QVERIFY(PurchasingService(m_f->shop()).recordStage(next).ok());
    QCOMPARE(feedMessage(u"TEE"_s), u"TEE,backorder,0,2026-12-05,In transit \u2014 ships around 5 December"_s);
    // The web shops' feeds carry the same line.
    QVERIFY2(feedMessage(u"TEE"_s, u"woocommerce"_s).contains(u"In transit \u2014 ships around 5 December"_s),
             qPrintable(feedMessage(u"TEE"_s, u"woocommerce"_s)));
    // Once PO-1 is in, the next delivery is PO-2's, in production.
    QVERIFY(m_f->receive(u"TEE"_s, 5, false, u"PO-1"_s).ok());
    QCOMPARE(feedMessage(u"TEE"_s),
             u"TEE,backorder,0,2027-01-10,In production \u2014 ships around 10 January 2027"_s);
}

QTEST_GUILESS_MAIN(TestSupplyFiles)
#include "TestSupplyFiles.moc"
