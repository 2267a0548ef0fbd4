// backorderdesk: the window. Everything it does lives in bd_ui and the core.

#include "AppContext.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "firstrun/WelcomeDialog.h"
#include "i18n/Language.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QApplication::setApplicationName(QStringLiteral("backorderdesk"));
    QApplication::setApplicationVersion(QStringLiteral(BD_VERSION));
    QApplication app(argc, argv);
    bd::i18n::installTranslators(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/backorderdesk.svg")));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Backorder Desk"));
    QApplication::setDesktopFileName(QStringLiteral("backorderdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Keep selling out-of-stock items on backorder without losing customers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultPath = bd::core::defaultDatabasePath();
    const QCommandLineOption dbOption(
        QStringList { QStringLiteral("db") },
        QApplication::translate("main", "Open the shop database FILE (default: %1).").arg(defaultPath),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption nowOption(
        QStringList { QStringLiteral("now") },
        QApplication::translate("main", "Take ISO-DATETIME as the current time, e.g. 2024-11-05T09:00:00Z."),
        QApplication::translate("main", "ISO-DATETIME"));
    parser.addOption(dbOption);
    parser.addOption(nowOption);
    parser.process(app);

    std::unique_ptr<bd::core::Clock> clock;
    if (parser.isSet(nowOption)) {
        const QDateTime now = bd::core::parseIsoDateTime(parser.value(nowOption));
        if (!now.isValid()) {
            const QString message
                = QApplication::translate("main", "--now: %1 is not an ISO 8601 date and time.")
                      .arg(parser.value(nowOption));
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
        clock = std::make_unique<bd::core::FixedClock>(now);
    } else {
        clock = std::make_unique<bd::core::SystemClock>();
    }

    bd::ui::AppContext context(std::move(clock));
    bd::ui::MainWindow window(context);
    // A file named on the command line must exist, so a mistyped name is reported
    // instead of becoming an empty shop. With no shop yet, the welcome dialog asks
    // what to start with. The window shows before the shop opens: checking a big file
    // takes a second, and the window says so over itself rather than appearing late.
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : QString();
    if (path.isEmpty() && QFileInfo::exists(defaultPath))
        path = defaultPath;
    if (path.isEmpty()) {
        const QString samplePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                       .filePath(QStringLiteral("sample-shop.sqlite"));
        bd::ui::WelcomeDialog welcome(context, defaultPath, samplePath);
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        path = welcome.chosenPath();
    }
    window.show();
    window.openDatabase(path, bd::ui::MainWindow::OpenMode::ExistingOnly);
    return app.exec();
}
