#include "SupplyStage.h"

#include <QCoreApplication>

namespace bd::domain {

const QStringList& supplyStages()
{
    static const QStringList list = { stage::Ordered,   stage::InProduction, stage::Shipped,
                                      stage::InTransit, stage::AtCustoms,    stage::AtWarehouse };
    return list;
}

bool isRecordableStage(const QString& code)
{
    return supplyStages().contains(code);
}

QString stageCode(const QString& text)
{
    const QString trimmed = text.simplified();
    QString wanted = trimmed.toLower();
    wanted.replace(QLatin1Char('_'), QLatin1Char('-'));
    wanted.replace(QLatin1Char(' '), QLatin1Char('-'));
    QStringList codes = supplyStages();
    codes << stage::Received;
    for (const QString& code : std::as_const(codes)) {
        QString label = QString::fromLatin1(supplyStageLabel(code));
        label.replace(QLatin1Char(' '), QLatin1Char('-'));
        if (wanted == code || wanted == label)
            return code;
    }
    return trimmed;
}

const char* supplyStageLabel(const QString& code)
{
    if (code == stage::Ordered)
        return QT_TRANSLATE_NOOP("SupplyStage", "ordered");
    if (code == stage::InProduction)
        return QT_TRANSLATE_NOOP("SupplyStage", "in production");
    if (code == stage::Shipped)
        return QT_TRANSLATE_NOOP("SupplyStage", "shipped by supplier");
    if (code == stage::InTransit)
        return QT_TRANSLATE_NOOP("SupplyStage", "in transit");
    if (code == stage::AtCustoms)
        return QT_TRANSLATE_NOOP("SupplyStage", "at customs");
    if (code == stage::AtWarehouse)
        return QT_TRANSLATE_NOOP("SupplyStage", "at the warehouse");
    if (code == stage::Received)
        return QT_TRANSLATE_NOOP("SupplyStage", "received");
    return nullptr;
}

QString supplyStageText(const QString& code)
{
    const char* label = supplyStageLabel(code);
    return label ? QCoreApplication::translate("SupplyStage", label) : code;
}

} // namespace bd::domain
