#pragma once

#include "common/Page.h"

namespace bd::ui {

// Customers (being built; see the window issue).
class CustomersPage : public Page
{
    Q_OBJECT

public:
    explicit CustomersPage(AppContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Customers"); }
    QIcon icon() const override;
    void reload() override;

};

} // namespace bd::ui
