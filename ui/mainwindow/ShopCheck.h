#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace bd::ui {

// Before the window opens a shop, the shop is opened once off the window's thread, the
// window painting and saying what happens meanwhile: a file's pages are checked (a
// second on a big shop), a file of an older version is upgraded (it is copied and may
// get new indexes), and a server is reached (one that does not answer takes seconds to
// give up; one that wants a password asks for it, see ServerPassword). The window's own
// connection then opens what was checked without checking it again.
struct ShopCheck
{
    Q_DECLARE_TR_FUNCTIONS(ShopCheck)

public:
    // Whether there was something to check (a server, or a file that exists).
    bool checked = false;
    // The copy kept of a file as it was before an upgrade; empty when none.
    QString upgradeBackup;
    // The user declined to give the password a server asked for.
    bool cancelled = false;
    // Why the shop cannot be opened; ok when it can.
    core::Status status;

    // Checks the shop at *path; a server location may become the one the user chose
    // when asked for its password.
    static ShopCheck run(QWidget* parent, QString* path);
    // Opens the shop at `location` on a thread of its own while a busy dialog says
    // `text` (the connection lives and dies there); the copy kept of a file as it was
    // before an upgrade (empty when none), or why it could not be opened.
    static core::Result<QString> openBusy(QWidget* parent, const QString& location, const QString& text);
};

} // namespace bd::ui
