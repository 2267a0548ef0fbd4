#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTextBrowser;

namespace bd::ui {

class AppContext;

// The e-mail templates of the Settings page: each kind switched on or off, its subject
// and its text and HTML bodies edited with the placeholders it knows, a preview filled
// with sample values as the shop's customers would read them, Restore default, Revert
// and Save. The core checks a template when it is saved; what it refuses is shown
// under the editor and nothing is saved.
class EmailTemplatesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EmailTemplatesEditor(AppContext& context, QWidget* parent = nullptr);

    // Reads the templates of the open shop again (an edit under way is kept).
    void reload();
    void selectTemplate(const QString& kind);
    // Saves the template being edited; false when the core refused it.
    bool saveTemplate();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void showTemplate(const QString& kind);
    void templateEdited();
    void updatePreview();
    void templateToggled(QListWidgetItem* item);
    void restoreDefaultTemplate();

    AppContext& m_context;
    QListWidget* m_kindList = nullptr;
    QLineEdit* m_subjectEdit = nullptr;
    QPlainTextEdit* m_textEdit = nullptr;
    QPlainTextEdit* m_htmlEdit = nullptr;
    QLabel* m_placeholdersLabel = nullptr;
    QLabel* m_templateError = nullptr;
    QTextBrowser* m_previewBrowser = nullptr;
    QString m_kind;
    bool m_templateDirty = false;
    bool m_loading = false;
};

} // namespace bd::ui
