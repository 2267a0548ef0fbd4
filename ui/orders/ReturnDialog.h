#pragma once

#include "orders/OrderLinesDialog.h"

class QCheckBox;
class QLineEdit;

namespace bd::ui {

// Takes shipped units of an order back: per line how many come back, why, and whether
// they go back into stock, where they serve the waiting customers first (the same
// service as the command line's `return`). Nothing is chosen at first, so Enter alone
// takes nothing back.
class ReturnDialog : public OrderLinesDialog
{
    Q_OBJECT

public:
    ReturnDialog(AppContext& context, const QString& orderNumber, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void returned(const QString& statusMessage);

protected:
    void updateState() override;

private:
    void load();

    QLineEdit* m_reasonLineEdit = nullptr;
    QCheckBox* m_restockCheckBox = nullptr;
};

} // namespace bd::ui
