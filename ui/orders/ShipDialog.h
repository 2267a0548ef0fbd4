#pragma once

#include "orders/OrderLinesDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace bd::ui {

// Ships an order, all of what is allocated or a chosen part of it: per line the units
// ordered, allocated and shipped before, and how many go now (all allocated units at
// first), with the carrier and tracking number. Enter ships the default; a shipment
// that leaves units to come, or one not yet paid, waits for its own tick.
class ShipDialog : public OrderLinesDialog
{
    Q_OBJECT

public:
    ShipDialog(AppContext& context, const QString& orderNumber, QWidget* parent = nullptr);

    // Ships; stays open and says why when the core refuses.
    void accept() override;

Q_SIGNALS:
    void shipped(const QString& statusMessage);

protected:
    void updateState() override;

private:
    void load();
    int unitsToCome() const;

    QComboBox* m_carrierComboBox = nullptr;
    QLineEdit* m_trackingLineEdit = nullptr;
    QCheckBox* m_partialCheckBox = nullptr;
    QCheckBox* m_unpaidCheckBox = nullptr;
};

} // namespace bd::ui
