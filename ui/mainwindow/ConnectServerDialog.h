#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bd::ui {

// File › Connect to Shared Shop…: the address of a shop on a PostgreSQL server (host,
// port, database, user) and the password, with a button that tries the connection
// before the window switches to it. The password is kept in memory for the seats of
// this process (store::Database::setServerPassword) and, when the user ticks "Remember",
// remembered through ServerPassword (system keychain, or the file the user agreed to).
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    // `location`: a postgresql:// address to start from (a Recent entry), or empty.
    explicit ConnectServerDialog(const QString& location, QWidget* parent = nullptr);

    // postgresql://user@host:port/database — without the password.
    QString location() const;
    QString password() const;

    void accept() override;

private:
    void testConnection();
    // Opens the shop once (and creates its tables on an empty database); the
    // message of what went wrong, or empty.
    QString tryConnection();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    bool m_wasRemembered = false;
    QLabel* m_result = nullptr;
};

} // namespace bd::ui
