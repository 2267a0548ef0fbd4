#include "Templates.h"

#include "core/Clock.h"
#include "core/Text.h"
#include "store/Config.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>

#include <functional>
#include <map>
#include <memory>

using bd::core::Error;
using bd::core::Result;
using bd::core::Status;

namespace bd::mail {

namespace {

// {{ name }}: what may sit between the braces is checked by validate().
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));
    return re;
}

QString readResource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

QString MailValues::html(const QString& name) const
{
    const auto it = m_html.constFind(name);
    if (it != m_html.cend())
        return *it;
    return m_text.value(name).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
}

QString MailFormat::phrase(const char* context, const char* source, int n) const
{
    // One translator per language, loaded on first use and kept: the outbox asks often.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> translators;
    QString text;
    const QString language = QLocale::languageToCode(locale().language());
    // English has a translation too: the plural forms of what counts with %n.
    if (locale().language() != QLocale::C) {
        const QMutexLocker lock(&mutex);
        auto it = translators.find(language);
        if (it == translators.end()) {
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(locale(), QStringLiteral("backorderdesk"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n")))
                translator.reset();
            it = translators.emplace(language, std::move(translator)).first;
        }
        if (it->second)
            text = it->second->translate(context, source, nullptr, n);
    }
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), locale().toString(n));
    return text;
}

const QStringList& Templates::kinds()
{
    static const QStringList list
        = { kind::Confirmation, kind::FollowUp, kind::Countdown, kind::Delay, kind::PaymentUpdate,
            kind::Ready,        kind::Shipped,  kind::Cancelled, kind::Coupon,  kind::StockUpdate };
    return list;
}

QStringList Templates::placeholders(const QString& name)
{
    QStringList common = { QStringLiteral("customer_name"), QStringLiteral("customer_email"),
                           QStringLiteral("shop_name"), QStringLiteral("signature") };
    if (name == kind::Coupon)
        return common
            + QStringList { QStringLiteral("coupon_code"), QStringLiteral("coupon_value"),
                            QStringLiteral("coupon_reason") };
    common += { QStringLiteral("order_number"), QStringLiteral("order_date"), QStringLiteral("lines"),
                QStringLiteral("promised_date") };
    const QStringList selling = { QStringLiteral("highlight"), QStringLiteral("related_items") };
    if (name == kind::FollowUp)
        return common
            + QStringList { QStringLiteral("days_waited"), QStringLiteral("countdown"),
                            QStringLiteral("goodwill_coupon") }
            + selling;
    if (name == kind::Countdown)
        return common + QStringList { QStringLiteral("days_left") } + selling;
    if (name == kind::Delay)
        return common
            + QStringList { QStringLiteral("old_date"), QStringLiteral("new_date"), QStringLiteral("delay_reason") };
    if (name == kind::PaymentUpdate)
        return common
            + QStringList { QStringLiteral("lapse_date"), QStringLiteral("lapse_reason"),
                            QStringLiteral("card_last4") };
    if (name == kind::Ready)
        return common + QStringList { QStringLiteral("order_total") };
    if (name == kind::Shipped)
        return common
            + QStringList { QStringLiteral("tracking"), QStringLiteral("shipped_lines"),
                            QStringLiteral("still_to_come"), QStringLiteral("partial_note") };
    if (name == kind::Cancelled)
        return common + QStringList { QStringLiteral("cancelled_lines"), QStringLiteral("message") };
    if (name == kind::StockUpdate)
        return common
            + QStringList { QStringLiteral("stage"), QStringLiteral("stage_date"), QStringLiteral("stage_note") };
    return common;
}

MailTemplate Templates::defaults(const QString& name)
{
    const QString base = QStringLiteral(":/templates/") + name;
    return MailTemplate { readResource(base + QStringLiteral(".subject")).trimmed(),
                          readResource(base + QStringLiteral(".txt")),
                          readResource(base + QStringLiteral(".html")) };
}

MailTemplate Templates::defaults(const QString& name, const QLocale& locale)
{
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        const QString base = QStringLiteral(":/templates/%1/%2")
                                 .arg(QLocale::languageToCode(locale.language()), name);
        if (QFile::exists(base + QStringLiteral(".subject")))
            return MailTemplate { readResource(base + QStringLiteral(".subject")).trimmed(),
                                  readResource(base + QStringLiteral(".txt")),
                                  readResource(base + QStringLiteral(".html")) };
    }
    return defaults(name);
}

Status Templates::validate(const QString& name, const MailTemplate& mail)
{
    if (!isKind(name))
        return core::fail(tr("unknown kind of e-mail '%1'; it is one of %2").arg(name, kindList()));
    const QStringList known = placeholders(name);
    core::Errors errors;
    auto check = [&](const QString& part, const QString& field, const QString& text) {
        if (text.trimmed().isEmpty()) {
            errors << Error { tr("the %1 is empty").arg(part), {}, 0, field };
            return;
        }
        QString rest = text;
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString placeholder = m.captured(1).trimmed();
            if (!known.contains(placeholder))
                errors << Error { tr("unknown placeholder {{%1}} in the %2; %3 e-mails know %4")
                                      .arg(placeholder, part, name,
                                           QStringLiteral("{{") + known.join(QStringLiteral("}}, {{"))
                                               + QStringLiteral("}}")),
                                  {},
                                  0,
                                  field };
            rest.replace(m.captured(0), QString());
        }
        if (rest.contains(QStringLiteral("{{")) || rest.contains(QStringLiteral("}}")))
            errors << Error { tr("unbalanced {{ or }} in the %1").arg(part), {}, 0, field };
    };
    check(tr("subject"), QStringLiteral("subject"), mail.subject);
    check(tr("plain-text body"), QStringLiteral("text"), mail.bodyText);
    check(tr("HTML body"), QStringLiteral("html"), mail.bodyHtml);
    // Control characters (core::Text): the subject is one line, the bodies are text on
    // several lines.
    errors << core::Text::checkFields({ { QStringLiteral("subject"), mail.subject },
                                        { QStringLiteral("text"), mail.bodyText, core::TextKind::MultiLine },
                                        { QStringLiteral("html"), mail.bodyHtml, core::TextKind::MultiLine } })
                  .errors();
    return errors;
}

static QString fill(const QString& text, const std::function<QString(const QString&)>& value)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype at = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(at, m.capturedStart(0) - at);
        out += value(m.captured(1).trimmed());
        at = m.capturedEnd(0);
    }
    out += QStringView(text).mid(at);
    return out;
}

RenderedMail Templates::render(const MailTemplate& mail, const MailValues& values)
{
    RenderedMail out;
    // One line without control characters (core::Text), whatever the values hold.
    out.subject = core::Text::headerLine(fill(mail.subject, [&](const QString& n) { return values.text(n); }))
                      .simplified();
    out.bodyText = fill(mail.bodyText, [&](const QString& n) { return values.text(n); });
    out.bodyHtml = fill(mail.bodyHtml, [&](const QString& n) { return values.html(n); });
    return out;
}

// ---------------------------------------------------------------- stored templates

// A stored template that is still, unchanged, a default an earlier version wrote gets
// today's default of the same language (resources/templates/retired: KIND for one
// earlier version, KIND-1, KIND-2… for several). The cancellation e-mail once said "as
// requested" and quoted the shop's internal reason; the delay notice blamed the
// supplier whatever moved the date; the follow-up and the countdown
// once had no highlights or related items, and the follow-up no goodwill coupon; the
// payment update said a payment "will not last that long", also of one that had lapsed.
std::optional<MailTemplate> TemplateService::replacementOfRetired(const QString& name, const store::TemplateRow& row)
{
    for (const QString& language : { QString(), QStringLiteral("da/") }) {
        for (int version = 0;; ++version) {
            const QString retired = QStringLiteral(":/templates/retired/") + language + name
                + (version == 0 ? QString() : QLatin1Char('-') + QString::number(version));
            const bool known = QFile::exists(retired + QStringLiteral(".txt"));
            if (!known && version > 0)
                break;
            if (known && row.bodyText == readResource(retired + QStringLiteral(".txt"))
                && row.bodyHtml == readResource(retired + QStringLiteral(".html")))
                return Templates::defaults(name,
                                           language.isEmpty() ? QLocale(QLocale::English) : QLocale(QLocale::Danish));
        }
    }
    return std::nullopt;
}

Result<store::TemplateRow> TemplateService::get(const QString& name)
{
    if (!Templates::isKind(name))
        return core::fail(
            tr("unknown kind of e-mail '%1'; it is one of %2").arg(name, Templates::kindList()));
    const store::Found<store::TemplateRow> stored = m_store.templateRow(name);
    if (!stored)
        return stored.errors();
    if (std::optional<store::TemplateRow> row = stored.value()) {
        if (std::optional<MailTemplate> current = replacementOfRetired(name, *row)) {
            row->bodyText = current->bodyText;
            row->bodyHtml = current->bodyHtml;
            if (Status s = m_store.updateTemplate(*row); !s.ok())
                return s.errors();
        }
        return *row;
    }
    const MailTemplate defaults = m_config
        ? Templates::defaults(name, QLocale(m_config->text(store::settings::ShopLocale)))
        : Templates::defaults(name);
    if (defaults.subject.isEmpty())
        return core::fail(tr("the default %1 template is missing from this build").arg(name));
    store::TemplateRow row { name, defaults.subject, defaults.bodyText, defaults.bodyHtml, true, m_clock.now() };
    if (Status s = m_store.insertTemplate(row); !s.ok())
        return s.errors();
    return row;
}

Result<QList<store::TemplateRow>> TemplateService::list()
{
    QList<store::TemplateRow> rows;
    for (const QString& name : Templates::kinds()) {
        Result<store::TemplateRow> row = get(name);
        if (!row)
            return row.errors();
        rows << row.value();
    }
    return rows;
}

Status TemplateService::set(const QString& name, const MailTemplate& mail)
{
    if (Status s = Templates::validate(name, mail); !s.ok())
        return s;
    Result<store::TemplateRow> row = get(name);
    if (!row)
        return row.errors();
    store::TemplateRow changed = row.value();
    changed.subject = mail.subject.trimmed();
    changed.bodyText = mail.bodyText;
    changed.bodyHtml = mail.bodyHtml;
    changed.updatedAt = m_clock.now();
    return m_store.updateTemplate(changed);
}

Status TemplateService::setEnabled(const QString& name, bool enabled)
{
    Result<store::TemplateRow> row = get(name);
    if (!row)
        return row.errors();
    return m_store.setTemplateEnabled(name, enabled, m_clock.now());
}

} // namespace bd::mail
