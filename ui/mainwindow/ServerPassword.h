#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace bd::ui {

// The window's side of a shared shop's password: the server is reached off the
// window's thread with the password this process knows or remembers for it, and when
// the server wants one (or another one) the user is asked through File › Connect to
// Shared Shop…. A password is remembered only when the user asks for it, through
// mail::PasswordStore: in the system keychain, or where none answers in the file the
// user agreed to (0600) — never in the shop, in Recent or in the location.
class ServerPassword
{
    Q_DECLARE_TR_FUNCTIONS(ServerPassword)

public:
    // Reaches the shop at *location once (a server that does not answer takes seconds
    // to give up, meanwhile the window paints and says so). When the server asks for a
    // password, the Connect dialog asks for it; *location becomes the shop chosen there.
    // An error when it cannot be reached; *cancelled is set when the user declined.
    static core::Status reach(QWidget* parent, QString* location, bool* cancelled);
    // Whether what a server said means that it wants a password (or another one).
    static bool refused(const QString& message);

    // The name a server's password is remembered under: user, host, port and database.
    static QString account(const QString& location);
    // Gives store::Database the password remembered for the location, unless this
    // process knows one already.
    static void recall(const QString& location);
    // Whether a password is remembered for the location.
    static bool remembered(const QString& location);
    // Remembers the password of the location (replacing what was remembered), or
    // forgets it when `remember` is false.
    static core::Status keep(const QString& location, const QString& password, bool remember);
    // The sentence of the "remember" check box: the system keychain when one can be
    // asked, else the file (in the words the SMTP password uses).
    static QString rememberText();
};

} // namespace bd::ui
