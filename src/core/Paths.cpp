#include "Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace bd::core {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("shop.sqlite"));
}

} // namespace bd::core
