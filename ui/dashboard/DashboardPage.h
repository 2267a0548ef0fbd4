#pragma once

#include "common/Page.h"

namespace bd::ui {

// Dashboard (being built; see the window issue).
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Dashboard"); }
    QIcon icon() const override;
    void reload() override;

};

} // namespace bd::ui
