#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace bd::ui {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    // A tint of red over whatever the theme's background is, so it reads on light and dark.
    setStyleSheet(QStringLiteral("#errorBanner { background-color: rgba(218, 68, 83, 40);"
                                 " border: 1px solid rgba(218, 68, 83, 160); border-radius: 3px; }"));

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("errorIconLabel"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("errorLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* dismiss = new QToolButton(this);
    dismiss->setObjectName(QStringLiteral("dismissErrorToolButton"));
    dismiss->setAutoRaise(true);
    dismiss->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss message"));
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);

    hide();
}

void ErrorBanner::showError(const QString& message)
{
    m_label->setText(message);
    show();
}

QString ErrorBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace bd::ui
