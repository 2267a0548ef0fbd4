#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace bd::ui {

// Every question the window asks the user goes through a Prompter: message boxes,
// text prompts and file dialogs. The application uses QtPrompter; a widget test
// installs a prompter that answers from a script, so no dialog ever blocks a test.
class Prompter
{
public:
    virtual ~Prompter() = default;

    // Yes/no. True for yes.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    // One line of text (a reason, a code). False when the user cancelled.
    virtual bool askText(QWidget* parent, const QString& title, const QString& label, QString* text) = 0;
    // A password, not echoed. `remember` (may be null) is a check box the user can tick,
    // labelled with rememberText. False when cancelled.
    virtual bool askPassword(QWidget* parent, const QString& title, const QString& label, QString* password,
                             const QString& rememberText, bool* remember)
        = 0;
    // One of several choices; returns its index, or -1 when cancelled.
    virtual int choose(QWidget* parent, const QString& title, const QString& label, const QStringList& choices) = 0;
    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    // File dialogs; an empty string when cancelled. filter as in QFileDialog.
    virtual QString openFileName(QWidget* parent, const QString& title, const QString& directory,
                                 const QString& filter)
        = 0;
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& path,
                                 const QString& filter)
        = 0;
};

// The real dialogs.
class QtPrompter final : public Prompter
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    bool askText(QWidget* parent, const QString& title, const QString& label, QString* text) override;
    bool askPassword(QWidget* parent, const QString& title, const QString& label, QString* password,
                     const QString& rememberText, bool* remember) override;
    int choose(QWidget* parent, const QString& title, const QString& label, const QStringList& choices) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& directory,
                         const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& path,
                         const QString& filter) override;
};

} // namespace bd::ui
