#pragma once

#include "common/Page.h"

namespace bd::ui {

// Purchasing (being built; see the window issue).
class PurchasingPage : public Page
{
    Q_OBJECT

public:
    explicit PurchasingPage(AppContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Purchasing"); }
    QIcon icon() const override;
    void reload() override;
    // Opens the Receive dialog.
    void receive();
};

} // namespace bd::ui
