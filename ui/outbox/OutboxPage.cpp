#include "OutboxPage.h"

#include "AppContext.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace bd::ui {

OutboxPage::OutboxPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("outboxPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Outbox"), this));
}

QIcon OutboxPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DialogSaveButton);
}

void OutboxPage::reload()
{
}

void OutboxPage::sendNow()
{
}

} // namespace bd::ui
