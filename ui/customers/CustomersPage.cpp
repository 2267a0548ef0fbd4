#include "CustomersPage.h"

#include "AppContext.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace bd::ui {

CustomersPage::CustomersPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("customersPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Customers"), this));
}

QIcon CustomersPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

void CustomersPage::reload()
{
}

} // namespace bd::ui
