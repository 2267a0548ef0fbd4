#include "common/SearchField.h"

#include "core/Text.h"

namespace bd::ui {

namespace {
// How long typing pauses before the search runs.
constexpr int pauseMs = 250;
} // namespace

SearchField::SearchField(const QString& objectName, const QString& placeholder, const QString& accessibleName,
                         QWidget* parent)
    : QLineEdit(parent)
{
    setObjectName(objectName);
    setPlaceholderText(placeholder);
    setAccessibleName(accessibleName);
    setClearButtonEnabled(true);
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SearchField::searchRequested);
    connect(this, &QLineEdit::textChanged, &m_pause, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, &SearchField::searchRequested);
}

QString SearchField::words()
{
    m_pause.stop();
    QString words = text();
    for (QChar& c : words) {
        if (core::Text::isForbidden(c, core::TextKind::Line))
            c = QLatin1Char(' ');
    }
    return words.simplified();
}

} // namespace bd::ui
