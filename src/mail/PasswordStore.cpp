#include "PasswordStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef BD_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>
#endif

#include <atomic>

namespace bd::mail {

namespace {

const QString KeychainService = QStringLiteral("Backorder Desk SMTP");
const QString FileName = QStringLiteral("smtp-password.json");

// Passwords given in this run: memory only, shared by every PasswordStore of the process.
QMutex sessionMutex;
QHash<QString, QString>& session()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

// Once the keychain failed (no secret service), later look-ups of this run skip it.
std::atomic_bool keychainBroken { false };

#ifdef BD_HAVE_QTKEYCHAIN
// Runs a keychain job to its end; the jobs are asynchronous. A secret service that
// never answers must not hang the window: give up after a while.
bool runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}
#endif

} // namespace

namespace {
QMutex defaultsMutex;
PasswordStore::Options& defaults()
{
    static PasswordStore::Options options;
    return options;
}
} // namespace

PasswordStore::PasswordStore()
{
    QMutexLocker lock(&defaultsMutex);
    m_options = defaults();
}

void PasswordStore::setDefaultOptions(const Options& options)
{
    QMutexLocker lock(&defaultsMutex);
    defaults() = options;
}

PasswordStore::PasswordStore(Options options)
    : m_options(std::move(options))
{
}

QString PasswordStore::account(const QString& user, const QString& host)
{
    return user + QLatin1Char('@') + host;
}

bool PasswordStore::keychainCompiledIn()
{
#ifdef BD_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString PasswordStore::filePath() const
{
    const QString dir = m_options.directory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        : m_options.directory;
    return QDir(dir).filePath(FileName);
}

QString PasswordStore::describe(Source source)
{
    switch (source) {
    case Source::None:
        return tr("not set");
    case Source::Environment:
        return tr("from the environment variable %1").arg(environmentVariable());
    case Source::Session:
        return tr("kept for this session only");
    case Source::Keychain:
        return tr("in the system keychain");
    case Source::File:
        return tr("in a file readable only by you (unencrypted)");
    }
    return {};
}

PasswordStore::Found PasswordStore::find(const QString& account) const
{
    const QString fromEnvironment = qEnvironmentVariable("BACKORDERDESK_SMTP_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return { fromEnvironment, Source::Environment };
    return findKept(account);
}

PasswordStore::Found PasswordStore::findKept(const QString& account) const
{
    {
        QMutexLocker lock(&sessionMutex);
        const auto it = session().constFind(account);
        if (it != session().constEnd())
            return { it.value(), Source::Session };
    }
    bool ok = false;
    const QString fromKeychain = keychainRead(account, &ok);
    if (ok)
        return { fromKeychain, Source::Keychain };
    const QString fromFile = fileRead(account);
    if (!fromFile.isNull())
        return { fromFile, Source::File };
    return {};
}

bool PasswordStore::keychainAvailable() const
{
    return keychainCompiledIn() && m_options.useKeychain && !keychainBroken.load();
}

void PasswordStore::keepForSession(const QString& account, const QString& password)
{
    QMutexLocker lock(&sessionMutex);
    session().insert(account, password);
}

QString PasswordStore::keychainRead(const QString& account, bool* ok) const
{
    *ok = false;
#ifdef BD_HAVE_QTKEYCHAIN
    if (!m_options.useKeychain || keychainBroken.load() || !QCoreApplication::instance())
        return {};
    QKeychain::ReadPasswordJob job(KeychainService);
    job.setKey(account);
    if (!runJob(job)) {
        keychainBroken = true;
        return {};
    }
    if (job.error() == QKeychain::NoError) {
        *ok = true;
        return job.textData();
    }
    if (job.error() != QKeychain::EntryNotFound)
        keychainBroken = true; // no secret service: do not ask again in this run
    return {};
#else
    Q_UNUSED(account)
    return {};
#endif
}

core::Status PasswordStore::saveToKeychain(const QString& account, const QString& password)
{
#ifdef BD_HAVE_QTKEYCHAIN
    if (!m_options.useKeychain || keychainBroken.load() || !QCoreApplication::instance())
        return core::fail(tr("no system keychain is available"));
    QKeychain::WritePasswordJob job(KeychainService);
    job.setKey(account);
    job.setTextData(password);
    if (!runJob(job)) {
        keychainBroken = true;
        return core::fail(tr("the system keychain did not answer"));
    }
    if (job.error() != QKeychain::NoError) {
        keychainBroken = true;
        return core::fail(tr("the system keychain refused the password: %1").arg(job.errorString()));
    }
    keepForSession(account, password);
    return {};
#else
    Q_UNUSED(account)
    Q_UNUSED(password)
    return core::fail(tr("this build has no system keychain support"));
#endif
}

namespace {

QJsonObject readPasswordFile(const QString& path, bool* exists)
{
    QFile file(path);
    *exists = file.exists();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

core::Status writePasswordFile(const QString& path, const QJsonObject& passwords)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return core::fail(PasswordStore::tr("cannot create the folder of %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::fail(PasswordStore::tr("cannot write %1: %2").arg(path, file.errorString()));
    // Owner only, before a single byte of the password is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return core::fail(PasswordStore::tr("cannot make %1 readable only by you").arg(path));
    }
    file.write(QJsonDocument(passwords).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return core::fail(PasswordStore::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QString PasswordStore::fileRead(const QString& account) const
{
    bool exists = false;
    const QJsonObject passwords = readPasswordFile(filePath(), &exists);
    const QJsonValue value = passwords.value(account);
    return value.isString() ? value.toString() : QString();
}

core::Status PasswordStore::saveToFile(const QString& account, const QString& password)
{
    const QString path = filePath();
    bool exists = false;
    QJsonObject passwords = readPasswordFile(path, &exists);
    passwords.insert(account, password);
    if (core::Status s = writePasswordFile(path, passwords); !s.ok())
        return s;
    keepForSession(account, password);
    return {};
}

core::Status PasswordStore::forget(const QString& account)
{
    {
        QMutexLocker lock(&sessionMutex);
        session().remove(account);
    }
#ifdef BD_HAVE_QTKEYCHAIN
    if (m_options.useKeychain && !keychainBroken.load() && QCoreApplication::instance()) {
        QKeychain::DeletePasswordJob job(KeychainService);
        job.setKey(account);
        if (!runJob(job))
            keychainBroken = true;
    }
#endif
    const QString path = filePath();
    bool exists = false;
    QJsonObject passwords = readPasswordFile(path, &exists);
    if (!exists)
        return {};
    passwords.remove(account);
    if (passwords.isEmpty()) {
        if (!QFile::remove(path))
            return core::fail(tr("cannot delete %1").arg(path));
        return {};
    }
    return writePasswordFile(path, passwords);
}

} // namespace bd::mail
