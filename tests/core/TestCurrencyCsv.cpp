// CSV amounts in the shop's currency: a JPY shop's "1500" is ¥1,500 going in and
// "1500" coming out; "1500.5" is refused naming the file, line and field; a KWD shop
// has three decimals; a Danish ';' file's "1.234,50" is still read.

#include "ShopFixture.h"
#include "csv/Exporter.h"
#include "csv/Importer.h"
#include "store/Config.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bd;
using test::ShopFixture;

class TestCurrencyCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void yenInAndOut();
    void yenWithDecimalsIsRefused();
    void shopifyWritesYenWithZeroDecimals();
    void dinarHasThreeDecimals();
    void danishFileInKroner();

private:
    QString write(const QString& name, const QByteArray& bytes);
    void useCurrency(const QString& currency, const QString& locale = u"en_GB"_s);
    core::Result<csv::Importer::Report> importItems(const QString& path);

    std::unique_ptr<ShopFixture> m_f;
};

void TestCurrencyCsv::init()
{
    QString error;
    m_f = ShopFixture::create(test::utc(2026, 12, 4, 9), &error);
    QVERIFY2(m_f, qPrintable(error));
}

QString TestCurrencyCsv::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_f->dir() + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestCurrencyCsv::useCurrency(const QString& currency, const QString& locale)
{
    BD_VERIFY_OK(m_f->shop().config().set(store::settings::ShopCurrency, currency));
    BD_VERIFY_OK(m_f->shop().config().set(store::settings::ShopLocale, locale));
}

core::Result<csv::Importer::Report> TestCurrencyCsv::importItems(const QString& path)
{
    return csv::Importer(m_f->shop()).import(csv::Importer::Kind::Items, path, false);
}

void TestCurrencyCsv::yenInAndOut()
{
    useCurrency(u"JPY"_s);
    const QString path = write(u"items.csv"_s, "sku,name,price,on_hand,policy\n"
                                               "TEA,Tea bowl,1500,0,backorder\n"
                                               "POT,Tea pot,\"12,000\",3,stop\n");
    BD_VERIFY_OK(importItems(path));
    QCOMPARE(m_f->item(u"TEA"_s).priceMinor, qint64(1500));
    QCOMPARE(m_f->item(u"POT"_s).priceMinor, qint64(12000));
    BD_VERIFY_OK(m_f->place(u"3001"_s, {{u"TEA"_s, 2}}));

    csv::Exporter exporter(m_f->shop());
    const QByteArray items = test::must(exporter.exportCsv(csv::Exporter::Kind::Items));
    QVERIFY2(items.contains("TEA,Tea bowl,1500,"), items.constData());
    QVERIFY2(items.contains("POT,Tea pot,12000,"), items.constData());
    const QByteArray orders = test::must(exporter.exportCsv(csv::Exporter::Kind::Orders));
    QVERIFY2(orders.contains(",TEA,2,1500,"), orders.constData());
    // What was exported reads back the same.
    BD_VERIFY_OK(importItems(write(u"again.csv"_s, items)));
    QCOMPARE(m_f->item(u"TEA"_s).priceMinor, qint64(1500));
}

void TestCurrencyCsv::yenWithDecimalsIsRefused()
{
    useCurrency(u"JPY"_s);
    const QString path = write(u"bad.csv"_s, "sku,name,price,on_hand,policy\n"
                                             "TEA,Tea bowl,1500,0,backorder\n"
                                             "POT,Tea pot,1500.5,3,stop\n");
    const auto imported = importItems(path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.errors().size(), 1);
    const core::Error& e = imported.errors().constFirst();
    QCOMPARE(e.line, 3);
    QCOMPARE(e.field, u"price"_s);
    QVERIFY2(e.file.endsWith(u"bad.csv"_s), qPrintable(e.file));
    QVERIFY2(e.message.contains(u"1500.5"_s) && e.message.contains(u"JPY"_s), qPrintable(e.message));
    // Nothing was kept.
    QVERIFY(!test::must(m_f->shop().items().itemBySku(u"TEA"_s)));
}

void TestCurrencyCsv::shopifyWritesYenWithZeroDecimals()
{
    useCurrency(u"JPY"_s);
    BD_VERIFY_OK(importItems(write(u"items.csv"_s, "sku,name,price,on_hand,policy\nTEA,Tea bowl,1500.00,0,backorder\n")));
    QCOMPARE(m_f->item(u"TEA"_s).priceMinor, qint64(1500));
}

void TestCurrencyCsv::dinarHasThreeDecimals()
{
    useCurrency(u"KWD"_s);
    BD_VERIFY_OK(importItems(write(u"items.csv"_s, "sku,name,price,on_hand,policy\n"
                                                   "OUD,Oud oil,12.5,0,backorder\n"
                                                   "MAT,Prayer mat,1.234,4,stop\n")));
    QCOMPARE(m_f->item(u"OUD"_s).priceMinor, qint64(12500));
    QCOMPARE(m_f->item(u"MAT"_s).priceMinor, qint64(1234));
    const QByteArray items = test::must(csv::Exporter(m_f->shop()).exportCsv(csv::Exporter::Kind::Items));
    QVERIFY2(items.contains("OUD,Oud oil,12.500,"), items.constData());
    QVERIFY2(items.contains("MAT,Prayer mat,1.234,"), items.constData());
    const auto refused = importItems(write(u"bad.csv"_s, "sku,name,price,on_hand,policy\nOUD,Oud oil,1.2345,0,backorder\n"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errors().constFirst().field, u"price"_s);
    QVERIFY2(refused.errors().constFirst().message.contains(u"3 decimals"_s),
             qPrintable(refused.errors().constFirst().message));
}

void TestCurrencyCsv::danishFileInKroner()
{
    useCurrency(u"DKK"_s, u"da_DK"_s);
    BD_VERIFY_OK(importItems(write(u"varer.csv"_s, "sku;name;price;on_hand;policy\nKOP;Kop;1.234,50;2;stop\n")));
    QCOMPARE(m_f->item(u"KOP"_s).priceMinor, qint64(123450));
    const QByteArray excel = test::must(csv::Exporter(m_f->shop()).exportCsv(csv::Exporter::Kind::Items, csv::Exporter::Options::excel()));
    QVERIFY2(excel.contains("KOP;Kop;1234,50;"), excel.constData());
}

QTEST_GUILESS_MAIN(TestCurrencyCsv)
#include "TestCurrencyCsv.moc"
