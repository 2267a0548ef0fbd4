#pragma once

// A window over a shop file with a scripted prompter, and files dropped on it: what the
// tests of the window's import share.

#include "AppContext.h"
#include "ScriptedPrompter.h"
#include "TempShop.h"
#include "mainwindow/MainWindow.h"

#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QTest>
#include <QUrl>

#include <memory>

namespace bd::test {

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Opens the shop file in a shown window whose questions `prompter` answers.
inline void openWindow(const QString& shopFile, std::unique_ptr<ui::AppContext>& context,
                       std::unique_ptr<ui::MainWindow>& window, ScriptedPrompter*& prompter)
{
    context = std::make_unique<ui::AppContext>(std::make_unique<core::FixedClock>(fixedNow()));
    auto scripted = std::make_unique<ScriptedPrompter>();
    prompter = scripted.get();
    context->setPrompter(std::move(scripted));
    window = std::make_unique<ui::MainWindow>(*context);
    QVERIFY(window->openDatabase(shopFile));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
}

// Drops a file on the window, as from a file manager.
inline void dropFile(ui::MainWindow& window, const QString& file)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &dropped);
}

} // namespace bd::test
