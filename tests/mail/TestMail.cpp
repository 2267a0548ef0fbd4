// E-mail: templates and their checks, rendering and escaping, the outbox (one message
// per order per event, the schedule across weeks of simulated time), .eml files read
// back, and delivery to a real SMTP server on 127.0.0.1 (Debian's aiosmtpd) over
// STARTTLS with a login and a certificate made for the test.
#include "CliRun.h"
#include "SmtpServer.h"
#include "core/Clock.h"
#include "mail/Delivery.h"
#include "mail/MimeMessage.h"
#include "mail/Outbox.h"
#include "mail/SmtpTransport.h"
#include "mail/Templates.h"
#include "services/CatalogService.h"
#include "services/InsightService.h"
#include "services/MailService.h"
#include "services/OrderService.h"
#include "services/ShippingService.h"
#include "services/Shop.h"
#include "services/StockService.h"
#include "store/Config.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "../support/Must.h"
#include "../support/Verify.h"
#include "../support/ServerShop.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;
using store::OutboxRow;

namespace {

const QString Python = bd::test::LocalSmtpServer::python();

// A message read back from its bytes: unfolded headers and the decoded parts.
struct ParsedMail
{
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray contentType;
    struct Part
    {
        QByteArray contentType;
        QString text;
    };
    QList<Part> parts;

    QString part(const QByteArray& type) const
    {
        for (const Part& p : parts) {
            if (p.contentType.startsWith(type))
                return p.text;
        }
        return {};
    }
};

QMap<QByteArray, QByteArray> parseHeaders(const QByteArray& block)
{
    QMap<QByteArray, QByteArray> headers;
    QByteArray unfolded = block;
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray& line : unfolded.split('\n')) {
        const QByteArray l = line.trimmed();
        const qsizetype colon = l.indexOf(':');
        if (colon > 0)
            headers.insert(l.left(colon).toLower(), l.mid(colon + 1).trimmed());
    }
    return headers;
}

ParsedMail parseMail(const QByteArray& bytes)
{
    ParsedMail mail;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return mail;
    mail.headers = parseHeaders(bytes.left(end));
    mail.contentType = mail.headers.value("content-type");
    const QRegularExpression b(QStringLiteral("boundary=\"([^\"]+)\""));
    const QRegularExpressionMatch m = b.match(QString::fromLatin1(mail.contentType));
    if (!m.hasMatch())
        return mail;
    const QByteArray boundary = "--" + m.captured(1).toLatin1();
    const QList<QByteArray> chunks = bytes.mid(end + 4).split('\n');
    QByteArray current;
    bool inPart = false;
    auto finish = [&] {
        if (!inPart)
            return;
        const qsizetype split = current.indexOf("\r\n\r\n");
        const QMap<QByteArray, QByteArray> h = parseHeaders(current.left(split));
        QByteArray body = current.mid(split + 4);
        if (h.value("content-transfer-encoding") == "base64")
            body = QByteArray::fromBase64(body.replace("\r\n", ""));
        mail.parts << ParsedMail::Part { h.value("content-type"), QString::fromUtf8(body) };
    };
    for (const QByteArray& raw : chunks) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line == boundary || line == boundary + "--") {
            finish();
            current.clear();
            inPart = line == boundary;
            continue;
        }
        if (inPart)
            current += line + "\r\n";
    }
    return mail;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// aiosmtpd on a free port of 127.0.0.1, recording every message to a folder.
using SmtpServer = bd::test::LocalSmtpServer;

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_certFile;
    QString m_keyFile;
    QString m_dbPath;
    std::unique_ptr<core::FixedClock> m_clock;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<services::Shop> m_shop;
    int m_serial = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString fresh(const QString& name) { return path(name + QString::number(++m_serial)); }

    services::Shop& shop() { return *m_shop; }
    store::MailStore& outbox() { return m_shop->outbox().store(); }
    mail::Delivery delivery() { return mail::Delivery(m_shop->db(), m_shop->clock(), m_shop->config()); }

    void closeShop()
    {
        m_shop.reset();
        m_db.reset();
    }

    void openShop()
    {
        closeShop();
        auto db = store::Database::open(m_dbPath);
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        m_db = db.takeValue();
        m_shop = std::make_unique<services::Shop>(*m_db, *m_clock);
    }

    void setting(const QString& key, const QString& value)
    {
        const core::Status s = shop().config().set(key, value);
        QVERIFY2(s.ok(), qPrintable(s.errorText()));
    }

    void addItem(const QString& sku, const QString& name, int onHand, const QDate& expected,
                 qint64 price = 1250)
    {
        services::ItemInput input;
        input.item.sku = sku;
        input.item.name = name;
        input.item.priceMinor = price;
        input.item.policy = domain::Policy::Backorder;
        input.item.expectedDate = expected;
        input.onHand = onHand;
        const core::Status s = services::CatalogService(shop()).saveItems({ input });
        QVERIFY2(s.ok(), qPrintable(s.errorText()));
    }

    void placeOrder(const QString& number, const QString& email, const QString& name,
                    const QList<std::pair<QString, int>>& lines,
                    domain::PaymentState payment = domain::PaymentState::Captured,
                    const QString& cardExpiry = QStringLiteral("2030-01"))
    {
        domain::NewOrder order;
        order.number = number;
        order.placedAt = shop().now();
        order.customerEmail = email;
        order.customerName = name;
        order.payment = payment;
        order.cardLast4 = QStringLiteral("4242");
        order.cardExpiry = cardExpiry;
        for (const auto& [sku, qty] : lines)
            order.lines << domain::NewOrderLine { sku, qty, std::nullopt, 0 };
        const auto placed = services::OrderService(shop()).place(order);
        QVERIFY2(placed.ok(), qPrintable(placed.errorText()));
    }

    QList<OutboxRow> messages(const QString& kind = {}, const QString& state = {})
    {
        QList<OutboxRow> rows;
        // As shown: a message queued as an intent is written from its template.
        for (const OutboxRow& r : test::must(services::MailService(shop()).messages(store::OutboxFilter { state, 0 }))) {
            if (kind.isEmpty() || r.kind == kind)
                rows << r;
        }
        return rows;
    }

    core::Result<QList<domain::CrossDockRow>> receive(const QString& sku, int qty)
    {
        return services::StockService(shop()).receive(
            { services::ReceiveRequest { sku, qty, {}, {}, {}, 0 } }, services::ReceiveOptions {});
    }

    mail::ScheduleReport schedule()
    {
        const auto report = services::MailService(shop()).runSchedule();
        if (!report.ok())
            qWarning("%s", qPrintable(report.errorText()));
        return report.ok() ? report.value() : mail::ScheduleReport { -1, -1 };
    }

    // A tiny shop: a mug expected 20 Dec with 2 on hand, a cap expected 10 Jan with none.
    void tinyShop()
    {
        addItem(QStringLiteral("MUG-RED"), QStringLiteral("Mug, red"), 2, QDate(2026, 12, 20));
        addItem(QStringLiteral("CAP-BLK"), QStringLiteral("Cap"), 0, QDate(2027, 1, 10), 2000);
    }

    void smtpSettings(const SmtpServer& server, const QString& user = QStringLiteral("shop"))
    {
        setting(store::settings::SmtpHost, QStringLiteral("127.0.0.1"));
        setting(store::settings::SmtpPort, QString::number(server.port()));
        setting(store::settings::SmtpSecurity, QStringLiteral("starttls"));
        setting(store::settings::SmtpUser, user);
        setting(store::settings::SmtpCaFile, m_certFile);
    }

    bool startServer(SmtpServer& server, const QStringList& extra = {})
    {
        return server.start(fresh(QStringLiteral("received")),
                            QStringList { QStringLiteral("--cert"), m_certFile, QStringLiteral("--key"),
                                          m_keyFile, QStringLiteral("--user"), QStringLiteral("shop"),
                                          QStringLiteral("--password"), QStringLiteral("s3cret") }
                                + extra);
    }

    mail::DeliveryReport sendNow()
    {
        const auto settings = mail::SmtpSettings::fromConfig(shop().config());
        if (!settings.ok()) {
            mail::DeliveryReport r;
            r.problems << settings.errorText();
            r.stopped = true;
            return r;
        }
        mail::SmtpTransport transport(settings.value());
        return delivery().send(transport);
    }

    // Stores the default an earlier version wrote (resources/templates/retired/NAME), with
    // `prepend` before its text (a merchant's edit), as the shop's template of the kind:
    // what a shop made by that version holds. The retired text holds `mark`.
    void storeRetiredTemplate(const QString& kind, const QString& name, const QString& mark,
                              const QString& prepend = {})
    {
        auto readRetired = [&](const QString& part) {
            QFile f(QStringLiteral(":/templates/retired/%1.%2").arg(name, part));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        store::Transaction tx(shop().db());
        auto row = shop().outbox().templates().get(kind);
        QVERIFY(row.ok());
        store::TemplateRow old = row.value();
        old.bodyText = prepend + readRetired(QStringLiteral("txt"));
        old.bodyHtml = readRetired(QStringLiteral("html"));
        QVERIFY2(old.bodyText.contains(mark), qPrintable(old.bodyText));
        QVERIFY(shop().outbox().store().updateTemplate(old).ok());
        QVERIFY(tx.commit().ok());
    }

    using Run = test::CliRun;

    // The command line in-process, on the same database (the shop is closed meanwhile).
    Run cli(const QStringList& args)
    {
        closeShop();
        const Run run = test::runCliInProcess(
            QStringList { QStringLiteral("--db"), m_dbPath, QStringLiteral("--now"), core::toIso(m_clock->now()) } + args);
        openShop();
        return run;
    }

    // A message from the shop to Eve with the given subject and bodies.
    static mail::MimeMessage messageToEve(const QString& subject, const QString& text, const QString& html = {})
    {
        mail::MimeMessage m;
        m.from = {QStringLiteral("shop@example.com"), QStringLiteral("Shop")};
        m.to = {QStringLiteral("eve@example.com"), QStringLiteral("Eve")};
        m.subject = subject;
        m.messageId = QStringLiteral("<id@example.com>");
        m.bodyText = text;
        m.bodyHtml = html;
        return m;
    }

    // The Subject header's value of a composed message, as written (folded).
    static QByteArray subjectOf(const QByteArray& message)
    {
        QByteArray subject = message.mid(message.indexOf("Subject: ") + 9);
        subject.truncate(subject.indexOf("\r\nMIME-Version"));
        return subject;
    }

private slots:
    // A run of spaces (control characters become spaces in a header) longer than a line
    // can carry cannot be folded in plain text: such a subject goes as encoded words,
    // every line stays within SMTP's 998 octets, and it decodes to what was asked (found
    // by fuzz_mime; corpus mime/regression-subject-space-run).
    void aLongRunOfSpacesInASubjectKeepsLinesShort()
    {
        for (const QChar filler : {QChar(u' '), QChar(u'\x01')}) {
            const QByteArray message = mail::mime::compose(messageToEve(
                QStringLiteral("Your order") + QString(1200, filler) + QStringLiteral("is late"), QStringLiteral("Body")));
            const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
            for (const QByteArray& line : head.split('\n'))
                QVERIFY2(line.size() <= 999, line.left(80).constData());
            const QByteArray subject = subjectOf(message);
            QVERIFY2(subject.startsWith("=?UTF-8?B?"), subject.left(80).constData());
            QCOMPARE(mail::mime::decodeHeaderText(subject),
                     QStringLiteral("Your order") + QString(1200, u' ') + QStringLiteral("is late"));
        }
        // Plain words still fold as plain text.
        const QByteArray message = mail::mime::compose(messageToEve(
            QStringLiteral("Your order of a red mug and a blue cap is late by a week, we are sorry for the wait"),
            QStringLiteral("Body")));
        QCOMPARE(subjectOf(message),
                 QByteArray("Your order of a red mug and a blue cap is late by a week, we are sorry for\r\n the wait"));
    }

    // Every line end of a body becomes CRLF, a CR on its own too: a body ending in a lone
    // CR kept all it was given (found by fuzz_mime; corpus mime/regression-html-ends-in-lone-cr).
    void bodyLineEndsAreAllCrlf()
    {
        const QByteArray message = mail::mime::compose(messageToEve(QStringLiteral("Order 1001 delayed"),
                                                                    QStringLiteral("Body\r\rline\nnext\r"),
                                                                    QStringLiteral("<p>one</p>\r<p>two</p>\r")));
        QList<QByteArray> decoded;
        const QList<QByteArray> parts = message.split('\n');
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            // The base64 blocks of the two bodies follow their part headers' blank line.
            if (parts.at(i) == "\r" && !parts.at(i + 1).startsWith("--") && i > 0
                && parts.at(i - 1).startsWith("Content-Transfer-Encoding: base64")) {
                QByteArray block;
                for (qsizetype j = i + 1; j < parts.size() && parts.at(j) != "\r"; ++j)
                    block += parts.at(j).trimmed();
                decoded << QByteArray::fromBase64(block);
            }
        }
        QCOMPARE(decoded.size(), 2);
        QCOMPARE(decoded.at(0), QByteArray("Body\r\n\r\nline\r\nnext\r\n"));
        QVERIFY2(decoded.at(1).contains("<p>one</p>\r\n<p>two</p>\r\n</body>"), decoded.at(1).constData());
        for (const QByteArray& body : decoded)
            QCOMPARE(body.count('\r'), body.count("\r\n"));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(Python), "Debian's python3 with python3-aiosmtpd is needed");
        QProcess check;
        check.start(Python, { QStringLiteral("-c"), QStringLiteral("import aiosmtpd") });
        QVERIFY(check.waitForFinished(20000));
        QVERIFY2(check.exitCode() == 0, "python3-aiosmtpd is not installed");
        // A certificate for 127.0.0.1, made for this run.
        QVERIFY(SmtpServer::makeCertificate(m_dir.path(), &m_certFile, &m_keyFile));
    }

    void init()
    {
        QString error;
        m_dbPath = test::newShopLocation(m_dir, QStringLiteral("shop%1.sqlite").arg(++m_serial), &error);
        QVERIFY2(!m_dbPath.isEmpty(), qPrintable(error));
        m_clock = std::make_unique<core::FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        openShop();
        qputenv("BACKORDERDESK_SMTP_PASSWORD", "s3cret");
    }

    void cleanup() { closeShop(); }

    // ------------------------------------------------------------ templates

    void defaultTemplatesAreValid()
    {
        QCOMPARE(mail::Templates::kinds().size(), 10);
        for (const QString& kind : mail::Templates::kinds()) {
            const mail::MailTemplate t = mail::Templates::defaults(kind);
            QVERIFY2(!t.subject.isEmpty() && !t.bodyText.isEmpty() && !t.bodyHtml.isEmpty(),
                     qPrintable(kind));
            const core::Status s = mail::Templates::validate(kind, t);
            QVERIFY2(s.ok(), qPrintable(kind + QStringLiteral(": ") + s.errorText()));
        }
    }

    void validation_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("fine") << QStringLiteral("delay") << QStringLiteral("{{order_number}} is late")
                              << QStringLiteral("From {{old_date}} to {{new_date}}") << QString();
        QTest::addRow("spaces inside braces")
            << QStringLiteral("ready") << QStringLiteral("{{ order_number }}")
            << QStringLiteral("{{order_total}}") << QString();
        QTest::addRow("unknown") << QStringLiteral("confirmation") << QStringLiteral("Hi {{custmer_name}}")
                                 << QStringLiteral("x")
                                 << QStringLiteral("unknown placeholder {{custmer_name}} in the subject");
        QTest::addRow("other kind's placeholder")
            << QStringLiteral("ready") << QStringLiteral("x") << QStringLiteral("{{coupon_code}}")
            << QStringLiteral("unknown placeholder {{coupon_code}} in the plain-text body");
        QTest::addRow("unbalanced") << QStringLiteral("shipped") << QStringLiteral("x")
                                    << QStringLiteral("Tracking {{tracking}") << QStringLiteral("unbalanced");
        QTest::addRow("empty subject") << QStringLiteral("coupon") << QString() << QStringLiteral("x")
                                       << QStringLiteral("subject is empty");
    }

    void validation()
    {
        QFETCH(QString, kind);
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, error);
        const mail::MailTemplate t { subject, text, QStringLiteral("<p>{{shop_name}}</p>") };
        const core::Status s = mail::Templates::validate(kind, t);
        if (error.isEmpty()) {
            QVERIFY2(s.ok(), qPrintable(s.errorText()));
        } else {
            QVERIFY(!s.ok());
            QVERIFY2(s.errorText().contains(error), qPrintable(s.errorText()));
        }
        // Saving refuses the same and keeps the stored template.
        store::Transaction tx(shop().db());
        const core::Status saved = shop().outbox().templates().set(kind, t);
        QCOMPARE(saved.ok(), error.isEmpty());
        const auto stored = shop().outbox().templates().get(kind);
        QVERIFY(stored.ok());
        QCOMPARE(stored->subject == subject.trimmed(), error.isEmpty());
    }

    void renderingEscapesHtmlOnly()
    {
        mail::MailValues values;
        values.set(QStringLiteral("customer_name"), QStringLiteral("<script>alert(1)</script>"));
        values.setWithHtml(QStringLiteral("lines"), QStringLiteral("- 1 x A"),
                           QStringLiteral("<ul><li>A</li></ul>"));
        const mail::RenderedMail r = mail::Templates::render(
            mail::MailTemplate { QStringLiteral("Hi {{customer_name}}\n"),
                                 QStringLiteral("Hi {{customer_name}}\n{{lines}}"),
                                 QStringLiteral("<p>Hi {{customer_name}}</p>{{lines}}") },
            values);
        QCOMPARE(r.subject, QStringLiteral("Hi <script>alert(1)</script>"));
        QCOMPARE(r.bodyText, QStringLiteral("Hi <script>alert(1)</script>\n- 1 x A"));
        QCOMPARE(r.bodyHtml,
                 QStringLiteral("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;</p><ul><li>A</li></ul>"));
    }

    void hostileCustomerNameInAQueuedMessage()
    {
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"),
                   QStringLiteral("<script>alert(1)</script>"), { { QStringLiteral("MUG-RED"), 3 } });
        const QList<OutboxRow> rows = messages(mail::kind::Confirmation);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows[0].bodyHtml.contains(QStringLiteral("Hello &lt;script&gt;alert(1)&lt;/script&gt;,")));
        QVERIFY(!rows[0].bodyHtml.contains(QStringLiteral("<script>")));
        QVERIFY(rows[0].bodyText.contains(QStringLiteral("Hello <script>alert(1)</script>,")));
        // In the headers it is a quoted display name, never markup or a second address.
        const QByteArray bytes
            = mail::mime::compose(delivery().mimeFor(rows[0]));
        const ParsedMail parsed = parseMail(bytes);
        QCOMPARE(parsed.headers.value("to"), QByteArray("\"<script>alert(1)</script>\" <ann@example.com>"));
    }

    void datesAndMoneyInTheShopLocale()
    {
        setting(store::settings::ShopLocale, QStringLiteral("de_DE"));
        setting(store::settings::ShopCurrency, QStringLiteral("EUR"));
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        const OutboxRow confirmation = messages(mail::kind::Confirmation).value(0);
        QVERIFY2(confirmation.bodyText.contains(QStringLiteral("20. Dezember 2026")),
                 qPrintable(confirmation.bodyText));
        const auto received = receive(QStringLiteral("MUG-RED"), 1);
        QVERIFY2(received.ok(), qPrintable(received.errorText()));
        const OutboxRow ready = messages(mail::kind::Ready).value(0);
        QVERIFY2(ready.bodyText.contains(QStringLiteral("37,50"))
                     && ready.bodyText.contains(QStringLiteral("€")),
                 qPrintable(ready.bodyText));
    }

    // A shop's amounts are in its currency's minor units: a JPY shop's 1500 is
    // ¥1,500 (no decimals), a KWD shop's 12500 is KWD 12.500 (three).
    void moneyInTheCurrencysOwnUnits_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QString>("total");
        QTest::addRow("JPY") << QStringLiteral("JPY") << qint64(1500) << QStringLiteral("\u00A51,500");
        QTest::addRow("KWD") << QStringLiteral("KWD") << qint64(12500) << QStringLiteral("KWD\u00A012.500");
    }

    void moneyInTheCurrencysOwnUnits()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, price);
        QFETCH(QString, total);
        setting(store::settings::ShopLocale, QStringLiteral("en_GB"));
        setting(store::settings::ShopCurrency, currency);
        addItem(QStringLiteral("TEA"), QStringLiteral("Tea bowl"), 0, QDate(2026, 12, 20), price);
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("TEA"), 1 } });
        const auto received = receive(QStringLiteral("TEA"), 1);
        QVERIFY2(received.ok(), qPrintable(received.errorText()));
        const OutboxRow ready = messages(mail::kind::Ready).value(0);
        QVERIFY2(ready.bodyText.contains(total), qPrintable(ready.bodyText));
        QVERIFY2(ready.bodyHtml.contains(total), qPrintable(ready.bodyHtml));
    }

    // ------------------------------------------------------------ event messages

    void oneMessagePerOrderPerEvent()
    {
        tinyShop();
        // Two waiting lines, one confirmation.
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 }, { QStringLiteral("CAP-BLK"), 1 } });
        // Everything in stock: no confirmation.
        addItem(QStringLiteral("PEN"), QStringLiteral("Pen"), 10, {});
        placeOrder(QStringLiteral("1002"), QStringLiteral("bo@example.com"), QStringLiteral("Bo"),
                   { { QStringLiteral("PEN"), 1 } });
        QList<OutboxRow> confirmations = messages(mail::kind::Confirmation);
        QCOMPARE(confirmations.size(), 1);
        QCOMPARE(confirmations[0].orderNumber, QStringLiteral("1001"));
        QVERIFY(confirmations[0].bodyText.contains(QStringLiteral("1 x Mug, red (MUG-RED)")));
        QVERIFY(confirmations[0].bodyText.contains(QStringLiteral("1 x Cap (CAP-BLK)")));
        // The latest promised date of the waiting lines.
        QVERIFY(
            confirmations[0].bodyText.contains(QStringLiteral("Expected shipping: Sunday, 10 January 2027")));

        // Dates slip on both lines in one action? One at a time: one delay message per action.
        services::StockService stock(shop());
        QVERIFY(stock.setExpectedDate(QStringLiteral("CAP-BLK"), QDate(2027, 2, 1)).ok());
        QList<OutboxRow> delays = messages(mail::kind::Delay);
        QCOMPARE(delays.size(), 1);
        QVERIFY2(delays[0].bodyText.contains(QStringLiteral(
                     "We promised Sunday, 10 January 2027; we now expect Monday, 1 February 2027")),
                 qPrintable(delays[0].bodyText));
        QVERIFY(!delays[0].bodyText.contains(QStringLiteral("MUG-RED")));
        // An earlier date is good news, not a delay.
        QVERIFY(stock.setExpectedDate(QStringLiteral("CAP-BLK"), QDate(2027, 1, 5)).ok());
        QCOMPARE(messages(mail::kind::Delay).size(), 1);

        // Stock for everything: one ready message.
        QVERIFY(stock
                    .receive({ services::ReceiveRequest { QStringLiteral("MUG-RED"), 5, {}, {}, {}, 0 },
                               services::ReceiveRequest { QStringLiteral("CAP-BLK"), 5, {}, {}, {}, 0 } },
                             services::ReceiveOptions {})
                    .ok());
        QCOMPARE(messages(mail::kind::Ready).size(), 1);
        QVERIFY(messages(mail::kind::Ready)[0].bodyText.contains(QStringLiteral("57.50")));

        // Shipped with tracking.
        const auto shipped = services::ShippingService(shop()).ship(
            QStringLiteral("1001"), services::ShipOptions { false, false, QStringLiteral("TRK-1") });
        QVERIFY2(shipped.ok(), qPrintable(shipped.errorText()));
        QCOMPARE(messages(mail::kind::Shipped).size(), 1);
        QVERIFY(messages(mail::kind::Shipped)[0].bodyText.contains(QStringLiteral("Tracking: TRK-1")));
        QVERIFY(messages(mail::kind::Shipped)[0].bodyText.contains(QStringLiteral("now complete")));

        // A cancellation of a two-line order: one message naming both lines and the
        // merchant's message; the internal reason stays in the shop.
        placeOrder(QStringLiteral("1003"), QStringLiteral("cy@example.com"), QStringLiteral("Cy"),
                   { { QStringLiteral("MUG-RED"), 9 }, { QStringLiteral("CAP-BLK"), 9 } });
        const auto preview = services::OrderService(shop()).previewCancellation(
            QStringLiteral("1003"), {}, QStringLiteral("We are sorry: the maker stopped making it."));
        QVERIFY2(preview.ok() && preview.value(), qPrintable(preview.errorText()));
        QVERIFY(services::OrderService(shop())
                    .cancel(QStringLiteral("1003"), {}, QStringLiteral("supplier <b>went bust</b>"),
                            QStringLiteral("We are sorry: the maker stopped making it."))
                    .ok());
        const QList<OutboxRow> cancelled = messages(mail::kind::Cancelled);
        QCOMPARE(cancelled.size(), 1);
        for (const QString& part : { cancelled[0].subject, cancelled[0].bodyText, cancelled[0].bodyHtml }) {
            QVERIFY2(!part.contains(QStringLiteral("went bust")), qPrintable(part));
            QVERIFY(!part.contains(QStringLiteral("as requested")));
        }
        QVERIFY(cancelled[0].bodyText.contains(QStringLiteral("We are sorry: the maker stopped making it.")));
        QVERIFY(cancelled[0].bodyHtml.contains(QStringLiteral("<p>We are sorry: the maker stopped making it.</p>")));
        QVERIFY(cancelled[0].bodyText.contains(QStringLiteral("(MUG-RED)")));
        QVERIFY(cancelled[0].bodyText.contains(QStringLiteral("(CAP-BLK)")));
        // The preview was the message the customer got.
        QCOMPARE(preview.value()->bodyText, cancelled[0].bodyText);
        QCOMPARE(preview.value()->subject, cancelled[0].subject);
        // The reason is the shop's record; so is what the customer was told.
        QStringList history;
        for (const domain::Event& e : test::must(services::InsightService(shop()).history(QStringLiteral("1003"), {}))) {
            if (e.kind == QLatin1String("cancelled"))
                history << e.sku + QLatin1Char('|') + e.details;
        }
        QCOMPARE(history, (QStringList { QStringLiteral("MUG-RED|9 x MUG-RED: supplier <b>went bust</b>"),
                                         QStringLiteral("CAP-BLK|9 x CAP-BLK: supplier <b>went bust</b>"),
                                         QStringLiteral("|We are sorry: the maker stopped making it.") }));

        // Without a message the e-mail has no empty paragraph and no reason either.
        placeOrder(QStringLiteral("1005"), QStringLiteral("cy@example.com"), QStringLiteral("Cy"),
                   { { QStringLiteral("MUG-RED"), 1 } });
        QVERIFY(services::OrderService(shop()).cancel(QStringLiteral("1005"), {}, QStringLiteral("duplicate")).ok());
        OutboxRow plain;
        for (const OutboxRow& r : messages(mail::kind::Cancelled)) {
            if (r.subject.contains(QStringLiteral("1005")))
                plain = r;
        }
        QVERIFY(!plain.bodyText.contains(QStringLiteral("duplicate")));
        QVERIFY2(plain.bodyText.contains(QStringLiteral("(MUG-RED)\n\nYou will not be charged")),
                 qPrintable(plain.bodyText));
        QVERIFY(!plain.bodyHtml.contains(QStringLiteral("<p></p>")));

        // A coupon carries its code.
        const auto code = services::InsightService(shop()).issueCoupon(services::CouponRequest {
            QStringLiteral("cy@example.com"), 10, std::nullopt, QStringLiteral("sorry") });
        QVERIFY(code.ok());
        const QList<OutboxRow> coupons = messages(mail::kind::Coupon);
        QCOMPARE(coupons.size(), 1);
        QVERIFY(coupons[0].bodyText.contains(code.value()));
        QVERIFY(coupons[0].bodyText.contains(QStringLiteral("10%")));
        QCOMPARE(coupons[0].recipient, QStringLiteral("cy@example.com"));
    }

    void partialShipmentSaysWhatIsStillToCome()
    {
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 1 }, { QStringLiteral("CAP-BLK"), 2 } });
        const auto shipped = services::ShippingService(shop()).ship(
            QStringLiteral("1001"), services::ShipOptions { true, false, QString() });
        QVERIFY2(shipped.ok(), qPrintable(shipped.errorText()));
        const OutboxRow m = messages(mail::kind::Shipped).value(0);
        QVERIFY(m.bodyText.contains(QStringLiteral("1 x Mug, red (MUG-RED)")));
        QVERIFY(m.bodyText.contains(QStringLiteral("partial shipment")));
        QVERIFY(m.bodyText.contains(QStringLiteral("no extra shipping cost")));
        QVERIFY(m.bodyText.contains(QStringLiteral("2 x Cap (CAP-BLK), expected Sunday, 10 January 2027")));
    }

    void disabledKindQueuesNothing()
    {
        tinyShop();
        {
            store::Transaction tx(shop().db());
            QVERIFY(shop().outbox().templates().setEnabled(mail::kind::Confirmation, false).ok());
            QVERIFY(tx.commit().ok());
        }
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        QCOMPARE(messages().size(), 0);
    }

    // A receipt queues the "ready" e-mails as intents, one per order and never twice;
    // each is written from the template as it is when sent, and kept as it went out.
    void intentsAreWrittenWhenSent()
    {
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("CAP-BLK"), 1 } });
        placeOrder(QStringLiteral("1002"), QStringLiteral("bo@example.com"), QStringLiteral("Bo"),
                   { { QStringLiteral("CAP-BLK"), 2 } });
        QVERIFY(receive(QStringLiteral("CAP-BLK"), 3).ok());
        auto stored = [this](const QString& kind) {
            QList<OutboxRow> rows;
            for (const OutboxRow& r : test::must(outbox().messages(store::OutboxFilter {}))) {
                if (r.kind == kind)
                    rows << r;
            }
            return rows;
        };
        const QList<OutboxRow> intents = stored(mail::kind::Ready);
        QCOMPARE(intents.size(), 2);
        for (const OutboxRow& r : intents) {
            QVERIFY(!r.rendered);
            QVERIFY(r.subject.isEmpty() && r.bodyText.isEmpty() && r.bodyHtml.isEmpty());
            QVERIFY2(r.facts.contains(QStringLiteral("\"last\"")), qPrintable(r.facts));
        }
        // Changed before sending: the new template is the one shown and sent.
        auto setReady = [this](const QString& subject, const QString& text) {
            store::Transaction tx(shop().db());
            QVERIFY(shop()
                        .outbox()
                        .templates()
                        .set(mail::kind::Ready, mail::MailTemplate { subject, text, QStringLiteral("<p>") + text + QStringLiteral("</p>") })
                        .ok());
            QVERIFY(tx.commit().ok());
        };
        setReady(QStringLiteral("Ready now: {{order_number}}"), QStringLiteral("Set aside for you:\n{{lines}}"));
        QCOMPARE(messages(mail::kind::Ready).value(0).subject, QStringLiteral("Ready now: 1001"));
        const QString folder = fresh(QStringLiteral("eml"));
        Run run = cli({ QStringLiteral("notify"), QStringLiteral("--outbox-dir"), folder });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QList<OutboxRow> sent = stored(mail::kind::Ready);
        QCOMPARE(sent.size(), 2);
        for (const OutboxRow& r : sent) {
            QCOMPARE(r.state, store::messageState::Sent);
            QVERIFY(r.rendered);
            QCOMPARE(r.subject, QStringLiteral("Ready now: ") + r.orderNumber);
            QVERIFY2(r.bodyText.startsWith(QStringLiteral("Set aside for you:\n")), qPrintable(r.bodyText));
            QVERIFY(!r.messageId.isEmpty());
            const QByteArray eml = readAll(QDir(folder).filePath(QStringLiteral("%1.eml").arg(r.id)));
            QVERIFY(eml.contains(r.messageId.toUtf8()));
        }
        // Kept as it went out: a later change of the template rewrites nothing.
        setReady(QStringLiteral("Later: {{order_number}}"), QStringLiteral("Later text\n{{lines}}"));
        QCOMPARE(messages(mail::kind::Ready).value(0).subject, QStringLiteral("Ready now: 1001"));
        // Sent once: a second run finds nothing to send and writes no file.
        const int files = int(QDir(folder).entryList(QDir::Files).size());
        run = cli({ QStringLiteral("notify"), QStringLiteral("--outbox-dir"), folder });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(int(QDir(folder).entryList(QDir::Files).size()), files);
        QCOMPARE(stored(mail::kind::Ready).size(), 2);
    }

    // A shop that holds the cancellation template an earlier version wrote ("as
    // requested", "Reason: {{reason}}") gets today's; one the merchant changed keeps
    // its wording, and {{reason}} in it stays empty: the reason never goes out.
    void earlierCancellationTemplateNeverSendsTheReason_data()
    {
        QTest::addColumn<bool>("edited");
        QTest::addRow("unchanged default") << false;
        QTest::addRow("edited by the merchant") << true;
    }

    void earlierCancellationTemplateNeverSendsTheReason()
    {
        QFETCH(bool, edited);
        tinyShop();
        storeRetiredTemplate(mail::kind::Cancelled, QStringLiteral("cancelled"), QStringLiteral("{{reason}}"),
                             edited ? QStringLiteral("Dear friend,\n") : QString());
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        QVERIFY(services::OrderService(shop()).cancel(QStringLiteral("1001"), {}, QStringLiteral("rude customer")).ok());
        const QList<OutboxRow> cancelled = messages(mail::kind::Cancelled);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY2(!cancelled[0].bodyText.contains(QStringLiteral("rude")), qPrintable(cancelled[0].bodyText));
        QVERIFY(!cancelled[0].bodyHtml.contains(QStringLiteral("rude")));
        QCOMPARE(cancelled[0].bodyText.startsWith(QStringLiteral("Dear friend,")), edited);
        QCOMPARE(cancelled[0].bodyText.contains(QStringLiteral("as requested")), edited);
    }

    // A payment update asked for after the authorization lapsed says it has lapsed, in
    // wording that fits a lapse past or to come; a shop that still holds the earlier
    // default ("will not last that long") gets today's.
    void paymentUpdateSaysAPastLapseAsPast()
    {
        tinyShop();
        BD_VERIFY_OK(services::MailService(shop()).setTemplateEnabled(mail::kind::PaymentUpdate, false));
        storeRetiredTemplate(mail::kind::PaymentUpdate, QStringLiteral("payment_update"),
                             QStringLiteral("will not last that long"));
        // The cap comes on 10 January; the authorization of 20 November lapses after 7 days.
        placeOrder(QStringLiteral("3001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("CAP-BLK"), 1 } }, domain::PaymentState::Authorized);
        m_clock->advanceDays(10);
        BD_VERIFY_OK(services::MailService(shop()).setTemplateEnabled(mail::kind::PaymentUpdate, true));
        QVERIFY(schedule().queued >= 1);
        const QList<OutboxRow> updates = messages(mail::kind::PaymentUpdate);
        QCOMPARE(updates.size(), 1);
        const QString text = updates.constFirst().bodyText;
        QVERIFY2(text.contains(QStringLiteral("does not last until then: authorization has lapsed (")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("before your order ships")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("will not last")) && !text.contains(QStringLiteral("lapses before")),
                 qPrintable(text));
        QVERIFY(updates.constFirst().bodyHtml.contains(QStringLiteral("authorization has lapsed")));
    }

    void failedActionQueuesNothing()
    {
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        const int before = int(messages().size());
        // A preview changes nothing, mail included.
        const auto preview = services::StockService(shop()).receive(
            { services::ReceiveRequest { QStringLiteral("MUG-RED"), 5, {}, {}, {}, 0 } },
            services::ReceiveOptions { false, true, {} });
        QVERIFY(preview.ok());
        QCOMPARE(messages().size(), before);
    }

    // ------------------------------------------------------------ schedule

    void scheduleAcrossWeeks()
    {
        setting(store::settings::FollowUpDays, QStringLiteral("7"));
        setting(store::settings::CountdownDays, QStringLiteral("3"));
        addItem(QStringLiteral("LAMP"), QStringLiteral("Lamp"), 0, QDate(2026, 12, 20));
        // Placed 20 Nov, promised 20 Dec; the authorization (7 days) lapses on 27 Nov.
        placeOrder(QStringLiteral("2001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("LAMP"), 1 } }, domain::PaymentState::Authorized);
        const QString folder = fresh(QStringLiteral("eml"));
        QMap<QString, QList<QDate>> sentOn;
        for (int day = 0; day < 35; ++day) { // 20 Nov to 24 Dec
            const mail::ScheduleReport first = schedule();
            QVERIFY(first.queued >= 0);
            // Running it again the same day queues nothing.
            QCOMPARE(schedule().queued, 0);
            const mail::DeliveryReport delivered = delivery().writeFiles(folder);
            QVERIFY2(delivered.ok(), qPrintable(delivered.problems.join(QLatin1Char('\n'))));
            for (const OutboxRow& r : messages({}, store::messageState::Sent)) {
                if (r.sentAt == m_clock->now())
                    sentOn[r.kind] << m_clock->today();
            }
            if (m_clock->today() == QDate(2026, 12, 15)) {
                // The supplier is late: the countdown moves with the date.
                QVERIFY(services::StockService(shop())
                            .setExpectedDate(QStringLiteral("LAMP"), QDate(2026, 12, 24))
                            .ok());
            }
            m_clock->advanceDays(1);
        }
        QCOMPARE(sentOn.value(mail::kind::Confirmation), (QList<QDate> { QDate(2026, 11, 20) }));
        QCOMPARE(sentOn.value(mail::kind::FollowUp),
                 (QList<QDate> { QDate(2026, 11, 27), QDate(2026, 12, 4), QDate(2026, 12, 11),
                                 QDate(2026, 12, 18) }));
        QCOMPARE(sentOn.value(mail::kind::PaymentUpdate), (QList<QDate> { QDate(2026, 11, 20) }));
        QCOMPARE(sentOn.value(mail::kind::Delay), (QList<QDate> { QDate(2026, 12, 16) }));
        QCOMPARE(sentOn.value(mail::kind::Countdown), (QList<QDate> { QDate(2026, 12, 21) }));
        QVERIFY(messages(mail::kind::FollowUp)
                    .constLast()
                    .bodyText.contains(QStringLiteral("waiting for 28 days")));
        QCOMPARE(QDir(folder).entryList({ QStringLiteral("*.eml") }).size(), messages().size());
    }

    void pendingMessagesThatNoLongerApplyAreCancelled()
    {
        setting(store::settings::FollowUpDays, QStringLiteral("7"));
        addItem(QStringLiteral("LAMP"), QStringLiteral("Lamp"), 0, QDate(2027, 3, 1));
        placeOrder(QStringLiteral("2001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("LAMP"), 1 } });
        m_clock->advanceDays(7);
        QCOMPARE(schedule().queued, 1); // the first follow-up
        m_clock->advanceDays(7);
        // The second follow-up replaces the unsent first one.
        const mail::ScheduleReport second = schedule();
        QCOMPARE(second.queued, 1);
        QCOMPARE(second.cancelled, 1);
        // Stock arrives: nothing waits, the pending follow-up is not sent.
        QVERIFY(receive(QStringLiteral("LAMP"), 1).ok());
        const mail::ScheduleReport third = schedule();
        QCOMPARE(third.queued, 0);
        QCOMPARE(third.cancelled, 2); // the follow-up and the unsent confirmation
        QCOMPARE(messages(mail::kind::FollowUp, store::messageState::Pending).size(), 0);
        QCOMPARE(messages(mail::kind::Ready, store::messageState::Pending).size(), 1);
        QVERIFY(messages(mail::kind::FollowUp, store::messageState::Cancelled)
                    .constLast()
                    .lastError.contains(QStringLiteral("nothing")));
    }

    // ------------------------------------------------------------ .eml files

    void emlFilesReadBack()
    {
        tinyShop();
        {
            store::Transaction tx(shop().db());
            QVERIFY(shop()
                        .outbox()
                        .templates()
                        .set(mail::kind::Confirmation,
                             mail::MailTemplate { QStringLiteral("Ordre {{order_number}}: Tak, Søren – vi "
                                                                 "venter på varen, og det kan tage lidt tid"),
                                                  QStringLiteral("Hej {{customer_name}}\n{{lines}}"),
                                                  QStringLiteral("<p>Hej {{customer_name}}</p>{{lines}}") })
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        setting(store::settings::ShopName, QStringLiteral("Søstrene Shop"));
        setting(store::settings::ShopSender, QStringLiteral("shop@example.com"));
        setting(store::settings::ShopReplyTo, QStringLiteral("help@example.com"));
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Åse <script>"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        const QString folder = fresh(QStringLiteral("eml"));
        Run run = cli({ QStringLiteral("notify"), QStringLiteral("--outbox-dir"), folder });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("1 sent")));
        const OutboxRow row = messages().value(0);
        QCOMPARE(row.state, store::messageState::Sent);
        const QByteArray bytes = readAll(QDir(folder).filePath(QStringLiteral("%1.eml").arg(row.id)));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("\n\n")); // CRLF throughout
        const ParsedMail m = parseMail(bytes);
        QVERIFY(m.headers.contains("date"));
        QCOMPARE(m.headers.value("date"), QByteArray("Fri, 20 Nov 2026 09:00:00 +0000"));
        QCOMPARE(QString::fromLatin1(m.headers.value("message-id")), row.messageId);
        QVERIFY(row.messageId.startsWith(QLatin1Char('<'))
                && row.messageId.endsWith(QStringLiteral("@example.com>")));
        QCOMPARE(mail::mime::decodeHeaderText(m.headers.value("from")),
                 QStringLiteral("Søstrene Shop <shop@example.com>"));
        QCOMPARE(mail::mime::decodeHeaderText(m.headers.value("to")),
                 QStringLiteral("Åse <script> <ann@example.com>"));
        QCOMPARE(m.headers.value("reply-to"), QByteArray("help@example.com"));
        QVERIFY(m.headers.value("subject").startsWith("=?UTF-8?B?"));
        QCOMPARE(mail::mime::decodeHeaderText(m.headers.value("subject")),
                 QStringLiteral("Ordre 1001: Tak, Søren – vi venter på varen, og det kan tage lidt tid"));
        // Encoded words stay within 75 characters.
        for (const QByteArray& line : bytes.left(bytes.indexOf("\r\n\r\n")).split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
        QVERIFY(m.contentType.startsWith("multipart/alternative"));
        QCOMPARE(m.parts.size(), 2);
        QVERIFY(m.parts[0].contentType.startsWith("text/plain; charset=UTF-8"));
        QVERIFY(m.parts[1].contentType.startsWith("text/html; charset=UTF-8"));
        QVERIFY(m.part("text/plain").contains(QStringLiteral("Hej Åse <script>")));
        QVERIFY(m.part("text/html").contains(QStringLiteral("Hej Åse &lt;script&gt;")));
        // A second run writes nothing new.
        run = cli({ QStringLiteral("notify"), QStringLiteral("--outbox-dir"), folder });
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains(QStringLiteral("Queued 0 e-mail(s)")));
        QVERIFY(run.out.contains(QStringLiteral("0 sent")));
        QCOMPARE(QDir(folder).entryList({ QStringLiteral("*.eml") }).size(), 1);
    }

    void backOff()
    {
        const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(mail::Delivery::nextAttempt(t0, 1), t0.addSecs(60));
        QCOMPARE(mail::Delivery::nextAttempt(t0, 2), t0.addSecs(120));
        QCOMPARE(mail::Delivery::nextAttempt(t0, 5), t0.addSecs(960));
        QCOMPARE(mail::Delivery::nextAttempt(t0, 9), t0.addSecs(15360));
        QCOMPARE(mail::Delivery::nextAttempt(t0, 10), t0.addSecs(6 * 3600));
        QCOMPARE(mail::Delivery::nextAttempt(t0, 40), t0.addSecs(6 * 3600));
    }

    // ------------------------------------------------------------ a real SMTP server

    void smtpOverStartTlsWithLogin()
    {
        SmtpServer server;
        QVERIFY(startServer(server));
        smtpSettings(server);
        setting(store::settings::ShopName, QStringLiteral("Søstrene Shop"));
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"),
                   QStringLiteral("<script>alert(1)</script>"), { { QStringLiteral("MUG-RED"), 3 } });
        placeOrder(QStringLiteral("1002"), QStringLiteral("bo@example.com"), QStringLiteral("Bø"),
                   { { QStringLiteral("CAP-BLK"), 1 } });
        const mail::DeliveryReport report = sendNow();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.sent, 2);
        const QStringList received = server.messages();
        QCOMPARE(received.size(), 2);
        const ParsedMail first = parseMail(readAll(received[0]));
        QCOMPARE(QString::fromLatin1(first.headers.value("message-id")), messages().value(0).messageId);
        QCOMPARE(mail::mime::decodeHeaderText(first.headers.value("from")),
                 QStringLiteral("Søstrene Shop <shop@example.com>"));
        QVERIFY(first.contentType.startsWith("multipart/alternative"));
        QCOMPARE(first.parts.size(), 2);
        QVERIFY(first.part("text/html").contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!first.part("text/html").contains(QStringLiteral("<script>")));
        QCOMPARE(QString::fromUtf8(
                     readAll(QString(received[1]).replace(QStringLiteral(".eml"), QStringLiteral(".rcpt")))),
                 QStringLiteral("shop@example.com\nbo@example.com\n"));
        for (const OutboxRow& r : messages())
            QCOMPARE(r.state, store::messageState::Sent);
        // Again: nothing new queued, nothing sent twice.
        QCOMPARE(schedule().queued, 0);
        QCOMPARE(sendNow().sent, 0);
        QCOMPARE(server.messages().size(), 2);
    }

    void wrongPasswordKeepsMessagesPending()
    {
        SmtpServer server;
        QVERIFY(startServer(server));
        smtpSettings(server);
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        qputenv("BACKORDERDESK_SMTP_PASSWORD", "wrong");
        const mail::DeliveryReport report = sendNow();
        QVERIFY(report.stopped);
        QVERIFY(!report.ok());
        QVERIFY2(report.problems.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("refused the user name or password")),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
        const OutboxRow row = messages().value(0);
        QCOMPARE(row.state, store::messageState::Pending);
        QCOMPARE(row.attempts, 1);
        QCOMPARE(server.messages().size(), 0);
        // With the right password, on the next run after the back-off, it goes.
        qputenv("BACKORDERDESK_SMTP_PASSWORD", "s3cret");
        m_clock->advanceSeconds(61);
        QCOMPARE(sendNow().sent, 1);
        QCOMPARE(server.messages().size(), 1);
    }

    void serverDownThenUp()
    {
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        placeOrder(QStringLiteral("1002"), QStringLiteral("bo@example.com"), QStringLiteral("Bo"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        int deadPort = 0;
        {
            SmtpServer gone;
            QVERIFY(startServer(gone));
            deadPort = gone.port();
            smtpSettings(gone);
        }
        Run run = cli({ QStringLiteral("notify"), QStringLiteral("--send") });
        QCOMPARE(run.status, 1);
        // Said in the program's words (translated), not the mail library's English.
        QVERIFY2(run.err.contains(QStringLiteral("cannot reach the SMTP server 127.0.0.1:%1: nothing answers on that port")
                                      .arg(deadPort)),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Failed to connect")) && !run.err.contains(QStringLiteral("Couldn't")),
                 qPrintable(run.err));
        QList<OutboxRow> rows = messages();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].state, store::messageState::Pending);
        QCOMPARE(rows[0].attempts, 1);
        QCOMPARE(rows[0].dueAt, m_clock->now().addSecs(60));
        QCOMPARE(rows[1].attempts, 0); // the run stopped at the first
        // Still down a minute later: the oldest due goes first, then the back-off doubles.
        m_clock->advanceSeconds(60);
        QCOMPARE(sendNow().retrying, 1);
        QCOMPARE(messages().value(1).attempts, 1);
        m_clock->advanceSeconds(1);
        QCOMPARE(sendNow().retrying, 1);
        QCOMPARE(messages().value(0).attempts, 2);
        QCOMPARE(messages().value(0).dueAt, m_clock->now().addSecs(120));
        // Up again, later.
        SmtpServer server;
        QVERIFY(startServer(server));
        smtpSettings(server);
        m_clock->advanceSeconds(120);
        run = cli({ QStringLiteral("notify"), QStringLiteral("--send") });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(server.messages().size(), 2);
        for (const OutboxRow& r : messages())
            QCOMPARE(r.state, store::messageState::Sent);
    }

    void refusedRecipientFailsAndIsNeverRetried()
    {
        SmtpServer server;
        QVERIFY(startServer(server,
                            { QStringLiteral("--reject"), QStringLiteral("gone@example.com"),
                              QStringLiteral("--defer"), QStringLiteral("busy@example.com") }));
        smtpSettings(server);
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("gone@example.com"), QStringLiteral("Gone"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        placeOrder(QStringLiteral("1002"), QStringLiteral("busy@example.com"), QStringLiteral("Busy"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        placeOrder(QStringLiteral("1003"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        Run run = cli({ QStringLiteral("notify"), QStringLiteral("--send") });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("failed for good"))
                     && run.err.contains(QStringLiteral("550")),
                 qPrintable(run.err));
        QList<OutboxRow> rows = messages();
        QCOMPARE(rows[0].state, store::messageState::Failed);
        QVERIFY2(rows[0].lastError.contains(QStringLiteral("550 5.1.1")), qPrintable(rows[0].lastError));
        QCOMPARE(rows[1].state, store::messageState::Pending); // 451: later
        QVERIFY(rows[1].lastError.contains(QStringLiteral("451")));
        QCOMPARE(rows[2].state, store::messageState::Sent);
        QCOMPARE(server.messages().size(), 1);
        // Hours later: the refused one is not tried again.
        m_clock->advanceDays(1);
        const mail::DeliveryReport again = sendNow();
        QCOMPARE(again.failed, 0);
        rows = messages();
        QCOMPARE(rows[0].state, store::messageState::Failed);
        QCOMPARE(rows[0].attempts, 1);
        QCOMPARE(rows[1].attempts, 2);
        // By hand it can be retried (the merchant fixed the address in the mail server).
        run = cli({ QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(rows[0].id) });
        QCOMPARE(run.status, 0);
        QCOMPARE(messages().value(0).state, store::messageState::Pending);
        run = cli({ QStringLiteral("outbox"), QStringLiteral("cancel"), QString::number(rows[0].id) });
        QCOMPARE(run.status, 0);
        QCOMPARE(messages().value(0).state, store::messageState::Cancelled);
        run = cli({ QStringLiteral("outbox"), QStringLiteral("cancel"), QString::number(rows[2].id) });
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(QStringLiteral("sent already")));
        run = cli({ QStringLiteral("outbox"), QStringLiteral("--state"), QStringLiteral("failed") });
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1); // header only: the failed one is cancelled now
        run = cli({ QStringLiteral("outbox") });
        QVERIFY(run.out.startsWith(QStringLiteral(
            "id,kind,order_number,recipient,subject,state,attempts,last_error,created_at,sent_at\n")));
        QVERIFY(run.out.contains(
            QStringLiteral(",confirmation,1003,ann@example.com,Your order 1003 is on backorder,sent,1,,")));
    }

    void crashWhileSendingIsSentOnTheNextRun()
    {
        SmtpServer server;
        QVERIFY(startServer(server));
        smtpSettings(server);
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        OutboxRow row = messages().value(0);
        // A run wrote it, took it for sending and died before it could record the outcome.
        {
            store::Transaction tx(shop().db());
            const auto notSent = shop().outbox().prepareForSending(row);
            QVERIFY(notSent.ok() && notSent.value().isEmpty());
            QVERIFY(!row.messageId.isEmpty());
            const auto claimed = outbox().claimForSending(row.id, row.messageId, m_clock->now());
            QVERIFY(claimed.ok() && claimed.value());
            QVERIFY(tx.commit().ok());
        }
        closeShop();
        openShop();
        QCOMPARE(messages().value(0).state, store::messageState::Sending);
        // A second claim of the same message fails: two senders never both send it.
        {
            store::Transaction tx(shop().db());
            const auto again = outbox().claimForSending(row.id, row.messageId, m_clock->now());
            QVERIFY(again.ok());
            QVERIFY(!again.value());
            QVERIFY(tx.commit().ok());
        }
        // While the attempt may still be under way (another run), nothing is sent.
        m_clock->advanceSeconds(60);
        mail::DeliveryReport report = sendNow();
        QCOMPARE(report.recovered, 0);
        QCOMPARE(report.sent, 0);
        QCOMPARE(server.messages().size(), 0);
        QCOMPARE(messages().value(0).state, store::messageState::Sending);
        // Long after it began, the attempt counts as interrupted and is made again.
        m_clock->advanceSeconds(mail::Delivery::StaleSendingSeconds);
        report = sendNow();
        QCOMPARE(report.recovered, 1);
        QCOMPARE(report.sent, 1);
        const OutboxRow after = messages().value(0);
        QCOMPARE(after.state, store::messageState::Sent);
        QCOMPARE(after.attempts, 2);
        QCOMPARE(after.messageId, row.messageId); // a rare duplicate collapses in the mail client
        QCOMPARE(server.messages().size(), 1);
    }

    // smtp.security = tls: TLS from the first byte (SMTPS), the certificate checked,
    // then the login.
    void smtpOverImplicitTlsWithLogin()
    {
        SmtpServer server;
        QVERIFY(startServer(server, { QStringLiteral("--implicit-tls") }));
        smtpSettings(server);
        setting(store::settings::SmtpSecurity, QStringLiteral("tls"));
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        const mail::DeliveryReport report = sendNow();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.sent, 1);
        const QStringList received = server.messages();
        QCOMPARE(received.size(), 1);
        const ParsedMail mail = parseMail(readAll(received[0]));
        QCOMPARE(QString::fromLatin1(mail.headers.value("message-id")), messages().value(0).messageId);
        QVERIFY(mail.contentType.startsWith("multipart/alternative"));
        QCOMPARE(QString::fromUtf8(
                     readAll(QString(received[0]).replace(QStringLiteral(".eml"), QStringLiteral(".rcpt")))),
                 QStringLiteral("shop@example.com\nann@example.com\n"));
        QCOMPARE(messages().value(0).state, store::messageState::Sent);
    }

    // Implicit TLS against a server that speaks plain SMTP first: nothing goes, the
    // message stays pending.
    void implicitTlsToAStartTlsServerKeepsMessagesPending()
    {
        SmtpServer server;
        QVERIFY(startServer(server));
        smtpSettings(server);
        setting(store::settings::SmtpSecurity, QStringLiteral("tls"));
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        const mail::DeliveryReport report = sendNow();
        QVERIFY(report.stopped);
        QCOMPARE(report.sent, 0);
        QCOMPARE(messages().value(0).state, store::messageState::Pending);
        QCOMPARE(server.messages().size(), 0);
    }

    // smtp.security = none: plain SMTP without TLS or a login (a relay on the same host).
    void loginOverPlainConnectionIsRefused()
    {
        setting(store::settings::SmtpHost, QStringLiteral("127.0.0.1"));
        setting(store::settings::SmtpSecurity, QStringLiteral("none"));
        setting(store::settings::SmtpUser, QStringLiteral("shop"));
        qputenv("BACKORDERDESK_SMTP_PASSWORD", "secret");
        const auto settings = mail::SmtpSettings::fromConfig(shop().config());
        qunsetenv("BACKORDERDESK_SMTP_PASSWORD");
        QVERIFY(!settings.ok());
        QCOMPARE(settings.errors().constFirst().field, store::settings::SmtpSecurity);
        QVERIFY2(settings.errorText().contains(QStringLiteral("a login needs an encrypted connection")),
                 qPrintable(settings.errorText()));
    }

    void smtpPlainWithoutLogin()
    {
        SmtpServer server;
        QVERIFY(server.start(fresh(QStringLiteral("received")), {}));
        setting(store::settings::SmtpHost, QStringLiteral("127.0.0.1"));
        setting(store::settings::SmtpPort, QString::number(server.port()));
        setting(store::settings::SmtpSecurity, QStringLiteral("none"));
        qunsetenv("BACKORDERDESK_SMTP_PASSWORD");
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        placeOrder(QStringLiteral("1002"), QStringLiteral("bo@example.com"), QStringLiteral("Bø"),
                   { { QStringLiteral("CAP-BLK"), 1 } });
        const mail::DeliveryReport report = sendNow();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.sent, 2);
        const QStringList received = server.messages();
        QCOMPARE(received.size(), 2);
        const ParsedMail second = parseMail(readAll(received[1]));
        QCOMPARE(QString::fromLatin1(second.headers.value("message-id")), messages().value(1).messageId);
        QCOMPARE(second.parts.size(), 2);
        QCOMPARE(QString::fromUtf8(
                     readAll(QString(received[1]).replace(QStringLiteral(".eml"), QStringLiteral(".rcpt")))),
                 QStringLiteral("shop@example.com\nbo@example.com\n"));
        for (const OutboxRow& r : messages())
            QCOMPARE(r.state, store::messageState::Sent);
    }

    // STARTTLS is required, not opportunistic: a server that does not offer it gets nothing.
    void startTlsRequiredAgainstAPlainServer()
    {
        SmtpServer server;
        QVERIFY(server.start(fresh(QStringLiteral("received")), {}));
        setting(store::settings::SmtpHost, QStringLiteral("127.0.0.1"));
        setting(store::settings::SmtpPort, QString::number(server.port()));
        setting(store::settings::SmtpSecurity, QStringLiteral("starttls"));
        tinyShop();
        placeOrder(QStringLiteral("1001"), QStringLiteral("ann@example.com"), QStringLiteral("Ann"),
                   { { QStringLiteral("MUG-RED"), 3 } });
        const mail::DeliveryReport report = sendNow();
        QVERIFY(report.stopped);
        QCOMPARE(report.sent, 0);
        QCOMPARE(messages().value(0).state, store::messageState::Pending);
        QCOMPARE(server.messages().size(), 0);
    }

    // ------------------------------------------------------------ command line

    void templateCommands()
    {
        Run run = cli({ QStringLiteral("template"), QStringLiteral("list") });
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), 10);
        QVERIFY(run.out.contains(QStringLiteral("payment_update")));
        run = cli({ QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("delay") });
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains(QStringLiteral("{{new_date}}")));
        run = cli({ QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("nope") });
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(QStringLiteral("KIND is one of confirmation")));

        const QString text = path(QStringLiteral("t.txt"));
        const QString html = path(QStringLiteral("t.html"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("Hi {{customer_name}}, code {{tracking}}\n");
        t.close();
        QFile h(html);
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("<p>Hi {{customer_name}}</p>\n");
        h.close();
        run = cli({ QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("ready"),
                    QStringLiteral("--subject"), QStringLiteral("Ready"), QStringLiteral("--text"), text,
                    QStringLiteral("--html"), html });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("unknown placeholder {{tracking}}")), qPrintable(run.err));
        run = cli({ QStringLiteral("template"), QStringLiteral("set"), QStringLiteral("shipped"),
                    QStringLiteral("--subject"), QStringLiteral("On its way, {{customer_name}}"),
                    QStringLiteral("--text"), text, QStringLiteral("--html"), html });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        run = cli({ QStringLiteral("template"), QStringLiteral("disable"), QStringLiteral("followup") });
        QCOMPARE(run.status, 0);
        run = cli({ QStringLiteral("template"), QStringLiteral("list") });
        QVERIFY(run.out.contains(QStringLiteral("followup         off")));
        QVERIFY(run.out.contains(QStringLiteral("shipped          on    On its way, {{customer_name}}")));
        run = cli({ QStringLiteral("notify"), QStringLiteral("--send"), QStringLiteral("--outbox-dir"),
                    path(QStringLiteral("x")) });
        QCOMPARE(run.status, 2);
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "TestMail.moc"
