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

} // namespace bd::domain
