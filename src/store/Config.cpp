#include "Config.h"

#include "domain/Rules.h"
#include "store/Database.h"
#include "store/SettingChosen.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

using bd::core::Result;
using bd::core::Status;

namespace bd::store {

Config::Config(Database& db)
    : m_db(db)
{
}

Config::~Config() = default;

const QList<SettingSpec>& Config::specs()
{
    using T = SettingSpec::Type;
    static const QList<SettingSpec> table = {
        {settings::ShopName, T::Text, QStringLiteral("My Shop"), tr("Shop name shown in e-mails and reports"), 0, 0, {}},
        {settings::ShopSender, T::Email, QStringLiteral("shop@example.com"), tr("Sender address of e-mails"), 0, 0, {}},
        {settings::ShopReplyTo, T::Email, QString(), tr("Reply-to address of e-mails (empty: the sender)"), 0, 0, {}},
        {settings::ShopSignature, T::Text, QString(), tr("Signature under every e-mail"), 0, 0, {},
         core::TextKind::MultiLine},
        {settings::ShopCurrency, T::Currency, QStringLiteral("EUR"), tr("Currency of prices (ISO 4217 code)"), 0, 0, {}},
        {settings::ShopLocale, T::Locale, QStringLiteral("en_GB"), tr("Locale for dates and money in e-mails and reports"), 0, 0, {}},
        {settings::FollowUpDays, T::Integer, QStringLiteral("14"), tr("Days between follow-up e-mails while an order waits"), 1, 365, {}},
        {settings::CountdownDays, T::Integer, QStringLiteral("3"), tr("Days before the promised date to send the countdown e-mail"), 0, 60, {}},
        {settings::RelatedItems, T::Choice, QStringLiteral("on"), tr("Show related items in stock in follow-up and countdown e-mails"), 0, 0,
         {QStringLiteral("on"), QStringLiteral("off")}},
        {settings::GoodwillCouponDays, T::Integer, QStringLiteral("0"), tr("Days an order waits before its follow-up brings a goodwill coupon, once per order (0: never)"), 0, 365, {}},
        {settings::GoodwillCouponPercent, T::Integer, QStringLiteral("10"), tr("Percent off the customer's next order that a goodwill coupon gives"), 1, 100, {}},
        {settings::AuthHoldDays, T::Integer, QStringLiteral("7"), tr("Days a card authorization holds before it lapses"), 1, 60, {}},
        {settings::SmtpHost, T::Text, QStringLiteral("localhost"), tr("SMTP server host name"), 0, 0, {}},
        {settings::SmtpPort, T::Integer, QStringLiteral("587"), tr("SMTP server port"), 1, 65535, {}},
        {settings::SmtpSecurity, T::Choice, QStringLiteral("starttls"), tr("SMTP connection security"), 0, 0,
         {QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("tls")}},
        {settings::SmtpUser, T::Text, QString(), tr("SMTP user name (empty: no login)"), 0, 0, {}},
        {settings::SmtpCaFile, T::Text, QString(), tr("Extra CA certificate file to trust for the SMTP server"), 0, 0, {}},
    };
    return table;
}

const SettingSpec* Config::spec(const QString& key)
{
    for (const SettingSpec& s : specs()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

Status Config::validate(const QString& key, const QString& value)
{
    const SettingSpec* s = spec(key);
    if (!s) {
        QStringList keys;
        for (const SettingSpec& known : specs())
            keys << known.key;
        return core::Error{tr("unknown setting; known settings are: %1").arg(keys.join(QStringLiteral(", "))), {}, 0, key};
    }
    auto bad = [&](const QString& why) { return core::Error{why, {}, 0, key}; };
    // Before the value is read as anything: a number or a choice is one line too.
    if (auto e = core::Text::check(value, s->textKind, key))
        return *e;
    switch (s->type) {
    case SettingSpec::Type::Text:
        if (value.size() > 500)
            return bad(tr("at most 500 characters"));
        break;
    case SettingSpec::Type::Email: {
        if (!value.isEmpty() && !domain::isEmailAddress(value, true))
            return bad(tr("'%1' is not an e-mail address").arg(value));
        break;
    }
    case SettingSpec::Type::Integer: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < s->minimum || n > s->maximum)
            return bad(tr("'%1' is not a whole number from %2 to %3").arg(value).arg(s->minimum).arg(s->maximum));
        break;
    }
    case SettingSpec::Type::Currency: {
        if (!domain::isCurrencyCode(value))
            return bad(tr("'%1' is not a three-letter currency code such as EUR or DKK").arg(value));
        break;
    }
    case SettingSpec::Type::Locale: {
        const QLocale locale(value);
        if (value.isEmpty() || (locale.language() == QLocale::C && value != QLatin1String("C")))
            return bad(tr("'%1' is not a locale name such as da_DK or en_US").arg(value));
        break;
    }
    case SettingSpec::Type::Choice:
        if (!s->choices.contains(value))
            return bad(tr("'%1' is not one of %2").arg(value, s->choices.join(QStringLiteral(", "))));
        break;
    }
    return {};
}

Result<QString> Config::get(const QString& key) const
{
    const Status valid = validate(key, spec(key) ? spec(key)->defaultValue : QString());
    if (!spec(key))
        return valid.errors();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return core::fail(tr("Cannot read the setting %1: %2").arg(key, queryError(q)));
    return q.next() ? q.value(0).toString() : spec(key)->defaultValue;
}

static QString defaultOf(const QString& key)
{
    const SettingSpec* s = Config::spec(key);
    return s ? s->defaultValue : QString();
}

QString Config::text(const QString& key) const
{
    if (!m_read) {
        auto read = std::make_unique<QSqlQuery>(m_db.connection());
        read->setForwardOnly(true);
        if (!read->prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"))) {
            // Heard at the commit of the action that read it (see Database::failRead).
            m_db.failRead(tr("Cannot read the setting %1: %2").arg(key, queryError(*read)));
            return defaultOf(key);
        }
        m_read = std::move(read);
    }
    QSqlQuery& q = *m_read;
    q.bindValue(QStringLiteral(":key"), key);
    QString value;
    if (!q.exec()) {
        m_db.failRead(tr("Cannot read the setting %1: %2").arg(key, queryError(q)));
    } else if (q.next()) {
        value = q.value(0).toString();
        q.finish();
        return value;
    }
    q.finish();
    return defaultOf(key);
}

int Config::integer(const QString& key) const
{
    return text(key).toInt();
}

Status Config::set(const QString& key, const QString& value)
{
    const Status valid = validate(key, value);
    if (!valid.ok())
        return valid;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), key);
    // A null QString would be stored as NULL.
    q.bindValue(QStringLiteral(":value"), value.isNull() ? QStringLiteral("") : value);
    if (!q.exec())
        return core::fail(tr("Cannot save setting %1: %2").arg(key, queryError(q)));
    return {};
}

QMap<QString, QString> Config::all() const
{
    QMap<QString, QString> values;
    for (const SettingSpec& s : specs())
        values.insert(s.key, text(s.key));
    return values;
}

Result<bool> isSettingChosen(Database& db, const QString& key)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return core::fail(Config::tr("Cannot read setting %1: %2").arg(key, queryError(q)));
    const bool found = q.next();
    q.finish();
    return found;
}

} // namespace bd::store
