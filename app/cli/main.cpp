#include "Command.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// The command word: the first argument that is neither a global option nor its value.
const char* commandOf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0 || std::strcmp(argv[i], "--now") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return argv[i];
    }
    return "";
}

QtMessageHandler defaultHandler = nullptr;

// A headless run has no XDG_RUNTIME_DIR (cron, ssh); Qt's note about it is not a
// problem of the report and would only clutter stderr.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // `report` paints PDF pages and charts, which needs a QGuiApplication (fonts). It
    // runs headless: the offscreen platform unless QT_QPA_PLATFORM says otherwise.
    // Every other command stays a QCoreApplication. Neither links Qt Widgets.
    std::unique_ptr<QCoreApplication> app;
    if (std::strcmp(commandOf(argc, argv), "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("backorderdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BD_VERSION));
    bd::i18n::installTranslators(*app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = bd::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
