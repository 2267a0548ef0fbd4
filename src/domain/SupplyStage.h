#pragma once

#include <QString>
#include <QStringList>

namespace bd::domain {

// Where a purchase order is on its way to the shop. The codes are what the database,
// the command line and CSV files say; the labels are what the merchant and the
// customers read (translated under the context "SupplyStage").
namespace stage {
inline const QString Ordered = QStringLiteral("ordered");
inline const QString InProduction = QStringLiteral("in-production");
inline const QString Shipped = QStringLiteral("shipped");
inline const QString InTransit = QStringLiteral("in-transit");
inline const QString AtCustoms = QStringLiteral("at-customs");
inline const QString AtWarehouse = QStringLiteral("at-warehouse");
// Not recorded by hand: a purchase order received in full is received.
inline const QString Received = QStringLiteral("received");
} // namespace stage

// The stages a merchant records, in the order goods move through them.
const QStringList& supplyStages();
bool isRecordableStage(const QString& code);
// The label's source text ("shipped by supplier"), for tr()/MailFormat::phrase with
// the context "SupplyStage"; nullptr for an unknown code.
const char* supplyStageLabel(const QString& code);

} // namespace bd::domain
