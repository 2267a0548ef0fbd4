#include "ConnectServerDialog.h"

#include "common/BusyWork.h"
#include "mainwindow/ServerPassword.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace bd::ui {

ConnectServerDialog::ConnectServerDialog(const QString& location, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to Shared Shop"));
    const QUrl url(location);

    auto* intro = new QLabel(tr("A shop on a PostgreSQL server can be worked from several computers at once. "
                                "An empty database becomes a new shop."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(url.host().isEmpty() ? QStringLiteral("localhost") : url.host(), this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(url.port(5432));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 40);
    m_database = new QLineEdit(url.path().mid(1), this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(url.userName(), this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    m_wasRemembered = !location.isEmpty() && ServerPassword::remembered(location);
    m_remember = new QCheckBox(ServerPassword::rememberText(), this);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setChecked(m_wasRemembered);
    form->addRow(QString(), m_remember);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    QPushButton* test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("testConnectionButton"));
    connect(test, &QPushButton::clicked, this, &ConnectServerDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
}

QString ConnectServerDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString();
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

QString ConnectServerDialog::tryConnection()
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty())
        return tr("Enter the server and the database.");
    const QString where = location();
    store::Database::setServerPassword(where, password());
    // Off the window's thread: a server that does not answer takes seconds to give up.
    QString problem;
    runBusy(this, windowTitle(), tr("Connecting to %1…").arg(m_host->text().trimmed()), [&problem, where] {
        store::OpenOptions options;
        options.busyTimeoutMs = 2000;
        const auto opened = store::Database::open(where, options);
        if (!opened)
            problem = opened.errorText();
    });
    return problem;
}

void ConnectServerDialog::testConnection()
{
    const QString problem = tryConnection();
    m_result->setText(problem.isEmpty() ? tr("Connected: the shop is ready.") : problem);
}

void ConnectServerDialog::accept()
{
    const QString problem = tryConnection();
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    const bool remember = m_remember->isChecked() && !password().isEmpty();
    if (remember || m_wasRemembered) {
        if (const core::Status kept = ServerPassword::keep(location(), password(), remember); !kept.ok()) {
            // No keychain answered: offer the file instead, and let the user choose.
            m_result->setText(tr("The password could not be remembered: %1").arg(kept.errorText()));
            m_remember->setText(ServerPassword::rememberText());
            m_remember->setChecked(false);
            m_wasRemembered = false;
            return;
        }
    }
    QDialog::accept();
}

} // namespace bd::ui
