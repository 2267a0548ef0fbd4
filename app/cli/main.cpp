#include "Command.h"
#include "translations/Language.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("backorderdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BD_VERSION));
    bd::i18n::installTranslators(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = bd::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
