#pragma once

#include "common/Page.h"

namespace bd::ui {

// Outbox (being built; see the window issue).
class OutboxPage : public Page
{
    Q_OBJECT

public:
    explicit OutboxPage(AppContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Outbox"); }
    QIcon icon() const override;
    void reload() override;
    // Sends the pending mail now, in the background.
    void sendNow();
};

} // namespace bd::ui
