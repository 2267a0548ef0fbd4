#pragma once

#include <QLineEdit>
#include <QTimer>

namespace bd::ui {

// The search box of a list: the words to look for, asked for when typing pauses (so a
// fast typist causes one query) or at Return. The list runs the search on its reader
// and reads the words with words(). Setting the text with the field's signals blocked
// (QSignalBlocker) fills it in without a search, as when a page is opened on an order.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    SearchField(const QString& objectName, const QString& placeholder, const QString& accessibleName,
                QWidget* parent);

    // The words to look for, trimmed; a control character (a pasted tab or line break)
    // separates words like a space. A search waiting for typing to pause is dropped,
    // since the caller is about to run it.
    QString words();

signals:
    void searchRequested();

private:
    QTimer m_pause;
};

} // namespace bd::ui
