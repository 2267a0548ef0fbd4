#include "SettingsPage.h"

#include "AppContext.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace bd::ui {

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Settings"), this));
}

QIcon SettingsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

void SettingsPage::reload()
{
}

} // namespace bd::ui
