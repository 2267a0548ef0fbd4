// The window's file dialogs never drop the shop file's locks. Qt's own dialog reads the
// first bytes of every file it lists to choose its icon; closing that descriptor drops
// every POSIX lock this process holds on the file, SQLite's included, and the next
// command-line run would delete the write-ahead log the window still writes into. The
// dialogs of ui/common/FileDialogs list the shop's folder and the process keeps its
// locks (read back from /proc/locks), and what the window saves after another process
// opened and closed the shop is there for every program; after Qt's dialog as it comes
// the locks are gone, the other process deletes the log and the window's save is seen
// by no one (which shows the checks can see the loss). The open and save dialogs the window asks through are the
// prepared ones, and a prepared print dialog offers no printing to a file.
#include "common/FileDialogs.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace bd;

namespace {

// The POSIX locks this process holds on the file at `path`, as /proc/locks lists them
// ("1: POSIX  ADVISORY  READ 1283 fe:00:10963480 128 128": pid, then device:inode).
int locksHeldOn(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile file(u"/proc/locks"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString pid = QString::number(::getpid());
    const QString inode = u":"_s + QString::number(qulonglong(st.st_ino));
    int held = 0;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QStringList fields = QString::fromLatin1(line).simplified().split(u' ');
        if (fields.size() >= 6 && fields.at(1) == u"POSIX"_s && fields.at(4) == pid && fields.at(5).endsWith(inode))
            ++held;
    }
    return held;
}

// Another process opens the shop, reads `sql`'s one value and closes it, as a
// command-line run does: being, as far as it can tell, the last to close, it checkpoints
// the shop and deletes its write-ahead log unless this process holds its locks.
QString otherProcessReads(const QString& path, const QString& sql)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {u"-c"_s, u"import sqlite3, sys\n"
                           u"c = sqlite3.connect(sys.argv[1])\n"
                           u"print(c.execute(sys.argv[2]).fetchone()[0])\n"
                           u"c.close()\n"_s,
                  path, sql});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return u"failed: "_s + QString::fromUtf8(python.readAllStandardError());
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

} // namespace

class TestFileDialogLocks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dialogKeepsTheShopsLocks_data();
    void dialogKeepsTheShopsLocks();
    void openAndSaveDialogsArePrepared();
    void printDialogHasNoPrintToFile();

private:
    // Shows the dialog on the shop's folder until it has listed it and looked at every
    // file (icons come from a worker thread a moment later).
    void showListing(QFileDialog& dialog);
    QString shopPath() const { return m_dir.filePath(u"shop.sqlite"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
};

void TestFileDialogLocks::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = store::Database::open(shopPath());
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    m_db = opened.takeValue();
    // A write and a read: the write-ahead log and its index exist and are locked.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO settings (key, value) VALUES ('shop.name', 'Locks') "
                   u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s));
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM items"_s) && q.next());
    QVERIFY(QFile::exists(shopPath() + u"-wal"_s));
    QVERIFY2(locksHeldOn(shopPath()) > 0, "the open shop holds no lock on its file");
}

void TestFileDialogLocks::cleanup()
{
    m_db.reset();
}

void TestFileDialogLocks::showListing(QFileDialog& dialog)
{
    dialog.setDirectory(m_dir.path());
    auto* model = dialog.findChild<QFileSystemModel*>();
    QVERIFY(model);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(loaded.count() > 0 || loaded.wait(5000));
    // Every listed file's icon and type are asked for; give the worker time to answer.
    const QModelIndex root = model->index(m_dir.path());
    QTRY_VERIFY(model->rowCount(root) >= 3); // shop.sqlite, -wal, -shm
    for (int row = 0; row < model->rowCount(root); ++row) {
        model->data(model->index(row, 0, root), Qt::DecorationRole);
        model->data(model->index(row, 2, root), Qt::DisplayRole);
    }
    QTest::qWait(1500);
}

void TestFileDialogLocks::dialogKeepsTheShopsLocks_data()
{
    QTest::addColumn<bool>("prepared");
    QTest::addRow("the window's dialog") << true;
    QTest::addRow("Qt's dialog as it comes") << false;
}

void TestFileDialogLocks::dialogKeepsTheShopsLocks()
{
    QFETCH(bool, prepared);
    QVERIFY(locksHeldOn(shopPath()) > 0);
    QFileDialog dialog(nullptr, u"Import CSV"_s);
    if (prepared)
        ui::fileDialogs::prepare(dialog);
    else
        dialog.setOption(QFileDialog::DontUseNativeDialog); // what the offscreen platform gives anyway
    showListing(dialog);
    if (QTest::currentTestFailed())
        return;
    dialog.close();
    // How many ranges the process holds varies with what its connections are doing
    // (POSIX locks of one process merge and split); held or not is what counts.
    const int after = locksHeldOn(shopPath());
    if (prepared)
        QVERIFY2(after > 0, "the window's dialog dropped the shop's locks");
    else
        QVERIFY2(after == 0, qPrintable(u"Qt's dialog kept %1 locks"_s.arg(after)));

    // What that means: a command-line run comes and goes, then the window saves.
    const QString name = u"SELECT value FROM settings WHERE key = 'shop.name'"_s;
    QCOMPARE(otherProcessReads(shopPath(), name), u"Locks"_s);
    QCOMPARE(QFile::exists(shopPath() + u"-wal"_s), prepared);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE settings SET value = 'Saved by the window' WHERE key = 'shop.name'"_s));
    QCOMPARE(q.numRowsAffected(), 1);
    // Seen by every other program — or, after Qt's dialog, by none: the window wrote
    // into a log nobody else can find.
    QCOMPARE(otherProcessReads(shopPath(), name) == u"Saved by the window"_s, prepared);
}

void TestFileDialogLocks::openAndSaveDialogsArePrepared()
{
    for (const bool save : {false, true}) {
        bool checked = false;
        int locksWhileShown = -1;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            checked = dialog->testOption(QFileDialog::DontUseNativeDialog);
            showListing(*dialog);
            locksWhileShown = locksHeldOn(shopPath());
            dialog->reject();
        });
        // Filters that list the shop's files, as a merchant looking around would.
        const QString chosen = save ? ui::fileDialogs::saveFileName(nullptr, u"Save"_s, m_dir.filePath(u"report.pdf"_s),
                                                                    u"All files (*)"_s)
                                    : ui::fileDialogs::openFileName(nullptr, u"Open"_s, m_dir.path(), u"All files (*)"_s);
        QVERIFY(chosen.isEmpty()); // cancelled
        QVERIFY2(checked, save ? "the save dialog is not Qt's own" : "the open dialog is not Qt's own");
        QVERIFY2(locksWhileShown > 0, "the shop's locks were dropped while the dialog was shown");
    }
}

void TestFileDialogLocks::printDialogHasNoPrintToFile()
{
    QPrinter printer;
    QPrintDialog dialog(&printer);
    QVERIFY(dialog.testOption(QAbstractPrintDialog::PrintToFile));
    ui::fileDialogs::prepare(dialog);
    QVERIFY(!dialog.testOption(QAbstractPrintDialog::PrintToFile));
}

QTEST_MAIN(TestFileDialogLocks)
#include "TestFileDialogLocks.moc"
