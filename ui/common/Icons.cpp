#include "Icons.h"

#include <QFile>
#include <QPalette>
#include <QPixmap>
#include <QWidget>

namespace bd::ui {

QIcon Icons::get(const QString& name, const QWidget* widget)
{
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QColor color = widget ? widget->palette().color(QPalette::WindowText) : QColor(Qt::black);
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name().toLatin1());
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48 }) {
        QByteArray sized = svg;
        sized.replace("width=\"24\" height=\"24\"",
                      QStringLiteral("width=\"%1\" height=\"%1\"").arg(size).toLatin1());
        QPixmap pixmap;
        if (pixmap.loadFromData(sized, "SVG"))
            icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace bd::ui
