#pragma once

#include "core/Result.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

class QSqlQuery;

namespace bd::store {

class Database;

// One setting the merchant can change, with its default and what it accepts.
struct SettingSpec
{
    enum class Type { Text, Email, Integer, Currency, Locale, Choice };
    QString key;
    Type type = Type::Text;
    QString defaultValue;
    QString description;
    int minimum = 0;
    int maximum = 0;
    QStringList choices;
    // Which control characters the value may hold (core::Text): one line unless said.
    core::TextKind textKind = core::TextKind::Line;
};

// Typed settings kept in the shop database, with one table of defaults. Unknown keys
// and invalid values are refused with a message naming the key.
class Config
{
    Q_DECLARE_TR_FUNCTIONS(Config)

public:
    explicit Config(Database& db);
    ~Config();

    static const QList<SettingSpec>& specs();
    static const SettingSpec* spec(const QString& key);

    core::Result<QString> get(const QString& key) const;
    core::Status set(const QString& key, const QString& value);
    // The value or its default; for keys this build defines.
    QString text(const QString& key) const;
    int integer(const QString& key) const;
    QMap<QString, QString> all() const;

    static core::Status validate(const QString& key, const QString& value);

private:
    Database& m_db;
    // Prepared once: settings are read on hot paths (every order placed).
    mutable std::unique_ptr<QSqlQuery> m_read;
};

namespace settings {
inline const QString ShopName = QStringLiteral("shop.name");
inline const QString ShopSender = QStringLiteral("shop.sender");
inline const QString ShopReplyTo = QStringLiteral("shop.reply_to");
inline const QString ShopSignature = QStringLiteral("shop.signature");
inline const QString ShopCurrency = QStringLiteral("shop.currency");
inline const QString ShopLocale = QStringLiteral("shop.locale");
inline const QString FollowUpDays = QStringLiteral("mail.followup_days");
inline const QString CountdownDays = QStringLiteral("mail.countdown_days");
inline const QString RelatedItems = QStringLiteral("mail.related_items");
inline const QString GoodwillCouponDays = QStringLiteral("mail.goodwill_coupon_days");
inline const QString GoodwillCouponPercent = QStringLiteral("mail.goodwill_coupon_percent");
inline const QString AuthHoldDays = QStringLiteral("payment.auth_hold_days");
inline const QString SmtpHost = QStringLiteral("smtp.host");
inline const QString SmtpPort = QStringLiteral("smtp.port");
inline const QString SmtpSecurity = QStringLiteral("smtp.security");
inline const QString SmtpUser = QStringLiteral("smtp.user");
inline const QString SmtpCaFile = QStringLiteral("smtp.ca_file");
} // namespace settings

} // namespace bd::store
