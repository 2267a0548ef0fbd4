#pragma once

#include "common/Page.h"

namespace bd::ui {

// Settings (being built; see the window issue).
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Settings"); }
    QIcon icon() const override;
    void reload() override;

};

} // namespace bd::ui
