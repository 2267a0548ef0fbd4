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
// The code a stage is written as in a file from elsewhere (a forwarder's status file):
// the code itself or its English label, in any letter case, with spaces or
// underscores for hyphens ("In transit", "shipped by supplier", "AT_CUSTOMS"). Text
// that names no stage comes back trimmed, for the caller to refuse.
QString stageCode(const QString& text);
// The label's source text ("shipped by supplier"), for tr()/MailFormat::phrase with
// the context "SupplyStage"; nullptr for an unknown code.
const char* supplyStageLabel(const QString& code);
// The label in the application's language ("in transit"); the code itself when it
// is unknown, and empty for none.
QString supplyStageText(const QString& code);

} // namespace bd::domain
