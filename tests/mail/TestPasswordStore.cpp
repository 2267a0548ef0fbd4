// Where the SMTP password is kept: the environment variable wins, a password given in
// a session stays in memory, and only an explicit choice writes it to a file that only
// the user can read (0600); forgetting it deletes that file.
#include "mail/PasswordStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using bd::mail::PasswordStore;

class TestPasswordStore : public QObject
{
    Q_OBJECT

private:
    // The file's mode bits as the system has them: 0600 is rw for the owner only.
    static int mode(const QString& path)
    {
        struct stat info {};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return -1;
        return int(info.st_mode & 07777);
    }
    PasswordStore store() const
    {
        PasswordStore::Options options;
        options.directory = m_dir->filePath(QStringLiteral("config"));
        options.useKeychain = false; // no secret service in a test run
        return PasswordStore(options);
    }
    const QString account = PasswordStore::account(QStringLiteral("shop"), QStringLiteral("mail.example.org"));
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        qunsetenv("BACKORDERDESK_SMTP_PASSWORD");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        PasswordStore s = store();
        QVERIFY(s.forget(account).ok()); // the session cache is process-wide
    }

    void cleanup() { qunsetenv("BACKORDERDESK_SMTP_PASSWORD"); }

    void nothingKnownAtFirst()
    {
        const PasswordStore::Found found = store().find(account);
        QVERIFY(!found.ok());
        QCOMPARE(found.source, PasswordStore::Source::None);
    }

    void sessionPasswordIsNotWritten()
    {
        PasswordStore s = store();
        s.keepForSession(account, QStringLiteral("s3cret"));
        const PasswordStore::Found found = s.find(account);
        QCOMPARE(found.source, PasswordStore::Source::Session);
        QCOMPARE(found.password, QStringLiteral("s3cret"));
        // Nothing on disk without the user's consent: not the file, not its folder.
        QVERIFY(!QFile::exists(s.filePath()));
        QVERIFY(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void fileIsReadableOnlyByTheUser()
    {
        PasswordStore s = store();
        QVERIFY(s.saveToFile(account, QStringLiteral("s3cret")).ok());
        QVERIFY(QFile::exists(s.filePath()));
        QCOMPARE(mode(s.filePath()), 0600);
        QVERIFY(QFileInfo(s.filePath()).absoluteFilePath().startsWith(m_dir->path()));
        QFile f(s.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("s3cret"));
        f.close();
        // A second account keeps the file 0600 and both passwords.
        const QString second = PasswordStore::account(QStringLiteral("other"), QStringLiteral("smtp.example.net"));
        QVERIFY(s.saveToFile(second, QStringLiteral("an0ther")).ok());
        QCOMPARE(mode(s.filePath()), 0600);
        QCOMPARE(s.find(second).password, QStringLiteral("an0ther"));
        QVERIFY(s.forget(second).ok());
        QVERIFY(QFile::exists(s.filePath()));
    }

    void readsTheFileInALaterSession()
    {
        PasswordStore s = store();
        QVERIFY(s.saveToFile(account, QStringLiteral("s3cret")).ok());
        // What a later run finds: write the file again by hand with the session gone.
        const QString path = s.filePath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        f.close();
        QVERIFY(s.forget(account).ok());
        QVERIFY(!QFile::exists(path));
        QFile back(path);
        QVERIFY(back.open(QIODevice::WriteOnly));
        back.write(content);
        back.close();
        const PasswordStore::Found found = s.find(account);
        QCOMPARE(found.source, PasswordStore::Source::File);
        QCOMPARE(found.password, QStringLiteral("s3cret"));
    }

    void environmentWins()
    {
        PasswordStore s = store();
        QVERIFY(s.saveToFile(account, QStringLiteral("from-file")).ok());
        qputenv("BACKORDERDESK_SMTP_PASSWORD", "from-env");
        const PasswordStore::Found found = s.find(account);
        QCOMPARE(found.source, PasswordStore::Source::Environment);
        QCOMPARE(found.password, QStringLiteral("from-env"));
    }

    void forgettingDeletesTheFile()
    {
        PasswordStore s = store();
        QVERIFY(s.saveToFile(account, QStringLiteral("s3cret")).ok());
        QVERIFY(QFile::exists(s.filePath()));
        QVERIFY(s.forget(account).ok());
        QVERIFY(!QFile::exists(s.filePath()));
        QVERIFY(!s.find(account).ok());
    }

    void noKeychainIsAnErrorNotACrash()
    {
        PasswordStore s = store();
        const bd::core::Status saved = s.saveToKeychain(account, QStringLiteral("s3cret"));
        QVERIFY(!saved.ok());
        QVERIFY(!saved.errorText().isEmpty());
        QVERIFY(!QFile::exists(s.filePath()));
    }
};

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "TestPasswordStore.moc"
