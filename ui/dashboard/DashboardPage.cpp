#include "DashboardPage.h"

#include "AppContext.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace bd::ui {

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Dashboard"), this));
}

QIcon DashboardPage::icon() const
{
    return style()->standardIcon(QStyle::SP_ComputerIcon);
}

void DashboardPage::reload()
{
}

} // namespace bd::ui
