#pragma once

#include "services/ItemSettingsService.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace bd::ui {

class AppContext;

// The item dialog and the table edit the service's settings of an item.
using services::ItemSettings;

// An edit of an item's settings on the undo stack. It is pushed after the edit was
// made, so the first redo() does nothing; undo() and later redo() run the core again.
class ItemEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ItemEditCommand)

public:
    ItemEditCommand(AppContext& context, const QString& sku, const ItemSettings& before, const ItemSettings& after);

    void undo() override;
    void redo() override;

private:
    void change(const ItemSettings& from, const ItemSettings& to);

    AppContext& m_context;
    QString m_sku;
    ItemSettings m_before;
    ItemSettings m_after;
    bool m_done = true;
};

} // namespace bd::ui
