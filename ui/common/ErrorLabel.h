#pragma once

#include <QLabel>

namespace bd::ui {

// The red line under a form that says what is wrong with it; hidden until it has
// something to say. Tests find it by `objectName`.
inline QLabel* makeErrorLabel(QWidget* parent, const QString& objectName = QString())
{
    auto* label = new QLabel(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

} // namespace bd::ui
