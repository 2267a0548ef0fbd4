// The window on a busy shop: prints figures, asserts nothing about time.
//
//   bench_window [--db FILE] [--dir DIR] [--scale N]
//
// Opens the main window (offscreen) on the large demo (20,000 items, 100,000
// customers, 1,000,000 order lines; built first unless --db names one) and measures,
// for every page: the time until it is painted with its first rows, scrolling its
// lists to the end, sorting by each sortable column and filtering through its search
// box; and throughout, the longest the event loop was blocked (what the user feels
// as a freeze) and the peak memory. Background work the pages start is waited for
// and counted separately: it does not block the window.
#include "AppContext.h"
#include "common/Page.h"
#include "common/SearchField.h"
#include "core/Clock.h"
#include "demo/DemoShop.h"
#include "mainwindow/MainWindow.h"
#include "models/ListModelBase.h"
#include "store/Database.h"

#include "BenchUtil.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeView>


using namespace bd;
using bench::peakRssMiB;

namespace {

QTextStream out(stdout);

// Measures the longest gap between two turns of the event loop: a timer that should
// fire every 5 ms notes how late it was.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_worst = std::max(m_worst, gap);
        });
        m_timer.start();
        m_clock.start();
    }
    void reset()
    {
        m_worst = 0;
        m_clock.restart();
    }
    qint64 worstMs() const { return std::max(m_worst, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// Lets the window work until nothing is pending and background tasks ended.
// Until the background tasks are done and every list has its count and the pages its
// views asked for (the lists read on threads of their own).
void settle(ui::AppContext& context)
{
    auto listsLoading = [] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            for (const ui::ListModelBase* list : top->findChildren<ui::ListModelBase*>()) {
                if (list->isLoading())
                    return true;
            }
        }
        return false;
    };
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        while (!context.runningTasks().isEmpty() || listsLoading()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(2);
        }
    }
}

// Notes the first paint event of a widget.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget& widget) { widget.installEventFilter(this); }
    bool seen() const { return m_seen; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            m_seen = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

void report(const QString& what, double seconds, qint64 stallMs, const QString& extra = {})
{
    out << QStringLiteral("%1  %2 s  longest freeze %3 ms  peak RSS %4 MiB%5")
               .arg(what.leftJustified(52), QString::number(seconds, 'f', 3).rightJustified(7),
                    QString::number(stallMs).rightJustified(5), QString::number(peakRssMiB(), 'f', 0),
                    extra.isEmpty() ? QString() : QStringLiteral("  ") + extra)
        << Qt::endl;
}

QList<QAbstractItemView*> listsOf(QWidget* page)
{
    QList<QAbstractItemView*> lists;
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if ((qobject_cast<QTableView*>(view) || qobject_cast<QTreeView*>(view)) && view->model()
            && view->isVisibleTo(page))
            lists << view;
    }
    return lists;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BackorderDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("backorderdesk-bench"));
    QSettings().clear();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("An existing shop database"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where to build the demo"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Divide the demo by N"),
                                         QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({ dbOption, dirOption, scaleOption });
    parser.process(app);

    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    QTemporaryDir temp(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-XXXXXX")
                                               : QDir::tempPath() + QStringLiteral("/bench-window-XXXXXX"));
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = temp.filePath(QStringLiteral("large.sqlite"));
        QElapsedTimer timer;
        timer.start();
        auto db = store::Database::open(path);
        if (!db.ok()) {
            out << db.errorText() << Qt::endl;
            return 1;
        }
        const int scale = std::max(1, parser.value(scaleOption).toInt());
        auto demo = demo::DemoShop::build(*db.value(), { demo::DemoOptions::Size::Large, 1, now, scale });
        if (!demo.ok()) {
            out << demo.errorText() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("large demo: %1 items, %2 customers, %3 order lines, built in %4 s")
                   .arg(demo->items)
                   .arg(demo->customers)
                   .arg(demo->orderLines)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }

    ui::AppContext context(std::make_unique<core::FixedClock>(now));
    StallMeter stalls;
    QElapsedTimer timer;

    stalls.reset();
    timer.start();
    ui::MainWindow window(context);
    window.resize(1280, 800);
    // As the application does: the window shows, then the shop opens (its file checked
    // off the window's thread).
    FirstPaint painted(window);
    window.show();
    while (!painted.seen() && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    report(QStringLiteral("the window's first paint"), timer.nsecsElapsed() / 1e9, stalls.worstMs());
    stalls.reset();
    timer.restart();
    if (!window.openDatabase(path)) {
        out << window.errorText() << Qt::endl;
        return 1;
    }
    settle(context);
    report(QStringLiteral("open the shop, until every page is idle"), timer.nsecsElapsed() / 1e9, stalls.worstMs());

    int failures = 0;
    for (ui::Page* page : window.pages()) {
        const QString name = page->title();
        stalls.reset();
        timer.restart();
        window.navigate(page->objectName().remove(QStringLiteral("Page")).toLower());
        if (window.currentPage() != page) {
            // Routes are the lower-case page names; fall back to the list.
            out << QStringLiteral("%1: no route, skipped").arg(name) << Qt::endl;
            continue;
        }
        page->reload();
        settle(context);
        report(name + QStringLiteral(": first paint"), timer.nsecsElapsed() / 1e9, stalls.worstMs());

        const QList<QAbstractItemView*> lists = listsOf(page);
        for (QAbstractItemView* view : lists) {
            QAbstractItemModel* model = view->model();
            const QString list = name + QStringLiteral(" / ") + view->objectName();
            // Scroll to the end: the view asks for more rows as it reaches the bottom.
            stalls.reset();
            timer.restart();
            int rows = -1;
            int steps = 0;
            while (rows != model->rowCount() && steps < 100000) {
                rows = model->rowCount();
                view->scrollToBottom();
                QCoreApplication::processEvents();
                ++steps;
            }
            settle(context);
            report(list + QStringLiteral(": scroll to the end"), timer.nsecsElapsed() / 1e9, stalls.worstMs(),
                   QStringLiteral("%1 rows").arg(model->rowCount()));

            auto* table = qobject_cast<QTableView*>(view);
            auto* tree = qobject_cast<QTreeView*>(view);
            const bool sortable = (table && table->isSortingEnabled()) || (tree && tree->isSortingEnabled());
            if (sortable) {
                QHeaderView* header = table ? table->horizontalHeader() : tree->header();
                for (int column = 0; column < model->columnCount(); ++column) {
                    if (header->isSectionHidden(column))
                        continue;
                    const QString what
                        = list + QStringLiteral(": sort by %1").arg(model->headerData(column, Qt::Horizontal).toString());
                    stalls.reset();
                    timer.restart();
                    header->setSortIndicator(column, Qt::DescendingOrder);
                    settle(context);
                    // A list that does not sort by the column keeps its sort indicator where it was.
                    if (header->sortIndicatorSection() != column) {
                        out << what.leftJustified(52) << QStringLiteral("  not sortable") << Qt::endl;
                        continue;
                    }
                    report(what, timer.nsecsElapsed() / 1e9, stalls.worstMs());
                }
            }
        }
        // Filter through the page's search box, if it has one: a short word (whole words,
        // no index of trigrams), a longer one (the trigram index) and two words (each
        // matched on its own). Return runs the search at once, as the pause after typing
        // would; the time is until every list has its answer.
        for (ui::SearchField* search : page->findChildren<ui::SearchField*>()) {
            if (!search->isVisibleTo(page))
                continue;
            // The list it filters: the page's longest.
            QAbstractItemModel* filtered = nullptr;
            for (QAbstractItemView* view : listsOf(page)) {
                if (!filtered || view->model()->rowCount() > filtered->rowCount())
                    filtered = view->model();
            }
            for (const QString& words : {QStringLiteral("7"), QStringLiteral("nielsen"), QStringLiteral("canvas black")}) {
                stalls.reset();
                timer.restart();
                search->setText(words);
                Q_EMIT search->returnPressed();
                settle(context);
                const double seconds = timer.nsecsElapsed() / 1e9;
                report(name + QStringLiteral(": search \"%1\" (%2)").arg(words, search->placeholderText()), seconds,
                       stalls.worstMs(),
                       filtered ? QStringLiteral("%1 rows").arg(filtered->rowCount()) : QString());
            }
            search->clear();
            Q_EMIT search->returnPressed();
            settle(context);
            break;
        }
        // The queue of the item with the most units waiting (on a shop with a hot item, its
        // 100,000 lines): shown when the item is chosen, then scrolled to its end.
        auto* items = page->findChild<QTableView*>(QStringLiteral("itemsTableView"));
        auto* queue = page->findChild<QTableView*>(QStringLiteral("queueTableView"));
        if (items && queue) {
            QAbstractItemModel* model = items->model();
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->headerData(column, Qt::Horizontal).toString() != QStringLiteral("Waiting"))
                    continue;
                items->horizontalHeader()->setSortIndicator(column, Qt::DescendingOrder);
                settle(context);
                stalls.reset();
                timer.restart();
                items->setCurrentIndex(model->index(0, 0));
                settle(context);
                report(name + QStringLiteral(" / queue of %1: first paint").arg(model->index(0, 0).data().toString()),
                       timer.nsecsElapsed() / 1e9, stalls.worstMs(),
                       QStringLiteral("%1 rows").arg(queue->model()->rowCount()));
                stalls.reset();
                timer.restart();
                queue->scrollToBottom();
                settle(context);
                report(name + QStringLiteral(" / queue: scroll to the end"), timer.nsecsElapsed() / 1e9,
                       stalls.worstMs());
                break;
            }
        }
    }
    if (!window.errorText().isEmpty()) {
        out << QStringLiteral("the window shows an error: ") << window.errorText() << Qt::endl;
        ++failures;
    }
    return failures ? 1 : 0;
}
