#include "Commands.h"

#include "domain/SupplyStage.h"
#include "services/MerchandisingService.h"
#include "services/PurchasingService.h"

namespace bd::cli {

namespace {

// `po stage PO STAGE [--date D] [--note T] [--expected D]` and `po timeline PO`.
class PoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("po"); }
    QString description() const override
    {
        return tr("Purchase orders on their way: record a stage (tells the waiting customers the order serves), "
                  "or show the timeline.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("stage PO STAGE [--date YYYY-MM-DD] [--note TEXT] [--expected YYYY-MM-DD] | timeline PO");
    }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption date(QStringLiteral("date"), tr("when the stage was reached (default: today)"),
                                      QStringLiteral("DATE"));
        const QCommandLineOption note(QStringLiteral("note"), tr("a note for the customers"), QStringLiteral("TEXT"));
        const QCommandLineOption expected(QStringLiteral("expected"),
                                          tr("the new expected date of the order's open lines"),
                                          QStringLiteral("DATE"));
        parser.addOptions({date, note, expected});
        int status = Success;
        if (!parse(parser, context, args, &status, 2, 3))
            return status;
        const QStringList words = parser.positionalArguments();
        const QString verb = words[0];
        if (verb == QLatin1String("timeline") && words.size() == 2)
            return timeline(context, words[1]);
        if (verb != QLatin1String("stage") || words.size() != 3) {
            context.err << tr("%1: usage: backorderdesk-cli %1 %2").arg(name(), synopsis()) << Qt::endl;
            return UsageError;
        }
        services::StageInput input;
        input.poNumber = words[1];
        input.stage = words[2];
        input.note = parser.value(note);
        core::Errors errors;
        auto readDate = [&](const QCommandLineOption& option, QDate* out) {
            if (!parser.isSet(option))
                return;
            *out = core::parseIsoDate(parser.value(option));
            if (!out->isValid())
                errors << core::fail(tr("po stage: --%1 '%2' is not a date in the form YYYY-MM-DD")
                                         .arg(option.names().constFirst(), parser.value(option)));
        };
        readDate(date, &input.date);
        readDate(expected, &input.expected);
        if (!errors.isEmpty())
            return context.fail(errors);
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const core::Result<services::StageOutcome> done = services::PurchasingService(*shop).recordStage(input);
        if (!done)
            return context.fail(done.errors());
        context.out << tr("%1: %2; waiting orders told: %3").arg(input.poNumber, input.stage).arg(done->ordersTold);
        if (done->ordersSlipped > 0)
            context.out << tr("; told of the later date instead: %1").arg(done->ordersSlipped);
        context.out << Qt::endl;
        return Success;
    }

private:
    int timeline(CliContext& context, const QString& poNumber)
    {
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        const core::Result<QList<store::PoStage>> stages = services::PurchasingService(*shop).timeline(poNumber);
        if (!stages)
            return context.fail(stages.errors());
        for (const store::PoStage& s : stages.value()) {
            QStringList parts{s.date.isValid() ? core::toIso(s.date) : QStringLiteral("-"), s.stage};
            if (s.expected.isValid())
                parts << tr("expected %1").arg(core::toIso(s.expected));
            if (!s.note.isEmpty())
                parts << s.note;
            context.out << parts.join(QStringLiteral("  ")) << Qt::endl;
        }
        return Success;
    }
};

// `item related SKU [--add OTHER]... [--remove OTHER]...` and `item highlight SKU [TEXT]`.
class ItemCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    QString name() const override { return QStringLiteral("item"); }
    QString description() const override
    {
        return tr("What follow-up e-mails offer with an item: its related items, its highlight.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("related SKU [--add OTHER]... [--remove OTHER]... | highlight SKU [TEXT|--clear]");
    }
    int execute(CliContext& context, const QStringList& args) override
    {
        QCommandLineParser parser;
        const QCommandLineOption add(QStringLiteral("add"), tr("relate this item (may be given more than once)"),
                                     QStringLiteral("OTHER"));
        const QCommandLineOption remove(QStringLiteral("remove"), tr("no longer relate this item"),
                                        QStringLiteral("OTHER"));
        const QCommandLineOption clear(QStringLiteral("clear"), tr("remove the highlight"));
        parser.addOptions({add, remove, clear});
        int status = Success;
        if (!parse(parser, context, args, &status, 2, 3))
            return status;
        const QStringList words = parser.positionalArguments();
        const QString verb = words[0];
        const QString sku = words[1];
        const bool related = verb == QLatin1String("related") && words.size() == 2;
        const bool highlight = verb == QLatin1String("highlight");
        if (!related && !highlight) {
            context.err << tr("%1: usage: backorderdesk-cli %1 %2").arg(name(), synopsis()) << Qt::endl;
            return UsageError;
        }
        services::Shop* shop = context.shop();
        if (!shop)
            return Failure;
        services::MerchandisingService merchandising(*shop);
        if (highlight) {
            if (words.size() == 3 || parser.isSet(clear)) {
                const core::Status done
                    = merchandising.setHighlight(sku, parser.isSet(clear) ? QString() : words.value(2));
                if (!done.ok())
                    return context.fail(done.errors());
            }
            const core::Result<QString> text = merchandising.highlight(sku);
            if (!text)
                return context.fail(text.errors());
            context.out << sku << QStringLiteral(": ") << (text->isEmpty() ? tr("no highlight") : text.value())
                        << Qt::endl;
            return Success;
        }
        if (parser.isSet(add) || parser.isSet(remove)) {
            const core::Status done = merchandising.changeRelated(sku, parser.values(add), parser.values(remove));
            if (!done.ok())
                return context.fail(done.errors());
        }
        const core::Result<QStringList> list = merchandising.related(sku);
        if (!list)
            return context.fail(list.errors());
        context.out << sku << QStringLiteral(": ")
                    << (list->isEmpty() ? tr("no related items") : list->join(QStringLiteral(", "))) << Qt::endl;
        return Success;
    }
};

} // namespace

void addSupplyCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<PoCommand>());
    commands.push_back(std::make_unique<ItemCommand>());
}

} // namespace bd::cli
