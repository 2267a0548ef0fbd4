#include "ServerShop.h"

#include "store/Config.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bd::store::test;
using bd::store::Config;
using bd::store::Database;
using bd::store::SettingSpec;
using bd::store::Transaction;
namespace settings = bd::store::settings;

namespace {

// The defaults a new shop starts with, written out here so a changed default or a
// setting added without a test shows up.
const QList<std::pair<QString, QString>> ExpectedDefaults = {
    {u"shop.name"_s, u"My Shop"_s},
    {u"shop.sender"_s, u"shop@example.com"_s},
    {u"shop.reply_to"_s, QString()},
    {u"shop.signature"_s, QString()},
    {u"shop.currency"_s, u"EUR"_s},
    {u"shop.locale"_s, u"en_GB"_s},
    {u"mail.followup_days"_s, u"14"_s},
    {u"mail.countdown_days"_s, u"3"_s},
    {u"mail.related_items"_s, u"on"_s},
    {u"mail.goodwill_coupon_days"_s, u"0"_s},
    {u"mail.goodwill_coupon_percent"_s, u"10"_s},
    {u"payment.auth_hold_days"_s, u"7"_s},
    {u"smtp.host"_s, u"localhost"_s},
    {u"smtp.port"_s, u"587"_s},
    {u"smtp.security"_s, u"starttls"_s},
    {u"smtp.user"_s, QString()},
    {u"smtp.ca_file"_s, QString()},
};

// A valid value other than the default, per key.
QString otherValidValue(const QString& key)
{
    static const QMap<QString, QString> values = {
        {u"shop.name"_s, u"Other Shop"_s},
        {u"shop.sender"_s, u"orders@shop.example"_s},
        {u"shop.reply_to"_s, u"help@shop.example"_s},
        {u"shop.signature"_s, u"The team"_s},
        {u"shop.currency"_s, u"DKK"_s},
        {u"shop.locale"_s, u"da_DK"_s},
        {u"mail.followup_days"_s, u"21"_s},
        {u"mail.countdown_days"_s, u"5"_s},
        {u"mail.related_items"_s, u"off"_s},
        {u"mail.goodwill_coupon_days"_s, u"30"_s},
        {u"mail.goodwill_coupon_percent"_s, u"15"_s},
        {u"payment.auth_hold_days"_s, u"6"_s},
        {u"smtp.host"_s, u"mail.shop.example"_s},
        {u"smtp.port"_s, u"465"_s},
        {u"smtp.security"_s, u"tls"_s},
        {u"smtp.user"_s, u"ada"_s},
        {u"smtp.ca_file"_s, u"/etc/ssl/certs/shop-ca.pem"_s},
    };
    return values.value(key);
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void specTableIsComplete();
    void defaults_data();
    void defaults();
    void allListsEveryKey();
    void roundTrip_data();
    void roundTrip();
    void setOverwrites();
    void clearingWithNullText();
    void integerReadsNumbers();
    void unknownKeyRefused_data();
    void unknownKeyRefused();
    void invalidValueRefused_data();
    void invalidValueRefused();
    void valuesPersistAcrossReopen();
    void setJoinsTheCurrentTransaction();
    void failedReadIsNamedByWhatFollows();

private:
    QString dbPath() const { return bd::test::shopLocation(m_dir->filePath(u"shop.sqlite"_s)); }
    bool openDb();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_openError;
};

bool TestConfig::openDb()
{
    m_db.reset();
    auto result = Database::open(dbPath());
    if (!result.ok()) {
        m_openError = result.errorText();
        return false;
    }
    m_db = result.takeValue();
    return true;
}

void TestConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(openDb(), qPrintable(m_openError));
}

void TestConfig::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestConfig::specTableIsComplete()
{
    QStringList expectedKeys;
    for (const auto& [key, value] : ExpectedDefaults)
        expectedKeys << key;
    QStringList keys;
    for (const SettingSpec& s : Config::specs()) {
        QVERIFY2(!keys.contains(s.key), qPrintable(s.key)); // no key twice
        keys << s.key;
        QVERIFY2(!s.description.isEmpty(), qPrintable(s.key));
        QVERIFY2(Config::spec(s.key) == &s, qPrintable(s.key));
        if (s.type == SettingSpec::Type::Integer)
            QVERIFY2(s.minimum <= s.maximum, qPrintable(s.key));
        if (s.type == SettingSpec::Type::Choice)
            QVERIFY2(s.choices.size() >= 2, qPrintable(s.key));
    }
    QCOMPARE(keys, expectedKeys);
    QCOMPARE(Config::spec(u"no.such.key"_s), nullptr);

    // The names code uses are the names in the table.
    for (const QString& key : {settings::ShopName, settings::ShopSender, settings::ShopReplyTo, settings::ShopSignature,
                               settings::ShopCurrency, settings::ShopLocale, settings::FollowUpDays,
                               settings::CountdownDays, settings::AuthHoldDays, settings::SmtpHost, settings::SmtpPort,
                               settings::SmtpSecurity, settings::SmtpUser, settings::SmtpCaFile})
        QVERIFY2(expectedKeys.contains(key), qPrintable(key));
}

void TestConfig::defaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    for (const auto& [key, value] : ExpectedDefaults)
        QTest::addRow("%s", qPrintable(key)) << key << value;
}

void TestConfig::defaults()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const SettingSpec* s = Config::spec(key);
    QVERIFY(s);
    QCOMPARE(s->defaultValue, expected);
    // A default must itself be a value the setting accepts.
    const bd::core::Status valid = Config::validate(key, expected);
    QVERIFY2(valid.ok(), qPrintable(valid.errorText()));

    Config config(*m_db);
    QCOMPARE(config.text(key), expected);
    const auto got = config.get(key);
    QVERIFY2(got.ok(), qPrintable(got.errorText()));
    QCOMPARE(got.value(), expected);
    if (s->type == SettingSpec::Type::Integer)
        QCOMPARE(config.integer(key), expected.toInt());
}

void TestConfig::allListsEveryKey()
{
    Config config(*m_db);
    QVERIFY(config.set(settings::ShopName, u"Bøgh & Sønner"_s).ok());
    const QMap<QString, QString> all = config.all();
    QCOMPARE(all.size(), ExpectedDefaults.size());
    for (const auto& [key, value] : ExpectedDefaults) {
        QVERIFY2(all.contains(key), qPrintable(key));
        QCOMPARE(all.value(key), key == settings::ShopName ? u"Bøgh & Sønner"_s : value);
    }
}

void TestConfig::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    for (const auto& [key, value] : ExpectedDefaults)
        QTest::addRow("%s", qPrintable(key)) << key << otherValidValue(key);
    QTest::addRow("name with letters beyond ASCII") << settings::ShopName << u"Bøgh & Sønner — Ærø «Æble»"_s;
    QTest::addRow("name with quotes") << settings::ShopName << u"Bob's \"Best\"; DROP TABLE items; --"_s;
    QTest::addRow("name of 500 characters") << settings::ShopName << QString(500, u'x');
    QTest::addRow("signature over lines") << settings::ShopSignature << u"Kind regards,\nThe team\n"_s;
    QTest::addRow("reply-to empty") << settings::ShopReplyTo << u""_s;
    QTest::addRow("signature empty") << settings::ShopSignature << u""_s;
    QTest::addRow("smtp user empty") << settings::SmtpUser << u""_s;
    QTest::addRow("port lowest") << settings::SmtpPort << u"1"_s;
    QTest::addRow("port highest") << settings::SmtpPort << u"65535"_s;
    QTest::addRow("follow-up lowest") << settings::FollowUpDays << u"1"_s;
    QTest::addRow("follow-up highest") << settings::FollowUpDays << u"365"_s;
    QTest::addRow("countdown zero") << settings::CountdownDays << u"0"_s;
    QTest::addRow("countdown highest") << settings::CountdownDays << u"60"_s;
    QTest::addRow("security none") << settings::SmtpSecurity << u"none"_s;
    QTest::addRow("security starttls") << settings::SmtpSecurity << u"starttls"_s;
    QTest::addRow("locale de_DE") << settings::ShopLocale << u"de_DE"_s;
    QTest::addRow("currency NOK") << settings::ShopCurrency << u"NOK"_s;
}

void TestConfig::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    Config config(*m_db);
    const bd::core::Status set = config.set(key, value);
    QVERIFY2(set.ok(), qPrintable(set.errorText()));
    QCOMPARE(config.text(key), value);
    const auto got = config.get(key);
    QVERIFY2(got.ok(), qPrintable(got.errorText()));
    QCOMPARE(got.value(), value);
    QCOMPARE(config.all().value(key), value);
    // Stored in the shop database, as given.
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT value FROM settings WHERE key = :key"_s);
    q.bindValue(u":key"_s, key);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), value);
}

void TestConfig::setOverwrites()
{
    Config config(*m_db);
    QVERIFY(config.set(settings::SmtpHost, u"first.example"_s).ok());
    QVERIFY(config.set(settings::SmtpHost, u"second.example"_s).ok());
    QCOMPARE(config.text(settings::SmtpHost), u"second.example"_s);
    QCOMPARE(column(m_db->connection(), u"SELECT key || '=' || value FROM settings"_s),
             QStringList{u"smtp.host=second.example"_s});
}

void TestConfig::clearingWithNullText()
{
    // A null QString is what many callers hand over for "nothing" (QString(), an
    // untouched field); it must clear an optional setting like the empty string does.
    Config config(*m_db);
    QVERIFY(config.set(settings::ShopReplyTo, u"help@shop.example"_s).ok());
    QVERIFY(Config::validate(settings::ShopReplyTo, QString()).ok());
    const bd::core::Status cleared = config.set(settings::ShopReplyTo, QString());
    QVERIFY2(cleared.ok(), qPrintable(cleared.errorText()));
    QCOMPARE(config.text(settings::ShopReplyTo), QString());
}

void TestConfig::integerReadsNumbers()
{
    Config config(*m_db);
    QCOMPARE(config.integer(settings::FollowUpDays), 14);
    QCOMPARE(config.integer(settings::CountdownDays), 3);
    QCOMPARE(config.integer(settings::AuthHoldDays), 7);
    QCOMPARE(config.integer(settings::SmtpPort), 587);
    QVERIFY(config.set(settings::SmtpPort, u"2525"_s).ok());
    QVERIFY(config.set(settings::CountdownDays, u"0"_s).ok());
    QCOMPARE(config.integer(settings::SmtpPort), 2525);
    QCOMPARE(config.integer(settings::CountdownDays), 0);
}

void TestConfig::unknownKeyRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addRow("made up") << u"shop.colour"_s;
    QTest::addRow("wrong case") << u"SHOP.NAME"_s;
    QTest::addRow("trailing space") << u"shop.name "_s;
    QTest::addRow("a password, which is not kept here") << u"smtp.password"_s;
    QTest::addRow("section only") << u"smtp"_s;
}

void TestConfig::unknownKeyRefused()
{
    QFETCH(QString, key);
    Config config(*m_db);

    const bd::core::Status set = config.set(key, u"value"_s);
    QVERIFY(!set.ok());
    QCOMPARE(set.errors().size(), 1);
    QCOMPARE(set.errors().first().field, key);
    QVERIFY2(set.errorText().contains(key), qPrintable(set.errorText()));
    // The message helps: it lists what is known.
    QVERIFY2(set.errorText().contains(settings::SmtpHost), qPrintable(set.errorText()));

    const auto got = config.get(key);
    QVERIFY(!got.ok());
    QCOMPARE(got.errors().first().field, key);
    QVERIFY2(got.errorText().contains(key), qPrintable(got.errorText()));

    QVERIFY(!Config::validate(key, u"value"_s).ok());
    QCOMPARE(scalar(m_db->connection(), u"SELECT COUNT(*) FROM settings"_s).toInt(), 0);
}

void TestConfig::invalidValueRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addRow("negative follow-up days") << settings::FollowUpDays << u"-1"_s;
    QTest::addRow("zero follow-up days") << settings::FollowUpDays << u"0"_s;
    QTest::addRow("follow-up beyond a year") << settings::FollowUpDays << u"366"_s;
    QTest::addRow("follow-up in words") << settings::FollowUpDays << u"two"_s;
    QTest::addRow("follow-up fraction") << settings::FollowUpDays << u"1.5"_s;
    QTest::addRow("follow-up empty") << settings::FollowUpDays << QString();
    QTest::addRow("negative countdown days") << settings::CountdownDays << u"-3"_s;
    QTest::addRow("countdown too far") << settings::CountdownDays << u"61"_s;
    QTest::addRow("negative hold days") << settings::AuthHoldDays << u"-7"_s;
    QTest::addRow("zero hold days") << settings::AuthHoldDays << u"0"_s;
    QTest::addRow("port 70000") << settings::SmtpPort << u"70000"_s;
    QTest::addRow("port 0") << settings::SmtpPort << u"0"_s;
    QTest::addRow("negative port") << settings::SmtpPort << u"-25"_s;
    QTest::addRow("port beyond int") << settings::SmtpPort << u"99999999999"_s;
    QTest::addRow("port named") << settings::SmtpPort << u"smtp"_s;
    QTest::addRow("currency euro") << settings::ShopCurrency << u"euro"_s;
    QTest::addRow("currency lower case") << settings::ShopCurrency << u"eur"_s;
    QTest::addRow("currency two letters") << settings::ShopCurrency << u"EU"_s;
    QTest::addRow("currency four letters") << settings::ShopCurrency << u"EURO"_s;
    QTest::addRow("currency sign") << settings::ShopCurrency << u"€"_s;
    QTest::addRow("currency empty") << settings::ShopCurrency << QString();
    QTest::addRow("locale xx_YY") << settings::ShopLocale << u"xx_YY"_s;
    QTest::addRow("locale in words") << settings::ShopLocale << u"klingon"_s;
    QTest::addRow("locale empty") << settings::ShopLocale << QString();
    QTest::addRow("sender without @") << settings::ShopSender << u"shop.example.com"_s;
    QTest::addRow("sender without domain") << settings::ShopSender << u"shop@"_s;
    QTest::addRow("sender without name") << settings::ShopSender << u"@example.com"_s;
    QTest::addRow("sender with space") << settings::ShopSender << u"the shop@example.com"_s;
    QTest::addRow("sender with two @") << settings::ShopSender << u"a@b@example.com"_s;
    QTest::addRow("reply-to without @") << settings::ShopReplyTo << u"help"_s;
    QTest::addRow("security ssl3") << settings::SmtpSecurity << u"ssl3"_s;
    QTest::addRow("security empty") << settings::SmtpSecurity << QString();
    QTest::addRow("name of 501 characters") << settings::ShopName << QString(501, u'x');
}

void TestConfig::invalidValueRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    Config config(*m_db);
    // A value set before stays what it was.
    const QString before = otherValidValue(key);
    QVERIFY(!before.isEmpty());
    QVERIFY(config.set(key, before).ok());

    QVERIFY(!Config::validate(key, value).ok());
    const bd::core::Status set = config.set(key, value);
    QVERIFY(!set.ok());
    QCOMPARE(set.errors().size(), 1);
    const bd::core::Error& error = set.errors().first();
    QCOMPARE(error.field, key);
    QVERIFY2(set.errorText().contains(key), qPrintable(set.errorText()));
    QVERIFY(!error.message.isEmpty());
    // Short values are quoted back; a too-long name is described instead.
    if (!value.isEmpty() && value.size() <= 20)
        QVERIFY2(error.message.contains(u'\'' + value + u'\''), qPrintable(error.message));

    QCOMPARE(config.text(key), before);
    QCOMPARE(column(m_db->connection(), u"SELECT value FROM settings"_s), QStringList{before});
}

void TestConfig::valuesPersistAcrossReopen()
{
    {
        Config config(*m_db);
        QVERIFY(config.set(settings::ShopName, u"Bøgh & Sønner"_s).ok());
        QVERIFY(config.set(settings::SmtpPort, u"465"_s).ok());
        QVERIFY(config.set(settings::SmtpSecurity, u"tls"_s).ok());
        QVERIFY(config.set(settings::ShopReplyTo, u"help@shop.example"_s).ok());
    }
    QVERIFY2(openDb(), qPrintable(m_openError));
    Config config(*m_db);
    QCOMPARE(config.text(settings::ShopName), u"Bøgh & Sønner"_s);
    QCOMPARE(config.integer(settings::SmtpPort), 465);
    QCOMPARE(config.text(settings::SmtpSecurity), u"tls"_s);
    QCOMPARE(config.text(settings::ShopReplyTo), u"help@shop.example"_s);
    // Untouched settings still read as their defaults.
    QCOMPARE(config.text(settings::ShopCurrency), u"EUR"_s);
    QCOMPARE(config.integer(settings::FollowUpDays), 14);
    QCOMPARE(scalar(m_db->connection(), u"SELECT COUNT(*) FROM settings"_s).toInt(), 4);
}

void TestConfig::setJoinsTheCurrentTransaction()
{
    Config config(*m_db);
    {
        Transaction t(*m_db);
        QVERIFY(t.isActive());
        QVERIFY(config.set(settings::ShopName, u"Not saved"_s).ok());
        QCOMPARE(config.text(settings::ShopName), u"Not saved"_s);
    }
    QCOMPARE(config.text(settings::ShopName), u"My Shop"_s);
    {
        Transaction t(*m_db);
        QVERIFY(config.set(settings::ShopName, u"Saved"_s).ok());
        QVERIFY(t.commit().ok());
    }
    QVERIFY2(openDb(), qPrintable(m_openError));
    QCOMPARE(Config(*m_db).text(settings::ShopName), u"Saved"_s);
}

// A setting that cannot be read in the middle of an action (the settings table is gone):
// the action fails naming it. SQLite goes on with the transaction and refuses it at the
// commit; PostgreSQL refuses every statement after the failed read, and those refusals
// name the read too, not "current transaction is aborted".
void TestConfig::failedReadIsNamedByWhatFollows()
{
    Config config(*m_db);
    {
        Transaction t(*m_db);
        QVERIFY(t.isActive());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"ALTER TABLE settings RENAME TO settings_gone"_s));
        QCOMPARE(config.text(settings::ShopName), u"My Shop"_s); // the default, and the read is kept
        QSqlQuery next(m_db->connection());
        const bool written = next.exec(u"INSERT INTO settings_gone (key, value) VALUES ('shop.name', 'After')"_s);
        if (bd::test::onServer()) {
            QVERIFY(!written);
            const QString why = bd::store::queryError(next);
            QVERIFY2(why.contains(u"Cannot read the setting shop.name"_s), qPrintable(why));
            QVERIFY2(why.contains(u"settings"_s), qPrintable(why));
        } else {
            QVERIFY2(written, qPrintable(bd::store::queryError(next)));
        }
        const bd::core::Status committed = t.commit();
        QVERIFY(!committed.ok());
        QVERIFY2(committed.errorText().contains(u"Cannot read the setting shop.name"_s), qPrintable(committed.errorText()));
    }
    // Nothing stays of it, and the next action's errors are its own.
    QCOMPARE(config.text(settings::ShopName), u"My Shop"_s);
    {
        Transaction t(*m_db);
        QSqlQuery bad(m_db->connection());
        QVERIFY(!bad.exec(u"INSERT INTO no_such_table (x) VALUES (1)"_s));
        QVERIFY2(bd::store::queryError(bad).contains(u"no_such_table"_s), qPrintable(bd::store::queryError(bad)));
    }
}

QTEST_GUILESS_MAIN(TestConfig)
#include "TestConfig.moc"
