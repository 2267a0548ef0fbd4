#include "Prompter.h"

#include "common/FileDialogs.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace bd::ui {

bool QtPrompter::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

bool QtPrompter::askText(QWidget* parent, const QString& title, const QString& label, QString* text)
{
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, *text, &ok);
    if (ok)
        *text = answer;
    return ok;
}

bool QtPrompter::askPassword(QWidget* parent, const QString& title, const QString& label, QString* password,
                             const QString& rememberText, bool* remember)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QFormLayout(&dialog);
    auto* edit = new QLineEdit(&dialog);
    edit->setEchoMode(QLineEdit::Password);
    layout->addRow(label, edit);
    QCheckBox* rememberBox = nullptr;
    if (remember) {
        rememberBox = new QCheckBox(rememberText, &dialog);
        rememberBox->setChecked(*remember);
        layout->addRow(rememberBox);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = edit->text();
    if (remember)
        *remember = rememberBox->isChecked();
    return true;
}

int QtPrompter::choose(QWidget* parent, const QString& title, const QString& label, const QStringList& choices)
{
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, choices, 0, false, &ok);
    return ok ? int(choices.indexOf(answer)) : -1;
}

void QtPrompter::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void QtPrompter::warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

QString QtPrompter::openFileName(QWidget* parent, const QString& title, const QString& directory,
                                 const QString& filter)
{
    return fileDialogs::openFileName(parent, title, directory, filter);
}

QString QtPrompter::saveFileName(QWidget* parent, const QString& title, const QString& path,
                                 const QString& filter)
{
    return fileDialogs::saveFileName(parent, title, path, filter);
}

} // namespace bd::ui
