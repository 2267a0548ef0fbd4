#include "Commands.h"

#include "csv/CsvWriter.h"
#include "mail/Delivery.h"
#include "mail/Outbox.h"
#include "mail/SmtpTransport.h"
#include "mail/Templates.h"
#include "services/MailService.h"
#include "store/Database.h"

#include <QFile>

namespace bd::cli {

namespace {

void printDelivery(CliContext& context, const mail::DeliveryReport& report, const QString& how)
{
    context.out << Command::tr("%1: %2 sent, %3 to try again later, %4 failed")
                       .arg(how)
                       .arg(report.sent)
                       .arg(report.retrying)
                       .arg(report.failed)
                << Qt::endl;
    if (report.recovered > 0)
        context.out
            << Command::tr("%1 messages from an interrupted run were sent again").arg(report.recovered)
            << Qt::endl;
    for (const QString& problem : report.problems)
        context.err << problem << Qt::endl;
}

class NotifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("notify"); }
    QString description() const override
    {
        return tr("Queue the e-mails that are due; --send delivers them over SMTP, --outbox-dir writes .eml "
                  "files.");
    }
    QString synopsis() const override { return QStringLiteral("[--send | --outbox-dir DIR]"); }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption send(QStringLiteral("send"), tr("deliver pending e-mail over SMTP"));
        const QCommandLineOption dir(QStringLiteral("outbox-dir"),
                                     tr("write each pending e-mail as DIR/<id>.eml and mark it sent"),
                                     QStringLiteral("DIR"));
        parser.addOptions({ send, dir });
        int status = Success;
        if (!parse(parser, context, args, &status))
            return status;
        if (parser.isSet(send) && parser.isSet(dir)) {
            context.err << tr("notify: give --send or --outbox-dir, not both") << Qt::endl;
            return UsageError;
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        services::MailService mailing(*shop);
        const core::Result<mail::ScheduleReport> schedule = mailing.runSchedule();
        if (!schedule)
            return context.fail(schedule.errors());
        context.out << tr("Queued %n e-mail(s)", nullptr, schedule->queued)
                           + tr(", cancelled %n that no longer apply", nullptr, schedule->cancelled)
                    << Qt::endl;
        if (parser.isSet(dir)) {
            const mail::DeliveryReport report = mailing.delivery().writeFiles(parser.value(dir));
            printDelivery(context, report, tr("Written to %1").arg(parser.value(dir)));
            return report.ok() ? Success : Failure;
        }
        if (parser.isSet(send)) {
            const core::Result<mail::SmtpSettings> settings = mail::SmtpSettings::fromConfig(shop->config());
            if (!settings)
                return context.fail(settings.errors());
            mail::SmtpTransport transport(settings.value());
            const mail::DeliveryReport report = mailing.delivery().send(transport);
            printDelivery(context, report, tr("Sent over %1").arg(settings->host));
            return report.ok() ? Success : Failure;
        }
        return Success;
    }
};

class OutboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString description() const override
    {
        return tr("List the e-mail outbox as CSV, or retry or cancel one message.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("[--state STATE] [--order ORDER] [-o FILE] | retry ID | cancel ID");
    }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption stateOption(
            QStringLiteral("state"),
            tr("only messages in this state: pending, sending, sent, failed, cancelled"),
            QStringLiteral("STATE"));
        const QCommandLineOption order(QStringLiteral("order"), tr("only the messages of this order"),
                                       QStringLiteral("ORDER"));
        const QCommandLineOption output(QStringLiteral("o"), tr("write to FILE instead of stdout"),
                                        QStringLiteral("FILE"));
        parser.addOptions({ stateOption, order, output });
        int status = Success;
        if (!parse(parser, context, args, &status, 0, 2))
            return status;
        const QStringList words = parser.positionalArguments();
        if (!words.isEmpty()) {
            const QString verb = words.constFirst();
            bool ok = false;
            const qint64 id = words.size() == 2 ? words[1].toLongLong(&ok) : 0;
            if ((verb != QLatin1String("retry") && verb != QLatin1String("cancel")) || !ok) {
                context.err << tr("outbox: usage: backorderdesk-cli outbox %1").arg(synopsis()) << Qt::endl;
                return UsageError;
            }
            services::Shop* shop = context.shop();
            if (!shop)
                return Failure;
            services::MailService mailing(*shop);
            const core::Status done = verb == QLatin1String("retry") ? mailing.retry(id) : mailing.cancel(id);
            if (!done.ok())
                return context.fail(done.errors());
            context.out << (verb == QLatin1String("retry")
                                ? tr("Message %1 is pending again; the next notify run sends it unless it no longer applies by then")
                                : tr("Message %1 cancelled"))
                               .arg(id)
                        << Qt::endl;
            return Success;
        }
        static const QStringList states = { store::messageState::Pending, store::messageState::Sending, store::messageState::Sent,
                                            store::messageState::Failed, store::messageState::Cancelled };
        if (parser.isSet(stateOption) && !states.contains(parser.value(stateOption)))
            return context.fail(tr("--state: '%1' is not one of %2")
                                    .arg(parser.value(stateOption), states.join(QStringLiteral(", "))));
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        store::OutboxFilter filter;
        filter.state = parser.value(stateOption);
        const core::Result<QList<store::OutboxRow>> messages
            = services::MailService(*shop).messages(filter, parser.value(order));
        if (!messages)
            return context.fail(messages.errors());
        QList<QStringList> rows { { QStringLiteral("id"), QStringLiteral("kind"),
                                    QStringLiteral("order_number"), QStringLiteral("recipient"),
                                    QStringLiteral("subject"), QStringLiteral("state"),
                                    QStringLiteral("attempts"), QStringLiteral("last_error"),
                                    QStringLiteral("created_at"), QStringLiteral("sent_at") } };
        for (const store::OutboxRow& m : messages.value())
            rows << QStringList { QString::number(m.id),
                                  m.kind,
                                  m.orderNumber,
                                  m.recipient,
                                  m.subject,
                                  m.state,
                                  QString::number(m.attempts),
                                  m.lastError,
                                  core::toIso(m.createdAt),
                                  core::toIso(m.sentAt) };
        return writeOutput(context, parser.value(output), csv::toCsv(rows));
    }
};

class TemplateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("template"); }
    QString description() const override
    {
        return tr("Show, change, switch on or off the e-mail templates.");
    }
    QString synopsis() const override
    {
        return QStringLiteral(
            "list | show KIND | set KIND --subject S --text FILE --html FILE | enable KIND | "
            "disable KIND");
    }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption subject(QStringLiteral("subject"), tr("the subject line"),
                                         QStringLiteral("S"));
        const QCommandLineOption text(QStringLiteral("text"), tr("file with the plain-text body (UTF-8)"),
                                      QStringLiteral("FILE"));
        const QCommandLineOption html(QStringLiteral("html"), tr("file with the HTML body (UTF-8)"),
                                      QStringLiteral("FILE"));
        parser.addOptions({ subject, text, html });
        int status = Success;
        if (!parse(parser, context, args, &status, 1, 2))
            return status;
        const QStringList words = parser.positionalArguments();
        const QString verb = words.constFirst();
        const bool needsKind = verb != QLatin1String("list");
        static const QStringList verbs
            = { QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("set"),
                QStringLiteral("enable"), QStringLiteral("disable") };
        if (!verbs.contains(verb) || (needsKind != (words.size() == 2))) {
            context.err << tr("template: usage: backorderdesk-cli template %1").arg(synopsis()) << Qt::endl;
            return UsageError;
        }
        const QString kind = needsKind ? words[1] : QString();
        if (needsKind && !mail::Templates::isKind(kind))
            return context.fail(tr("KIND is one of %1, not '%2'").arg(mail::Templates::kindList(), kind));
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        services::MailService mailing(*shop);

        if (verb == QLatin1String("list")) {
            const core::Result<QList<store::TemplateRow>> rows = mailing.templates();
            if (!rows)
                return context.fail(rows.errors());
            for (const store::TemplateRow& row : rows.value())
                context.out << QStringLiteral("%1  %2  %3")
                                   .arg(row.kind.leftJustified(15),
                                        (row.enabled ? tr("on") : tr("off")).leftJustified(4), row.subject)
                            << Qt::endl;
            return Success;
        }
        if (verb == QLatin1String("show")) {
            const core::Result<store::TemplateRow> row = mailing.templateOf(kind);
            if (!row)
                return context.fail(row.errors());
            context.out
                << tr("Kind: %1").arg(row->kind) << Qt::endl
                << tr("Enabled: %1").arg(row->enabled ? tr("yes") : tr("no")) << Qt::endl
                << tr("Placeholders: %1").arg(mail::Templates::placeholders(kind).join(QStringLiteral(", ")))
                << Qt::endl
                << tr("Subject: %1").arg(row->subject) << Qt::endl
                << Qt::endl
                << tr("--- plain text ---") << Qt::endl
                << row->bodyText << Qt::endl
                << tr("--- HTML ---") << Qt::endl
                << row->bodyHtml << Qt::endl;
            return Success;
        }
        if (verb == QLatin1String("set")) {
            if (!parser.isSet(subject) || !parser.isSet(text) || !parser.isSet(html)) {
                context.err << tr("template set: give --subject, --text and --html") << Qt::endl;
                return UsageError;
            }
            mail::MailTemplate changed;
            changed.subject = parser.value(subject);
            for (const auto& [option, target] :
                 { std::pair { &text, &changed.bodyText }, std::pair { &html, &changed.bodyHtml } }) {
                if (const core::Status s = store::Database::refuseOpenShopFile(parser.value(*option)); !s.ok())
                    return context.fail(s.errors());
                QFile f(parser.value(*option));
                if (!f.open(QIODevice::ReadOnly))
                    return context.fail(tr("cannot read %1: %2").arg(parser.value(*option), f.errorString()));
                *target = QString::fromUtf8(f.readAll());
            }
            const core::Status s = mailing.saveTemplate(kind, changed);
            if (!s.ok())
                return context.fail(s.errors());
            context.out << tr("Template %1 saved").arg(kind) << Qt::endl;
            return Success;
        }
        const bool enable = verb == QLatin1String("enable");
        const core::Status s = mailing.setTemplateEnabled(kind, enable);
        if (!s.ok())
            return context.fail(s.errors());
        context.out
            << (enable ? tr("%1 e-mails are switched on") : tr("%1 e-mails are switched off")).arg(kind)
            << Qt::endl;
        return Success;
    }
};

} // namespace

void addMailCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<NotifyCommand>());
    commands.push_back(std::make_unique<OutboxCommand>());
    commands.push_back(std::make_unique<TemplateCommand>());
}

} // namespace bd::cli
