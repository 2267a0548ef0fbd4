#include "OrdersPage.h"

#include "AppContext.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace bd::ui {

OrdersPage::OrdersPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("ordersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Orders"), this));
}

QIcon OrdersPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void OrdersPage::reload()
{
}

void OrdersPage::newOrder()
{
}

void OrdersPage::shipSelected()
{
}

} // namespace bd::ui
