// A Danish shop's customers get the Danish default e-mails, with æ, ø and å intact;
// other shops keep the English ones.

#include "core/Clock.h"
#include "mail/Outbox.h"
#include "mail/Templates.h"
#include "services/CatalogService.h"
#include "services/MailService.h"
#include "services/OrderService.h"
#include "services/Shop.h"
#include "store/Config.h"
#include "store/Database.h"
#include "../support/Must.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace bd;

class TestDanishTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::FixedClock> m_clock;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<services::Shop> m_shop;
    int m_serial = 0;

    void openShop(const QString& locale)
    {
        m_shop.reset();
        m_db.reset();
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("shop%1.sqlite").arg(++m_serial)));
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        m_db = db.takeValue();
        m_shop = std::make_unique<services::Shop>(*m_db, *m_clock);
        const core::Status set = m_shop->config().set(store::settings::ShopLocale, locale);
        QVERIFY2(set.ok(), qPrintable(set.errorText()));
    }

    // A mug expected on 20 December with none in stock, ordered by Søren Ærø.
    store::OutboxRow confirmationOfAWaitingOrder()
    {
        services::ItemInput input;
        input.item.sku = QStringLiteral("MUG-RED");
        input.item.name = QStringLiteral("Krus, rød");
        input.item.priceMinor = 12500;
        input.item.policy = domain::Policy::Backorder;
        input.item.expectedDate = QDate(2026, 12, 20);
        const core::Status saved = services::CatalogService(*m_shop).saveItems({ input });
        if (!saved.ok())
            qWarning("%s", qPrintable(saved.errorText()));
        domain::NewOrder order;
        order.number = QStringLiteral("1001");
        order.placedAt = m_shop->now();
        order.customerEmail = QStringLiteral("soren@example.dk");
        order.customerName = QStringLiteral("Søren Ærø");
        order.payment = domain::PaymentState::Verified;
        order.lines << domain::NewOrderLine { QStringLiteral("MUG-RED"), 2, std::nullopt, 0 };
        const auto placed = services::OrderService(*m_shop).place(order);
        if (!placed.ok())
            qWarning("%s", qPrintable(placed.errorText()));
        for (const store::OutboxRow& row : test::must(services::MailService(*m_shop).messages(store::OutboxFilter {})))
            if (row.kind == mail::kind::Confirmation)
                return row;
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<core::FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    }

    void cleanup()
    {
        m_shop.reset();
        m_db.reset();
    }

    void everyDanishDefaultIsValidAndDanish()
    {
        const QLocale danish(QLocale::Danish, QLocale::Denmark);
        for (const QString& kind : mail::Templates::kinds()) {
            const mail::MailTemplate da = mail::Templates::defaults(kind, danish);
            const mail::MailTemplate en = mail::Templates::defaults(kind);
            const core::Status valid = mail::Templates::validate(kind, da);
            QVERIFY2(valid.ok(), qPrintable(kind + QStringLiteral(": ") + valid.errorText()));
            QVERIFY2(da.subject != en.subject && da.bodyText != en.bodyText && da.bodyHtml != en.bodyHtml,
                     qPrintable(kind));
            QVERIFY2(da.bodyText.startsWith(QStringLiteral("Hej {{customer_name}}")), qPrintable(kind));
            // The same placeholders as the English template: nothing the customer should
            // read is lost in translation.
            for (const QString& part :
                 { QStringLiteral("subject"), QStringLiteral("text"), QStringLiteral("html") }) {
                const QString daText = part == QLatin1String("subject") ? da.subject
                    : part == QLatin1String("text")                     ? da.bodyText
                                                                        : da.bodyHtml;
                const QString enText = part == QLatin1String("subject") ? en.subject
                    : part == QLatin1String("text")                     ? en.bodyText
                                                                        : en.bodyHtml;
                for (const QString& placeholder : mail::Templates::placeholders(kind)) {
                    const QString mark = QStringLiteral("{{") + placeholder + QStringLiteral("}}");
                    QVERIFY2(daText.contains(mark) == enText.contains(mark),
                             qPrintable(kind + QLatin1Char(' ') + part + QLatin1Char(' ') + mark));
                }
            }
        }
        // Other languages fall back to English.
        QCOMPARE(mail::Templates::defaults(mail::kind::Delay, QLocale(QLocale::German)).subject,
                 mail::Templates::defaults(mail::kind::Delay).subject);
    }

    void danishShopConfirmsInDanish()
    {
        openShop(QStringLiteral("da_DK"));
        const store::OutboxRow confirmation = confirmationOfAWaitingOrder();
        QCOMPARE(confirmation.subject, QStringLiteral("Din ordre 1001 er i restordre"));
        QVERIFY2(confirmation.bodyText.startsWith(QStringLiteral("Hej Søren Ærø\n")),
                 qPrintable(confirmation.bodyText));
        for (const QString& phrase : { QStringLiteral("vil hellere sige det ærligt"),
                                       QStringLiteral("på nyt lager"), QStringLiteral("din plads i køen"),
                                       QStringLiteral("20. december 2026"), QStringLiteral("Krus, rød") })
            QVERIFY2(confirmation.bodyText.contains(phrase),
                     qPrintable(phrase + QLatin1Char('\n') + confirmation.bodyText));
        QVERIFY2(confirmation.bodyHtml.contains(QStringLiteral("<p>Hej Søren Ærø</p>")),
                 qPrintable(confirmation.bodyHtml));
        QVERIFY2(confirmation.bodyHtml.contains(QStringLiteral("Forventet afsendelse: <strong>")),
                 qPrintable(confirmation.bodyHtml));
        // The phrases the outbox fills in are Danish too, whatever language the program
        // speaks (here none is installed: English).
        QVERIFY2(confirmation.bodyText.contains(QStringLiteral("- 2 x Krus, rød (MUG-RED), forventet søndag den 20. december 2026")),
                 qPrintable(confirmation.bodyText));
        QVERIFY2(confirmation.bodyHtml.contains(QStringLiteral(">Vare</th>")), qPrintable(confirmation.bodyHtml));
        QVERIFY2(confirmation.bodyHtml.contains(QStringLiteral(">Antal</th>")), qPrintable(confirmation.bodyHtml));
        // The stored template is the Danish one, so the merchant edits Danish text.
        const auto stored = m_shop->outbox().templates().get(mail::kind::Confirmation);
        QVERIFY2(stored.ok(), qPrintable(stored.errorText()));
        QCOMPARE(stored->subject, QStringLiteral("Din ordre {{order_number}} er i restordre"));
    }

    void englishShopConfirmsInEnglish()
    {
        openShop(QStringLiteral("en_GB"));
        const store::OutboxRow confirmation = confirmationOfAWaitingOrder();
        QCOMPARE(confirmation.subject, QStringLiteral("Your order 1001 is on backorder"));
        QVERIFY2(confirmation.bodyText.startsWith(QStringLiteral("Hello Søren Ærø,")),
                 qPrintable(confirmation.bodyText));
        QVERIFY2(confirmation.bodyText.contains(QStringLiteral("- 2 x Krus, rød (MUG-RED), expected")),
                 qPrintable(confirmation.bodyText));
    }

    // A Danish program writing for an English shop: the customer reads English.
    void danishProgramEnglishShop()
    {
        QTranslator danish;
        QVERIFY(danish.load(QStringLiteral(":/i18n/backorderdesk_da.qm")));
        QCoreApplication::installTranslator(&danish);
        QCOMPARE(QCoreApplication::translate("Outbox", "Item"), QStringLiteral("Vare"));
        openShop(QStringLiteral("en_US"));
        const store::OutboxRow confirmation = confirmationOfAWaitingOrder();
        QCoreApplication::removeTranslator(&danish);
        QVERIFY2(confirmation.bodyText.contains(QStringLiteral("- 2 x Krus, rød (MUG-RED), expected Sunday, December 20, 2026")),
                 qPrintable(confirmation.bodyText));
        QVERIFY2(confirmation.bodyHtml.contains(QStringLiteral(">Item</th>")), qPrintable(confirmation.bodyHtml));
        QVERIFY2(!confirmation.bodyHtml.contains(QStringLiteral(">Vare</th>")), qPrintable(confirmation.bodyHtml));
    }
};

QTEST_GUILESS_MAIN(TestDanishTemplates)
#include "TestDanishTemplates.moc"
