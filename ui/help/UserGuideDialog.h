#pragma once

#include <QDialog>

class QTextBrowser;

namespace bd::ui {

// Help › User guide: the guide from resources/help/, compiled in, shown as
// formatted text. The Danish guide when the window runs in Danish and one exists.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    // The Markdown shown: user-guide.<language>.md for the running translation if there
    // is one, else the English guide.
    static QString guideMarkdown();

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace bd::ui
