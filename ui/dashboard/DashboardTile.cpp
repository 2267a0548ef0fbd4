#include "DashboardTile.h"

#include <QPainter>
#include <QStyleOptionFocusRect>

namespace bd::ui {

namespace {

QFont valueFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 2.0);
    font.setBold(true);
    return font;
}

} // namespace

DashboardTile::DashboardTile(const QString& caption, const QString& route, QWidget* parent)
    : QAbstractButton(parent)
    , m_caption(caption)
    , m_route(route)
    , m_value(QStringLiteral("–"))
{
    setText(caption);
    setAccessibleName(caption);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DashboardTile::setValue(const QString& value, const QString& detail, bool attention)
{
    m_value = value;
    m_detail = detail;
    m_attention = attention;
    setAccessibleDescription(value + QLatin1Char(' ') + detail);
    setToolTip(detail.isEmpty() ? m_caption : m_caption + QStringLiteral(": ") + detail);
    updateGeometry();
    update();
}

QSize DashboardTile::sizeHint() const
{
    const QFontMetrics big(valueFont(font()));
    const QFontMetrics small(font());
    const int width = std::max({ big.horizontalAdvance(m_value), small.horizontalAdvance(m_caption),
                                 small.horizontalAdvance(m_detail), small.averageCharWidth() * 16 });
    return QSize(width + 24, big.height() + 2 * small.height() + 24);
}

QSize DashboardTile::minimumSizeHint() const
{
    // Narrow windows elide the caption rather than grow.
    const QFontMetrics big(valueFont(font()));
    const QFontMetrics small(font());
    return QSize(small.averageCharWidth() * 10 + 24, big.height() + 2 * small.height() + 24);
}

void DashboardTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    QColor panel = pal.color(QPalette::Base);
    if (m_hovered || isDown())
        panel = pal.color(QPalette::AlternateBase);
    QColor border = pal.color(QPalette::Mid);
    if (hasFocus())
        border = pal.color(QPalette::Highlight);
    painter.setPen(QPen(border, hasFocus() ? 2 : 1));
    painter.setBrush(panel);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);

    const QRect inner = rect().adjusted(12, 8, -12, -8);
    const QFont big = valueFont(font());
    const QFontMetrics bigMetrics(big);
    const QFontMetrics smallMetrics(font());
    QColor valueColour = pal.color(QPalette::Text);
    if (m_attention) {
        // Red text that stays readable on a dark base as on a light one.
        const bool dark = pal.color(QPalette::Base).lightness() < 128;
        valueColour = dark ? QColor(255, 130, 120) : QColor(180, 30, 20);
    }
    painter.setFont(big);
    painter.setPen(valueColour);
    painter.drawText(QRect(inner.left(), inner.top(), inner.width(), bigMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     bigMetrics.elidedText(m_value, Qt::ElideRight, inner.width()));
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::Text));
    const int captionTop = inner.top() + bigMetrics.height();
    painter.drawText(QRect(inner.left(), captionTop, inner.width(), smallMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(m_caption, Qt::ElideRight, inner.width()));
    if (!m_detail.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(inner.left(), captionTop + smallMetrics.height(), inner.width(), smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(m_detail, Qt::ElideRight, inner.width()));
    }
}

void DashboardTile::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void DashboardTile::leaveEvent(QEvent* event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace bd::ui
