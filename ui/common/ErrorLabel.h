#pragma once

#include "core/Result.h"

#include <QLabel>
#include <QStringList>

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

// What went wrong, a line per error, without the field names a file's messages carry
// (the form shows which field it is).
inline QString errorMessages(const core::Errors& errors)
{
    QStringList lines;
    for (const core::Error& e : errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace bd::ui
