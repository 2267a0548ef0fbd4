#pragma once

#include "core/Result.h"
#include "domain/LocaleFormat.h"
#include "store/MailStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace bd::core {
class Clock;
}
namespace bd::store {
class Config;
}

namespace bd::mail {

// The kinds of e-mail, as the CLI, the outbox and the templates table name them.
namespace kind {
inline const QString Confirmation = QStringLiteral("confirmation");
inline const QString FollowUp = QStringLiteral("followup");
inline const QString Countdown = QStringLiteral("countdown");
inline const QString Delay = QStringLiteral("delay");
inline const QString PaymentUpdate = QStringLiteral("payment_update");
inline const QString Ready = QStringLiteral("ready");
inline const QString Shipped = QStringLiteral("shipped");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Coupon = QStringLiteral("coupon");
inline const QString StockUpdate = QStringLiteral("stock_update");
} // namespace kind

struct MailTemplate
{
    QString subject;
    QString bodyText;
    QString bodyHtml;
};

struct RenderedMail
{
    QString subject;
    QString bodyText;
    QString bodyHtml;
};

// The values of one message's placeholders. A value is plain text; a few (lists of
// lines) also come as ready-made HTML built from escaped parts. Every other value is
// HTML-escaped when it goes into the HTML body.
class MailValues
{
public:
    void set(const QString& name, const QString& text) { m_text.insert(name, text); }
    void setWithHtml(const QString& name, const QString& text, const QString& html)
    {
        m_text.insert(name, text);
        m_html.insert(name, html);
    }
    QString text(const QString& name) const { return m_text.value(name); }
    // The value for the HTML body: the ready-made HTML, or the text escaped.
    QString html(const QString& name) const;

private:
    QHash<QString, QString> m_text;
    QHash<QString, QString> m_html;
};

// Dates, money and the phrases the outbox writes into e-mails as the shop's customers
// read them (the shop.locale setting), whatever language the program itself speaks.
// Dates and money are domain::LocaleFormat's: the same as the reports of that locale.
class MailFormat
{
public:
    explicit MailFormat(const QLocale& locale)
        : m_format(locale)
    {
    }
    // The long form: "Friday, 4 December 2026".
    QString date(const QDate& date) const { return m_format.longDate(date); }
    QString money(qint64 minor, const QString& currency) const { return m_format.money(minor, currency); }
    const QLocale& locale() const { return m_format.locale(); }
    // A phrase of `context` (marked for translation with QT_TRANSLATE_NOOP or
    // QT_TRANSLATE_N_NOOP) in the shop's language when this build has a translation for
    // it (":/i18n/backorderdesk_LANG.qm", linked in by the programs), else as written;
    // %n is replaced by n.
    QString phrase(const char* context, const char* source, int n = -1) const;

private:
    domain::LocaleFormat m_format;
};

// {{goodwill_coupon}}: the paragraph that gives the customer `code` for `percent`% off
// their next order, in the format's language; empty without a code (FollowUpMail.cpp).
void setGoodwillCouponValue(MailValues& values, const MailFormat& format, const QString& code, int percent);

// The placeholders each kind knows, the defaults shipped with the application, and
// the checks and rendering of a template.
class Templates
{
    Q_DECLARE_TR_FUNCTIONS(Templates)

public:
    static const QStringList& kinds();
    static bool isKind(const QString& name) { return kinds().contains(name); }
    // What "KIND is one of ..." messages say.
    static QString kindList() { return kinds().join(QStringLiteral(", ")); }
    static QStringList placeholders(const QString& kind);
    // The template shipped in the application's resources.
    static MailTemplate defaults(const QString& kind);
    // The template shipped for customers who read `locale`'s language (resources/
    // templates/<language>/, e.g. da/), else the English one.
    static MailTemplate defaults(const QString& kind, const QLocale& locale);
    // An unknown or malformed placeholder is an error naming it and the part it is in.
    static core::Status validate(const QString& kind, const MailTemplate& mail);
    static RenderedMail render(const MailTemplate& mail, const MailValues& values);
};

// The templates of one shop: stored in the database, the defaults written on first use.
// Runs inside the caller's transaction.
class TemplateService
{
    Q_DECLARE_TR_FUNCTIONS(TemplateService)

public:
    // config: the shop's settings, whose shop.locale picks the language of the
    // defaults written on first use (none: English).
    TemplateService(store::MailStore& store, const core::Clock& clock, const store::Config* config = nullptr)
        : m_store(store)
        , m_clock(clock)
        , m_config(config)
    {
    }

    core::Result<store::TemplateRow> get(const QString& kind);
    // Every kind, in the order of Templates::kinds().
    core::Result<QList<store::TemplateRow>> list();
    core::Status set(const QString& kind, const MailTemplate& mail);
    core::Status setEnabled(const QString& kind, bool enabled);

private:
    static std::optional<MailTemplate> replacementOfRetired(const QString& kind, const store::TemplateRow& row);

    store::MailStore& m_store;
    const core::Clock& m_clock;
    const store::Config* m_config = nullptr;
};

} // namespace bd::mail
