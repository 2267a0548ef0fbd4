#pragma once

#include <QMenu>
#include <QStringList>

namespace bd::ui {

// "Open Recent": the last databases opened, newest first, kept in QSettings so every
// window and the next start see the same list.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 5;

    explicit RecentFilesMenu(const QString& title, QWidget* parent = nullptr);

    static QStringList files();
    // Puts the file first, dropping the oldest beyond MaxFiles.
    void addFile(const QString& path);
    void removeFile(const QString& path);
    void clearFiles();

Q_SIGNALS:
    void fileTriggered(const QString& path);

private:
    static void storeFiles(const QStringList& files);
    void rebuild();
};

} // namespace bd::ui
