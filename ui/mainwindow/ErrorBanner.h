#pragma once

#include <QFrame>

class QLabel;

namespace bd::ui {

// A problem shown inside the window, above its content, until the user dismisses it
// or the next action succeeds. Unlike a message box it never blocks: the window stays
// usable and tests read the text from `errorLabel`.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const QString& message);
    QString text() const;

private:
    QLabel* m_label = nullptr;
};

} // namespace bd::ui
