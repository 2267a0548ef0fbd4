#include "PurchasingPage.h"

#include "AppContext.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace bd::ui {

PurchasingPage::PurchasingPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("purchasingPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Purchasing"), this));
}

QIcon PurchasingPage::icon() const
{
    return style()->standardIcon(QStyle::SP_ArrowDown);
}

void PurchasingPage::reload()
{
}

void PurchasingPage::receive()
{
}

} // namespace bd::ui
