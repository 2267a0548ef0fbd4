// The control-character policy (core::Text) where the window's fields enter the core:
// every service call that takes free text refuses a NUL in any field, and a tab or a
// line break in a one-line field, with the field named and nothing changed; a field of
// several lines (an address, a note, a message, a template body) keeps tabs and line
// breaks. On a fresh shop per test, on both engines.

#include "SupplyShop.h"

#include "core/Text.h"
#include "mail/Templates.h"
#include "services/InsightService.h"
#include "services/MailService.h"
#include "services/MerchandisingService.h"
#include "services/PurchasingService.h"
#include "services/ShippingService.h"
#include "store/Config.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace bd;
using namespace bd::domain;
using namespace bd::services;
using bd::core::TextKind;
using bd::test::must;
using bd::test::ShopFixture;

namespace {

// One free-text field of one service call. `act` calls the service with `piece` in
// that field (inside a value that is otherwise right: "x\ty" becomes the e-mail
// "x\ty@example.com"); `keeps` says whether the shop holds the piece as given there.
struct Entry
{
    QString call;
    QString field;
    TextKind kind;
    std::function<core::Errors(ShopFixture&, const QString&)> act;
    std::function<bool(ShopFixture&, const QString&)> keeps;
};

core::Errors errorsOf(const core::Status& s)
{
    return s.errors();
}

template<typename T>
core::Errors errorsOf(const core::Result<T>& r)
{
    return r.errors();
}

ItemInput newItem(const QString& sku, const QString& name)
{
    ItemInput input;
    input.item.sku = sku;
    input.item.name = name;
    input.item.priceMinor = 1500;
    input.item.policy = Policy::Backorder;
    input.onHand = 0;
    return input;
}

NewOrder newOrder(ShopFixture& f, const QString& number)
{
    NewOrder order = f.newOrder(number, { { u"TEE"_s, 1 } });
    order.shipToName = u"Ann Smith"_s;
    order.shipToAddress = u"1 Harbour Road"_s;
    return order;
}

Customer customer(const QString& email)
{
    return Customer{ 0, email, u"New Customer"_s, u"+45 12 34 56 78"_s, u"2 Quay Street"_s };
}

// Places order N-1 (one TEE) with one of its fields changed.
core::Errors placeWith(ShopFixture& f, const std::function<void(NewOrder&)>& change)
{
    NewOrder order = newOrder(f, u"N-1"_s);
    change(order);
    return errorsOf(OrderService(f.shop()).place(order));
}

// Saves the customer new@example.com with one of its fields changed.
core::Errors saveCustomerWith(ShopFixture& f, const std::function<void(Customer&)>& change)
{
    Customer c = customer(u"new@example.com"_s);
    change(c);
    return errorsOf(CatalogService(f.shop()).saveCustomers({ c }));
}

PurchaseOrderLineInput poLine(const QString& po, const QString& supplier, const QString& sku)
{
    return PurchaseOrderLineInput{ po, supplier, sku, 4, QDate(2027, 2, 1), 0 };
}

StageInput stage(const QString& po, const QString& note)
{
    StageInput in;
    in.poNumber = po;
    in.stage = u"shipped"_s;
    in.date = QDate(2026, 11, 3);
    in.note = note;
    return in;
}

ReceiveRequest receipt(const QString& sku, const QString& reference, const QString& po)
{
    ReceiveRequest r;
    r.sku = sku;
    r.qty = 1;
    r.reference = reference;
    r.poNumber = po;
    return r;
}

core::Errors ship(ShopFixture& f, const QString& carrier, const QString& tracking)
{
    ShipOptions options;
    options.tracking = tracking;
    ShipChoice choice;
    choice.carrier = carrier;
    return errorsOf(ShippingService(f.shop()).ship(u"R"_s, options, choice));
}

core::Errors saveSetting(ShopFixture& f, const QString& key, const QString& value)
{
    return errorsOf(MailService(f.shop()).saveSettings({ { key, value } }));
}

// The cancellation template with the piece added to one of its parts.
core::Errors saveTemplate(ShopFixture& f, const QString& part, const QString& piece)
{
    mail::MailTemplate t = MailService(f.shop()).defaultTemplate(mail::kind::Cancelled);
    QString& text = part == u"subject"_s ? t.subject : part == u"text"_s ? t.bodyText : t.bodyHtml;
    text += piece;
    return errorsOf(MailService(f.shop()).saveTemplate(mail::kind::Cancelled, t));
}

QString templatePart(ShopFixture& f, const QString& part)
{
    const store::TemplateRow row = must(MailService(f.shop()).templateOf(mail::kind::Cancelled));
    return part == u"subject"_s ? row.subject : part == u"text"_s ? row.bodyText : row.bodyHtml;
}

bool historyHas(ShopFixture& f, const QString& order, const QString& piece)
{
    for (const Event& e : must(InsightService(f.shop()).history(order, {})))
        if (e.details.contains(piece))
            return true;
    return false;
}

const QList<Entry>& entries()
{
    using L = QList<Entry>;
    static const L list = {
        { u"CatalogService::createItem"_s, u"sku"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return errorsOf(CatalogService(f.shop()).createItem(newItem(p, u"New"_s))); },
          {} },
        { u"CatalogService::createItem"_s, u"name"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(CatalogService(f.shop()).createItem(newItem(u"NEW"_s, p)));
          },
          {} },
        { u"CatalogService::saveItems"_s, u"attributes"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              ItemInput input;
              input.item = f.item(u"TEE"_s);
              input.item.attributes = u"Color="_s + p;
              return errorsOf(CatalogService(f.shop()).saveItems({ input }));
          },
          {} },
        { u"CatalogService::saveCustomers"_s, u"email"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(CatalogService(f.shop()).saveCustomers({ customer(p + u"@example.com"_s) }));
          },
          {} },
        { u"CatalogService::saveCustomers"_s, u"name"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return saveCustomerWith(f, [&](Customer& c) { c.name = p; }); },
          {} },
        { u"CatalogService::saveCustomers"_s, u"phone"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return saveCustomerWith(f, [&](Customer& c) { c.phone = p; }); },
          {} },
        { u"CatalogService::saveCustomers"_s, u"address"_s, TextKind::MultiLine,
          [](ShopFixture& f, const QString& p) { return saveCustomerWith(f, [&](Customer& c) { c.address = p; }); },
          [](ShopFixture& f, const QString& p) {
              return must(f.shop().customers().customerByEmail(u"new@example.com"_s)).value_or(Customer{}).address == p;
          } },
        { u"CatalogService::savePurchaseOrderLines"_s, u"po_number"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(CatalogService(f.shop()).savePurchaseOrderLines({ poLine(p, u"Acme"_s, u"TEE"_s) }));
          },
          {} },
        { u"CatalogService::savePurchaseOrderLines"_s, u"supplier"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(CatalogService(f.shop()).savePurchaseOrderLines({ poLine(u"PO-9"_s, p, u"TEE"_s) }));
          },
          {} },
        { u"CatalogService::savePurchaseOrderLines"_s, u"sku"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(CatalogService(f.shop()).savePurchaseOrderLines({ poLine(u"PO-9"_s, u"Acme"_s, p) }));
          },
          {} },
        { u"OrderService::place"_s, u"order_number"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return errorsOf(OrderService(f.shop()).place(newOrder(f, p))); },
          {} },
        { u"OrderService::place"_s, u"customer_email"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return placeWith(f, [&](NewOrder& o) { o.customerEmail = p + u"@example.com"_s; }); },
          {} },
        { u"OrderService::place"_s, u"customer_name"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return placeWith(f, [&](NewOrder& o) { o.customerName = p; }); },
          {} },
        { u"OrderService::place"_s, u"ship_to_name"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return placeWith(f, [&](NewOrder& o) { o.shipToName = p; }); },
          {} },
        { u"OrderService::place"_s, u"ship_to_address"_s, TextKind::MultiLine,
          [](ShopFixture& f, const QString& p) { return placeWith(f, [&](NewOrder& o) { o.shipToAddress = p; }); },
          [](ShopFixture& f, const QString& p) { return f.order(u"N-1"_s).shipToAddress == p; } },
        { u"OrderService::place"_s, u"sku"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return placeWith(f, [&](NewOrder& o) { o.lines.first().sku = p; }); },
          {} },
        { u"OrderService::cancel"_s, u"reason"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return errorsOf(OrderService(f.shop()).cancel(u"A"_s, {}, p)); },
          {} },
        { u"OrderService::cancel"_s, u"message"_s, TextKind::MultiLine,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(OrderService(f.shop()).cancel(u"A"_s, {}, u"sold out"_s, p));
          },
          [](ShopFixture& f, const QString& p) { return historyHas(f, u"A"_s, p); } },
        { u"OrderService::previewCancellation"_s, u"message"_s, TextKind::MultiLine,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(OrderService(f.shop()).previewCancellation(u"A"_s, {}, p));
          },
          [](ShopFixture& f, const QString& p) {
              const auto mail = must(OrderService(f.shop()).previewCancellation(u"A"_s, {}, p));
              return mail && mail->bodyText.contains(p);
          } },
        { u"OrderService::setPriority"_s, u"reason"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return errorsOf(OrderService(f.shop()).setPriority(u"B"_s, true, p)); },
          {} },
        { u"StockService::returnUnits"_s, u"reason"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(StockService(f.shop()).returnUnits(u"S"_s, { ReturnLine{ u"MUG"_s, 1 } }, p, true));
          },
          {} },
        { u"StockService::adjust"_s, u"reason"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return errorsOf(StockService(f.shop()).adjust(u"MUG"_s, 1, p)); },
          {} },
        { u"StockService::receive"_s, u"sku"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(StockService(f.shop()).receive({ receipt(p, u"DEL-9"_s, {}) }, {}));
          },
          {} },
        { u"StockService::receive"_s, u"reference"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(StockService(f.shop()).receive({ receipt(u"TEE"_s, p, {}) }, {}));
          },
          {} },
        { u"StockService::receive"_s, u"po"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(StockService(f.shop()).receive({ receipt(u"TEE"_s, u"DEL-9"_s, p) }, {}));
          },
          {} },
        { u"PurchasingService::recordStage"_s, u"po_number"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(PurchasingService(f.shop()).recordStage(stage(p, u"on its way"_s)));
          },
          {} },
        { u"PurchasingService::recordStage"_s, u"note"_s, TextKind::MultiLine,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(PurchasingService(f.shop()).recordStage(stage(u"PO-1"_s, p)));
          },
          [](ShopFixture& f, const QString& p) {
              const QList<store::PoStage> stages = must(PurchasingService(f.shop()).timeline(u"PO-1"_s));
              return !stages.isEmpty() && stages.constLast().note == p;
          } },
        { u"MerchandisingService::setHighlight"_s, u"highlight"_s, TextKind::MultiLine,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(MerchandisingService(f.shop()).setHighlight(u"TEE"_s, p));
          },
          // Kept as one line: tabs and line breaks become single spaces.
          [](ShopFixture& f, const QString& p) {
              return must(MerchandisingService(f.shop()).highlight(u"TEE"_s)) == p.simplified();
          } },
        { u"InsightService::issueCoupon"_s, u"reason"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) {
              return errorsOf(InsightService(f.shop()).issueCoupon(CouponRequest{ u"a@example.com"_s, 10, {}, p }));
          },
          {} },
        { u"ShippingService::ship"_s, u"carrier"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return ship(f, p, u"TRACK-1"_s); }, {} },
        { u"ShippingService::ship"_s, u"tracking"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return ship(f, u"PostNord"_s, p); }, {} },
        { u"MailService::saveSettings"_s, store::settings::ShopName, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return saveSetting(f, store::settings::ShopName, p); }, {} },
        { u"MailService::saveSettings"_s, store::settings::SmtpHost, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return saveSetting(f, store::settings::SmtpHost, p); }, {} },
        { u"MailService::saveSettings"_s, store::settings::ShopSignature, TextKind::MultiLine,
          [](ShopFixture& f, const QString& p) { return saveSetting(f, store::settings::ShopSignature, p); },
          [](ShopFixture& f, const QString& p) { return f.shop().config().text(store::settings::ShopSignature) == p; } },
        { u"MailService::saveTemplate"_s, u"subject"_s, TextKind::Line,
          [](ShopFixture& f, const QString& p) { return saveTemplate(f, u"subject"_s, p); }, {} },
        { u"MailService::saveTemplate"_s, u"text"_s, TextKind::MultiLine,
          [](ShopFixture& f, const QString& p) { return saveTemplate(f, u"text"_s, p); },
          [](ShopFixture& f, const QString& p) { return templatePart(f, u"text"_s).endsWith(p); } },
        { u"MailService::saveTemplate"_s, u"html"_s, TextKind::MultiLine,
          [](ShopFixture& f, const QString& p) { return saveTemplate(f, u"html"_s, p); },
          [](ShopFixture& f, const QString& p) { return templatePart(f, u"html"_s).endsWith(p); } },
    };
    return list;
}

} // namespace

class TestTextFields : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusedNamesTheFieldAndChangesNothing_data();
    void refusedNamesTheFieldAndChangesNothing();
    void severalLinesKeepTabsAndLineBreaks_data();
    void severalLinesKeepTabsAndLineBreaks();
    void everyProblemOfAnInputIsTold();

private:
    // Every row of every table of the shop, so that "nothing changed" means exactly that.
    QStringList contents();

    std::unique_ptr<ShopFixture> m_f;
};

// TEE waits for orders A–E (SupplyShop.h); MUG (stop, 10 on hand) was shipped to S and
// is allocated, paid, to R.
void TestTextFields::init()
{
    bd::test::openSupplyShop(m_f);
    QVERIFY(m_f);
    bd::test::fiveWaitingOrders(*m_f);
    BD_VERIFY_OK(m_f->addItem(u"MUG"_s, Policy::Stop, 10));
    BD_VERIFY_OK(m_f->place(u"S"_s, { { u"MUG"_s, 2 } }));
    BD_VERIFY_OK(ShippingService(m_f->shop()).ship(u"S"_s, {}));
    BD_VERIFY_OK(m_f->place(u"R"_s, { { u"MUG"_s, 1 } }));
}

void TestTextFields::cleanup()
{
    bd::test::checkAndClose(m_f);
}

QStringList TestTextFields::contents()
{
    QSqlDatabase db = m_f->shop().db().connection();
    QStringList rows;
    QStringList tables = db.tables(QSql::Tables);
    tables.sort();
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT * FROM "_s + table)) {
            rows << table + u" <unreadable>"_s;
            continue;
        }
        QStringList ofTable;
        while (q.next()) {
            QStringList values;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                values << record.value(i).toString();
            ofTable << table + u": "_s + values.join(u'|');
        }
        ofTable.sort();
        rows << ofTable;
    }
    return rows;
}

void TestTextFields::refusedNamesTheFieldAndChangesNothing_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<QChar>("control");
    for (int i = 0; i < entries().size(); ++i) {
        const Entry& e = entries().at(i);
        QList<QChar> refused{ QChar(0) };
        if (e.kind == TextKind::Line)
            refused << QChar(u'\t') << QChar(u'\n');
        for (QChar c : refused)
            QTest::addRow("%s %s %s", qPrintable(e.call), qPrintable(e.field), qPrintable(core::Text::codePoint(c)))
                << i << c;
    }
}

void TestTextFields::refusedNamesTheFieldAndChangesNothing()
{
    QFETCH(int, entry);
    QFETCH(QChar, control);
    const Entry& e = entries().at(entry);
    const QStringList before = contents();
    QVERIFY(!before.isEmpty());
    const QString piece = u"in"_s + control + u"side"_s;
    const core::Errors errors = e.act(*m_f, piece);
    QVERIFY2(!errors.isEmpty(), "accepted");
    const QString said = e.field + u": contains a control character ("_s + core::Text::codePoint(control) + u')';
    QVERIFY2(core::joinErrors(errors).split(u'\n').contains(said), qPrintable(core::joinErrors(errors)));
    QCOMPARE(contents(), before);
}

void TestTextFields::severalLinesKeepTabsAndLineBreaks_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("piece");
    for (int i = 0; i < entries().size(); ++i) {
        const Entry& e = entries().at(i);
        if (e.kind != TextKind::MultiLine)
            continue;
        QTest::addRow("%s %s tab", qPrintable(e.call), qPrintable(e.field)) << i << u"Size\tM"_s;
        QTest::addRow("%s %s LF", qPrintable(e.call), qPrintable(e.field)) << i << u"first line\nsecond line"_s;
        QTest::addRow("%s %s CRLF", qPrintable(e.call), qPrintable(e.field)) << i << u"first line\r\nsecond"_s;
    }
}

void TestTextFields::severalLinesKeepTabsAndLineBreaks()
{
    QFETCH(int, entry);
    QFETCH(QString, piece);
    const Entry& e = entries().at(entry);
    const core::Errors errors = e.act(*m_f, piece);
    QVERIFY2(errors.isEmpty(), qPrintable(core::joinErrors(errors)));
    QVERIFY(e.keeps);
    QVERIFY(e.keeps(*m_f, piece));
}

// A form with two bad fields hears of both at once, each by its name.
void TestTextFields::everyProblemOfAnInputIsTold()
{
    const QStringList before = contents();
    Customer c = customer(u"new@example.com"_s);
    c.name = u"Ann\tSmith"_s;
    c.address = u"1 Road\a"_s;
    const core::Status s = CatalogService(m_f->shop()).saveCustomers({ c });
    QCOMPARE(s.errorText(), u"name: contains a control character (U+0009)\n"
                            "address: contains a control character (U+0007)"_s);
    QCOMPARE(contents(), before);
}

QTEST_GUILESS_MAIN(TestTextFields)
#include "TestTextFields.moc"
