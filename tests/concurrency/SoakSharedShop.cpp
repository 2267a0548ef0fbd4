// Soak: the real window (offscreen, driven in this process) and several command-line
// processes work on one shop file at once, against a real SMTP server on 127.0.0.1.
//
// The window switches pages, refreshes the dashboard (a background connection), places
// orders, receives stock and presses Send now; each command-line process loops over
// reads and writes (export, receive, cancel, import orders, notify --send, backup).
// At the end: PRAGMA integrity_check is ok, `check` is green, the -wal file was never
// gone while the window's connection was open, the window's connection was idle after
// every action, no e-mail went out twice, and every action happened whole or was
// refused as busy.
//
// CTest runs it for 20 s; BD_SOAK_SECONDS=600 tests/soak_shared_shop runs it by hand.
#include "SmtpServer.h"
#include "AppContext.h"
#include "CliRun.h"
#include "SqliteLook.h"
#include "common/Page.h"
#include "mainwindow/MainWindow.h"
#include "services/OrderService.h"
#include "services/Shop.h"
#include "services/StockService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

const QStringList skus = {u"SOAK-A"_s, u"SOAK-B"_s, u"SOAK-C"_s};

struct Tally
{
    int ok = 0;
    int busy = 0;
    QStringList failures;
};

// One command-line seat: runs one command after another until told to stop.
class CliSeat : public QObject
{
public:
    using Next = std::function<QStringList(int n)>;
    using Done = std::function<void(int n, const QStringList& args, int status)>;

    CliSeat(QString name, QString db, Next next, Done done)
        : m_name(std::move(name))
        , m_db(std::move(db))
        , m_next(std::move(next))
        , m_done(std::move(done))
    {
        connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            finished(status == QProcess::NormalExit ? code : -1);
        });
    }

    void start() { runNext(); }
    void stop() { m_stopping = true; }
    bool idle() const { return m_process.state() == QProcess::NotRunning; }
    const QString& name() const { return m_name; }
    Tally tally;

private:
    void runNext()
    {
        if (m_stopping)
            return;
        m_args = QStringList{u"--db"_s, m_db} + m_next(m_n);
        m_process.start(bd::test::cliPath(), m_args);
    }
    void finished(int code)
    {
        const QString err = QString::fromUtf8(m_process.readAllStandardError());
        if (code == 0) {
            ++tally.ok;
        } else if (code == 75 && err.startsWith(u"The shop is busy with another action"_s)) {
            ++tally.busy;
        } else {
            tally.failures << QStringLiteral("%1: %2 -> %3 %4").arg(m_name, m_args.join(u' ')).arg(code).arg(err.trimmed());
        }
        if (m_done)
            m_done(m_n, m_args, code);
        // What the command wrote (an export, a backup) is not kept: a long run would
        // fill the disk with copies of the shop.
        const qsizetype out = m_args.indexOf(u"-o"_s);
        if (out >= 0 && out + 1 < m_args.size())
            QFile::remove(m_args.at(out + 1));
        if (m_args.size() > 3 && m_args.at(2) == u"backup"_s) {
            if (code == 0 && !QFileInfo::exists(m_args.at(3)))
                tally.failures << QStringLiteral("%1: backup %2 reported success but wrote nothing").arg(m_name, m_args.at(3));
            QFile::remove(m_args.at(3));
        }
        if (m_args.size() > 4 && m_args.at(2) == u"import"_s)
            QFile::remove(m_args.at(4));
        ++m_n;
        QTimer::singleShot(0, this, [this] { runNext(); });
    }

    QString m_name;
    QString m_db;
    Next m_next;
    Done m_done;
    QProcess m_process;
    QStringList m_args;
    int m_n = 0;
    bool m_stopping = false;
};

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

int runCli(const QStringList& args, QString* err = nullptr)
{
    const bd::test::CliRun run = bd::test::runCliProcess(args);
    if (err)
        *err = run.err;
    return run.status;
}

} // namespace

class SoakSharedShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(bd::test::LocalSmtpServer::python()), "Debian's python3 with python3-aiosmtpd is needed");
    }

    void windowAndCommandLineTogether()
    {
        const int seconds = qEnvironmentVariableIsSet("BD_SOAK_SECONDS") ? qEnvironmentVariableIntValue("BD_SOAK_SECONDS")
                                                                         : 20;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"shop.sqlite"_s);
        const QString wal = db + u"-wal"_s;
        const QString shm = db + u"-shm"_s;
        QString err;
        QCOMPARE(runCli({u"--db"_s, db, u"demo"_s, u"--size"_s, u"small"_s}, &err), 0);
        const QString items = writeFile(dir.filePath(u"soak-items.csv"_s),
                                        "sku,name,price,on_hand,policy,backorder_limit,expected_date,attributes\n"
                                        "SOAK-A,Soak A,10.00,0,backorder,,,\nSOAK-B,Soak B,11.00,0,backorder,,,\n"
                                        "SOAK-C,Soak C,12.00,0,backorder,,,\n");
        QCOMPARE(runCli({u"--db"_s, db, u"import"_s, u"items"_s, items}, &err), 0);

        bd::test::LocalSmtpServer smtp;
        QVERIFY(smtp.start(dir.filePath(u"received"_s), {}));
        for (const auto& [key, value] : std::map<QString, QString>{{u"smtp.host"_s, u"127.0.0.1"_s},
                                                                   {u"smtp.port"_s, QString::number(smtp.port())},
                                                                   {u"smtp.security"_s, u"none"_s},
                                                                   {u"shop.sender"_s, u"shop@example.com"_s}})
            QCOMPARE(runCli({u"--db"_s, db, u"config"_s, u"set"_s, key, value}, &err), 0);

        // The window, on the system clock like the command line.
        bd::ui::AppContext context(nullptr);
        QStringList notIdle;
        context.setIdleCheck(true, [&notIdle](const QStringList& work) {
            if (notIdle.size() < 5)
                notIdle << work.join(u"; "_s);
        });
        bd::ui::MainWindow window(context);
        QVERIFY(window.openDatabase(db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pageList = window.findChild<QListWidget*>(u"pageList"_s);
        QVERIFY(pageList);

        // Imports: which orders each file holds, and whether it was saved.
        std::map<QString, std::pair<int, int>> imports; // prefix -> (orders, exit status)
        QStringList cancellable;                        // orders placed by imports, each cancelled once
        QStringList windowOrders;

        CliSeat clerk(
            u"clerk"_s, db,
            [&](int n) -> QStringList {
                switch (n % 4) {
                case 0:
                    return {u"export"_s, u"items"_s, u"-o"_s, dir.filePath(QStringLiteral("items-%1.csv").arg(n))};
                case 1:
                    return {u"receive"_s, u"--sku"_s, skus[n % 3], u"--qty"_s, u"2"_s, u"--ref"_s,
                            QStringLiteral("CLI-%1").arg(n)};
                case 2:
                    if (!cancellable.isEmpty())
                        return {u"cancel"_s, cancellable.takeFirst(), u"--reason"_s, u"soak"_s};
                    return {u"outbox"_s, u"--state"_s, u"failed"_s};
                default:
                    return {u"export"_s, u"waiting"_s, u"-o"_s, dir.filePath(QStringLiteral("waiting-%1.csv").arg(n))};
                }
            },
            {});
        CliSeat importer(
            u"importer"_s, db,
            [&](int n) -> QStringList {
                if (n % 2)
                    return {u"notify"_s, u"--send"_s};
                const QString prefix = QStringLiteral("IMP%1-").arg(n);
                QByteArray rows = "order_number,placed_at,customer_email,customer_name,sku,qty,unit_price,payment_state,"
                                  "card_last4,card_expiry\n";
                // Now and then a long import, which other seats find busy. (Every order
                // placed is an e-mail for notify --send: the sizes keep a long run's outbox
                // within what the local server takes in the time.)
                const int orders = n % 10 == 0 ? 3000 : 100;
                for (int i = 0; i < orders; ++i)
                    rows += QStringLiteral("%1%2,2026-11-20T10:%3:00Z,soak%4@example.com,Soak %4,%5,1,10.00,none,,\n")
                                .arg(prefix)
                                .arg(i)
                                .arg(i % 60, 2, 10, QLatin1Char('0'))
                                .arg(i % 40)
                                .arg(skus[i % 3])
                                .toUtf8();
                imports[prefix] = {orders, -1};
                return {u"import"_s, u"orders"_s, writeFile(dir.filePath(prefix + u"orders.csv"_s), rows)};
            },
            [&](int n, const QStringList&, int status) {
                if (n % 2)
                    return;
                const QString prefix = QStringLiteral("IMP%1-").arg(n);
                imports[prefix].second = status;
                if (status == 0) {
                    for (int i = 0; i < 100; i += 37)
                        cancellable << prefix + QString::number(i);
                }
            });
        CliSeat keeper(
            u"keeper"_s, db,
            [&](int n) -> QStringList {
                switch (n % 3) {
                case 0:
                    return {u"backup"_s, dir.filePath(QStringLiteral("backup-%1.sqlite").arg(n))};
                case 1:
                    return {u"config"_s, u"get"_s, u"shop.name"_s};
                default:
                    return {u"export"_s, u"orders"_s, u"-o"_s, dir.filePath(QStringLiteral("orders-%1.csv").arg(n))};
                }
            },
            {});

        // The window: one action every 150 ms.
        Tally windowTally;
        int walMissing = 0;
        int walLooks = 0;
        int step = 0;
        QTimer walWatch;
        walWatch.setInterval(5);
        connect(&walWatch, &QTimer::timeout, this, [&] {
            ++walLooks;
            if (!QFileInfo::exists(wal) || !QFileInfo::exists(shm))
                ++walMissing;
        });
        auto account = [&](const QString& what, const bd::core::Status& s) {
            if (s.ok())
                ++windowTally.ok;
            else if (s.isBusy())
                ++windowTally.busy;
            else
                windowTally.failures << what + u": "_s + s.errorText();
        };
        QTimer windowActions;
        windowActions.setInterval(150);
        connect(&windowActions, &QTimer::timeout, this, [&] {
            const int n = step++;
            switch (n % 5) {
            case 0:
                pageList->setCurrentRow(n / 5 % pageList->count());
                ++windowTally.ok;
                break;
            case 1:
                context.navigate(u"dashboard"_s);
                context.notifyShopChanged(); // every view reads again; the dashboard in the background
                ++windowTally.ok;
                break;
            case 2: {
                bd::domain::NewOrder order;
                order.number = QStringLiteral("WIN-%1").arg(n);
                order.placedAt = context.clock().now();
                order.customerEmail = u"window%1@example.com"_s.arg(n % 7);
                order.customerName = u"Window Customer"_s;
                bd::domain::NewOrderLine line;
                line.sku = skus[n % 3];
                line.qty = 1;
                line.unitPriceMinor = 1000;
                order.lines << line;
                const auto placed = bd::services::OrderService(*context.shop()).place(order);
                account(u"new order"_s, placed);
                if (placed.ok())
                    windowOrders << order.number;
                context.notifyShopChanged();
                break;
            }
            case 3: {
                bd::services::ReceiveRequest request;
                request.sku = skus[n % 3];
                request.qty = 1;
                request.reference = QStringLiteral("WIN-R%1").arg(n);
                const auto received = bd::services::StockService(*context.shop()).receive({request}, {});
                account(u"receive"_s, received);
                context.notifyShopChanged();
                break;
            }
            default: {
                context.navigate(u"outbox"_s);
                auto* send = window.findChild<QPushButton*>(u"sendNowButton"_s);
                if (send && send->isEnabled()) {
                    QTest::mouseClick(send, Qt::LeftButton);
                    ++windowTally.ok;
                }
                break;
            }
            }
        });

        QElapsedTimer ran;
        ran.start();
        walWatch.start();
        windowActions.start();
        for (CliSeat* seat : {&clerk, &importer, &keeper})
            seat->start();
        QTest::qWait(seconds * 1000);
        windowActions.stop();
        for (CliSeat* seat : {&clerk, &importer, &keeper})
            seat->stop();
        QTRY_VERIFY_WITH_TIMEOUT(clerk.idle() && importer.idle() && keeper.idle(), 300000);
        QVERIFY(context.waitForTasks(300000));
        QTest::qWait(200); // the tasks' finished() signals
        walWatch.stop();
        const double elapsed = ran.elapsed() / 1000.0;

        // What was done, per seat.
        QStringList failures = windowTally.failures;
        qInfo("soak: %.0f s, window and 3 command-line processes on one shop file", elapsed);
        qInfo("  %-9s %6d actions  %6.2f/s  %4d busy refusals", "window", windowTally.ok + windowTally.busy,
              (windowTally.ok + windowTally.busy) / elapsed, windowTally.busy);
        for (CliSeat* seat : {&clerk, &importer, &keeper}) {
            const int total = seat->tally.ok + seat->tally.busy + int(seat->tally.failures.size());
            qInfo("  %-9s %6d commands %6.2f/s  %4d busy refusals", qPrintable(seat->name()), total, total / elapsed,
                  seat->tally.busy);
            failures << seat->tally.failures;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u'\n')));
        QVERIFY2(notIdle.isEmpty(), qPrintable(notIdle.join(u'\n')));
        QCOMPARE(walMissing, 0);
        QVERIFY(windowTally.ok > 0);
        QVERIFY(clerk.tally.ok > 0 && importer.tally.ok > 0 && keeper.tally.ok > 0);

        // Every import whole or not at all, every order of the window there.
        window.close();
        context.closeDatabase();
        {
            {
                bd::test::SqliteLook look(db);
                QVERIFY(look.isOpen());
                QSqlQuery q(look.db());
                QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
                QCOMPARE(q.value(0).toString(), u"ok"_s);
                qInfo("  integrity_check: ok");
                for (const auto& [prefix, result] : imports) {
                    if (result.second < 0)
                        continue;
                    q.prepare(u"SELECT COUNT(*) FROM orders WHERE order_number LIKE :p"_s);
                    q.bindValue(u":p"_s, QString(prefix + u"%"_s));
                    QVERIFY(q.exec() && q.next());
                    QCOMPARE(q.value(0).toInt(), result.second == 0 ? result.first : 0);
                }
                for (const QString& number : std::as_const(windowOrders)) {
                    q.prepare(u"SELECT COUNT(*) FROM orders WHERE order_number = :n"_s);
                    q.bindValue(u":n"_s, number);
                    QVERIFY(q.exec() && q.next());
                    QCOMPARE(q.value(0).toInt(), 1);
                }
                QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'sent'"_s) && q.next());
                const int sent = q.value(0).toInt();
                QVERIFY(q.exec(u"SELECT COUNT(*) FROM outbox WHERE state = 'sending'"_s) && q.next());
                QCOMPARE(q.value(0).toInt(), 0);

                // No e-mail twice: every Message-ID the server received once, one per sent row.
                QSet<QString> ids;
                int received = 0;
                static const QRegularExpression idHeader(u"^Message-ID:\\s*(\\S+)"_s,
                                                         QRegularExpression::MultilineOption
                                                             | QRegularExpression::CaseInsensitiveOption);
                for (const QString& file : smtp.messages()) {
                    QFile f(file);
                    QVERIFY(f.open(QIODevice::ReadOnly));
                    const QRegularExpressionMatch m = idHeader.match(QString::fromUtf8(f.readAll()));
                    QVERIFY2(m.hasMatch(), qPrintable(file));
                    QVERIFY2(!ids.contains(m.captured(1)), qPrintable(u"sent twice: "_s + m.captured(1)));
                    ids.insert(m.captured(1));
                    ++received;
                }
                qInfo("  e-mails: %d received by the SMTP server, %d marked sent, none twice", received, sent);
                QCOMPARE(received, sent);
            }
        }
        QString checkErr;
        QCOMPARE(runCli({u"--db"_s, db, u"check"_s}, &checkErr), 0);
        qInfo("  check: green; -wal and -shm never missing while the window was open (%d looks)", walLooks);
    }
};

int main(int argc, char** argv)
{
    // A long run by hand outlasts Qt Test's five minutes per test function.
    const int seconds = qEnvironmentVariableIntValue("BD_SOAK_SECONDS");
    if (seconds > 0 && !qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((2 * seconds + 900) * 1000));
    QApplication app(argc, argv);
    SoakSharedShop test;
    return QTest::qExec(&test, argc, argv);
}
#include "SoakSharedShop.moc"
