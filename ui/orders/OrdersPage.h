#pragma once

#include "common/Page.h"

namespace bd::ui {

// Orders (being built; see the window issue).
class OrdersPage : public Page
{
    Q_OBJECT

public:
    explicit OrdersPage(AppContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Orders"); }
    QIcon icon() const override;
    void reload() override;
    // Opens the New order dialog.
    void newOrder();
    // Ships what is allocated for the selected order (asks full or partial).
    void shipSelected();
};

} // namespace bd::ui
