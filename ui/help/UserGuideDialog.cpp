#include "UserGuideDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bd::ui {

namespace {

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Backorder Desk User Guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(guideMarkdown());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString UserGuideDialog::guideMarkdown()
{
    // The translation of this marker says which language the window speaks.
    //: The language code of this translation (da, de, …); selects the user guide.
    const QString language = QCoreApplication::translate("UserGuideDialog", "en");
    if (language != QLatin1String("en")) {
        const QString translated = readResource(QStringLiteral(":/help/user-guide.%1.md").arg(language));
        if (!translated.isEmpty())
            return translated;
    }
    return readResource(QStringLiteral(":/help/user-guide.md"));
}

} // namespace bd::ui
