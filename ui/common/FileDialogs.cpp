#include "FileDialogs.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>
#include <QPrintDialog>

namespace bd::ui::fileDialogs {

namespace {

// Icons and type names from the file's name alone: nothing is opened.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(const QFileInfo& info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? QAbstractFileIconProvider::Folder
                                                    : QAbstractFileIconProvider::File);
    }

    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QFileDialog::tr("Folder");
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }
};

QString run(QFileDialog& dialog)
{
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

} // namespace

void prepare(QFileDialog& dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    // A dialog's model may still ask while the dialog is torn down: the provider is one
    // for the whole run, never deleted.
    static NameOnlyIconProvider* const provider = new NameOnlyIconProvider;
    dialog.setIconProvider(provider);
}

void prepare(QPrintDialog& dialog)
{
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
}

QString openFileName(QWidget* parent, const QString& title, const QString& directory, const QString& filter)
{
    QFileDialog dialog(parent, title, directory, filter);
    prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString saveFileName(QWidget* parent, const QString& title, const QString& path, const QString& filter)
{
    QFileDialog dialog(parent, title, QString(), filter);
    prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    const QFileInfo info(path);
    if (info.isDir()) {
        dialog.setDirectory(path);
    } else {
        dialog.setDirectory(info.absolutePath());
        dialog.selectFile(info.fileName());
    }
    return run(dialog);
}

} // namespace bd::ui::fileDialogs
