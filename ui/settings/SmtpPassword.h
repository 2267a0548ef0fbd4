#pragma once

#include "core/Result.h"
#include "mail/SmtpTransport.h"

#include <QCoreApplication>

class QWidget;

namespace bd::ui {

class AppContext;

// The window's side of the SMTP password: finds it through mail::PasswordStore and,
// when none is known, asks the user (through the prompter) and keeps it as they
// choose — for the session, or in a file only they can read.
class SmtpPassword
{
    Q_DECLARE_TR_FUNCTIONS(SmtpPassword)

public:
    // The SMTP settings of the open shop with a password: from the store, else asked
    // for. *cancelled is set when the user declined to give one.
    static core::Result<mail::SmtpSettings> settingsForSending(AppContext& context, QWidget* parent,
                                                               bool* cancelled = nullptr);
    // Asks for the password of user on host and keeps it; false when cancelled or
    // it could not be kept (the user was told why).
    static bool ask(AppContext& context, QWidget* parent, const QString& user, const QString& host);
    // The sentence the "remember" check box shows.
    static QString rememberText();
};

} // namespace bd::ui
