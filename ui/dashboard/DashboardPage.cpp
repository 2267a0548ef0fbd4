#include "DashboardPage.h"

#include "AppContext.h"
#include "common/TaskRunner.h"
#include "dashboard/DashboardTile.h"
#include "services/Shop.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace bd::ui {

using services::DashboardFigures;

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("dashboardPage"));

    struct TileSpec
    {
        Figure figure;
        QString name;
        QString caption;
        QString route;
    };
    const QList<TileSpec> specs = {
        { Figure::UnitsWaiting, QStringLiteral("unitsWaitingTile"), tr("Units waiting"), QStringLiteral("items?waiting=1") },
        { Figure::CustomersWaiting, QStringLiteral("customersWaitingTile"), tr("Customers waiting"),
          QStringLiteral("customers?waiting=1") },
        { Figure::OldestWait, QStringLiteral("oldestWaitTile"), tr("Oldest wait"), QStringLiteral("orders?state=waiting") },
        { Figure::BackorderRate, QStringLiteral("backorderRateTile"), tr("Backorder rate, 30 days"),
          QStringLiteral("items?waiting=1") },
        { Figure::ReadyToShip, QStringLiteral("readyToShipTile"), tr("Orders ready to ship"),
          QStringLiteral("orders?state=ready") },
        { Figure::ToCapture, QStringLiteral("toCaptureTile"), tr("Payments to capture"), QStringLiteral("orders?capture=1") },
        { Figure::AtRisk, QStringLiteral("atRiskTile"), tr("Payments at risk"), QStringLiteral("orders?risk=1") },
        { Figure::FailedEmails, QStringLiteral("failedEmailsTile"), tr("Failed e-mails"),
          QStringLiteral("outbox?state=failed") },
    };
    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    int n = 0;
    for (const TileSpec& spec : specs) {
        auto* tile = new DashboardTile(spec.caption, spec.route, this);
        tile->setObjectName(spec.name);
        connect(tile, &QAbstractButton::clicked, this, [this, tile] { m_context.navigate(tile->route()); });
        m_tiles.insert(spec.figure, tile);
        grid->addWidget(tile, n / 4, n % 4);
        ++n;
    }

    m_updatingLabel = new QLabel(tr("Updating…"), this);
    m_updatingLabel->setObjectName(QStringLiteral("updatingLabel"));
    m_updatingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("dashboardErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto* trend = new QChart;
    trend->setTitle(tr("Units waiting, last %1 days").arg(services::DashboardService::trendDays));
    trend->legend()->hide();
    m_trendView = new QChartView(trend, this);
    m_trendView->setObjectName(QStringLiteral("waitingTrendChartView"));
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumHeight(220);

    auto* histogram = new QChart;
    histogram->setTitle(tr("Waiting lines by days waited"));
    histogram->legend()->hide();
    m_histogramView = new QChartView(histogram, this);
    m_histogramView->setObjectName(QStringLiteral("waitHistogramChartView"));
    m_histogramView->setRenderHint(QPainter::Antialiasing);
    m_histogramView->setMinimumHeight(220);

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_trendView, 3);
    charts->addWidget(m_histogramView, 2);

    auto* status = new QHBoxLayout;
    status->addStretch(1);
    status->addWidget(m_updatingLabel);

    // An empty shop: how to start, instead of a wall of zeros.
    m_startPanel = new QWidget(this);
    m_startPanel->setObjectName(QStringLiteral("gettingStartedPanel"));
    auto* startLabel = new QLabel(
        tr("<h3>Your shop has no items yet</h3>"
           "<p>Start with your products: import the CSV export of your web shop (WooCommerce, Shopify or "
           "Backorder Desk's own format), or add one item by hand to try things out. Customers, orders and "
           "purchase orders come in the same way, with <b>File › Import CSV…</b>.</p>"),
        m_startPanel);
    startLabel->setObjectName(QStringLiteral("gettingStartedLabel"));
    startLabel->setWordWrap(true);
    auto* importButton = new QPushButton(tr("&Import Products…"), m_startPanel);
    importButton->setObjectName(QStringLiteral("importProductsButton"));
    importButton->setDefault(true);
    connect(importButton, &QPushButton::clicked, this, [this] { m_context.navigate(QStringLiteral("import")); });
    auto* newItemButton = new QPushButton(tr("&Add One Item…"), m_startPanel);
    newItemButton->setObjectName(QStringLiteral("addOneItemButton"));
    connect(newItemButton, &QPushButton::clicked, this, [this] { m_context.navigate(QStringLiteral("items?new=1")); });
    auto* startLayout = new QVBoxLayout(m_startPanel);
    startLayout->addWidget(startLabel);
    auto* startButtons = new QHBoxLayout;
    startButtons->addWidget(importButton);
    startButtons->addWidget(newItemButton);
    startButtons->addStretch(1);
    startLayout->addLayout(startButtons);
    m_startPanel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_startPanel);
    layout->addLayout(grid);
    layout->addWidget(m_errorLabel);
    layout->addLayout(charts, 1);
    layout->addStretch(0); // keeps the start panel at the top when nothing else shows
    layout->addLayout(status);

    m_updatingLabel->hide();
    showNothing();
}

DashboardPage::~DashboardPage()
{
    if (m_task)
        m_task->cancel();
}

QIcon DashboardPage::icon() const
{
    return style()->standardIcon(QStyle::SP_ComputerIcon);
}

void DashboardPage::reload()
{
    ++m_generation;
    if (!m_context.hasDatabase()) {
        showNothing();
        return;
    }
    if (m_running) {
        m_again = true; // the running one may have read before the change
        return;
    }
    start();
}

void DashboardPage::start()
{
    m_running = true;
    m_again = false;
    m_updatingLabel->show();
    auto result = std::make_shared<DashboardFigures>();
    const quint64 generation = m_generation;
    auto* task = TaskRunner::start(
        m_context, tr("Updating the dashboard"),
        [result](TaskEnv& env) -> core::Status {
            core::Result<DashboardFigures> figures = services::DashboardService(env.shop()).figures();
            if (!figures)
                return figures.errors();
            *result = figures.takeValue();
            return {};
        },
        // Owned by the context, which waits for its tasks: a runner deleted with
        // this page while running would stay on the context's list of tasks.
        &m_context, TaskRunner::Effect::ReadsOnly);
    m_task = task;
    connect(task, &TaskRunner::finished, this, [this, result, generation](const core::Status& status) {
        m_running = false;
        if (m_again) {
            start();
            return;
        }
        if (generation != m_generation || !m_context.hasDatabase())
            return; // another database, or none, since it started
        m_updatingLabel->hide();
        if (!status.ok()) {
            m_errorLabel->setText(tr("The figures could not be worked out: %1").arg(status.errorText()));
            m_errorLabel->show();
            m_context.reportError(m_errorLabel->text());
            return;
        }
        m_errorLabel->hide();
        m_empty = result->items == 0;
        m_startPanel->setVisible(m_empty);
        showFigures(*result);
    });
}

bool DashboardPage::showsGettingStarted() const
{
    return !m_startPanel->isHidden();
}

void DashboardPage::showNothing()
{
    m_hasFigures = false;
    m_empty = false;
    m_figures = {};
    m_updatingLabel->hide();
    m_errorLabel->hide();
    m_startPanel->hide();
    for (DashboardTile* tile : std::as_const(m_tiles)) {
        tile->setVisible(true);
        tile->setValue(QStringLiteral("–"));
        tile->setEnabled(m_context.hasDatabase());
    }
    updateCharts();
}

void DashboardPage::showFigures(const DashboardFigures& f)
{
    m_figures = f;
    m_hasFigures = true;
    const QLocale locale;
    for (DashboardTile* tile : std::as_const(m_tiles)) {
        tile->setEnabled(true);
        tile->setVisible(!m_empty);
    }
    m_tiles[Figure::UnitsWaiting]->setValue(locale.toString(f.unitsWaiting));
    m_tiles[Figure::CustomersWaiting]->setValue(locale.toString(f.customersWaiting));
    if (f.oldestWaitDays < 0)
        m_tiles[Figure::OldestWait]->setValue(tr("none"), tr("nobody waits"));
    else
        m_tiles[Figure::OldestWait]->setValue(f.oldestWaitDays == 1 ? tr("1 day") : tr("%1 days").arg(locale.toString(f.oldestWaitDays)), {}, f.oldestWaitDays > 60);
    m_tiles[Figure::BackorderRate]->setValue(
        locale.toString(f.backorderRate() * 100.0, 'f', 1) + locale.percent(),
        tr("%1 of %2 units waited").arg(locale.toString(f.unitsBackordered), locale.toString(f.unitsOrdered)));
    m_tiles[Figure::ReadyToShip]->setValue(locale.toString(f.ordersReadyToShip));
    m_tiles[Figure::ToCapture]->setValue(locale.toString(f.paymentsToCapture), {}, false);
    m_tiles[Figure::AtRisk]->setValue(locale.toString(f.paymentsAtRisk), {}, f.paymentsAtRisk > 0);
    m_tiles[Figure::FailedEmails]->setValue(locale.toString(f.failedEmails), {}, f.failedEmails > 0);
    updateCharts();
    Q_EMIT updated();
}

void DashboardPage::applyChartTheme(QChart* chart)
{
    // Follow the window's palette, light or dark.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void DashboardPage::updateCharts()
{
    QChart* trend = m_trendView->chart();
    trend->removeAllSeries();
    for (QAbstractAxis* axis : trend->axes())
        trend->removeAxis(axis);
    QChart* histogram = m_histogramView->chart();
    histogram->removeAllSeries();
    for (QAbstractAxis* axis : histogram->axes())
        histogram->removeAxis(axis);
    applyChartTheme(trend);
    applyChartTheme(histogram);
    m_trendView->setVisible(m_hasFigures && !m_empty);
    m_histogramView->setVisible(m_hasFigures && !m_empty);
    if (!m_hasFigures || m_empty)
        return;

    auto* line = new QLineSeries;
    line->setName(tr("Units waiting"));
    qint64 top = 0;
    for (const services::WaitingOnDay& day : std::as_const(m_figures.waitingTrend)) {
        line->append(double(day.day.startOfDay(Qt::UTC).toMSecsSinceEpoch()), double(day.units));
        top = std::max(top, day.units);
    }
    trend->addSeries(line);
    auto* dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("d MMM"));
    dates->setTickCount(7);
    if (!m_figures.waitingTrend.isEmpty())
        dates->setRange(m_figures.waitingTrend.first().day.startOfDay(Qt::UTC),
                        m_figures.waitingTrend.last().day.startOfDay(Qt::UTC));
    trend->addAxis(dates, Qt::AlignBottom);
    line->attachAxis(dates);
    auto* units = new QValueAxis;
    units->setLabelFormat(QStringLiteral("%d"));
    units->setRange(0, double(std::max<qint64>(top, 4)) * 1.1);
    units->applyNiceNumbers();
    trend->addAxis(units, Qt::AlignLeft);
    line->attachAxis(units);

    auto* bars = new QBarSet(tr("Waiting lines"));
    QStringList categories;
    int tallest = 0;
    for (const services::WaitBucket& bucket : std::as_const(m_figures.waitHistogram)) {
        *bars << bucket.lines;
        tallest = std::max(tallest, bucket.lines);
        categories << (bucket.maxDays < 0 ? tr(">%1").arg(bucket.minDays - 1)
                                          : tr("%1–%2").arg(bucket.minDays).arg(bucket.maxDays));
    }
    auto* barSeries = new QBarSeries;
    barSeries->append(bars);
    barSeries->setLabelsVisible(true);
    barSeries->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    bars->setLabelColor(Qt::white);
    histogram->addSeries(barSeries);
    auto* buckets = new QBarCategoryAxis;
    buckets->append(categories);
    buckets->setTitleText(tr("Days waited"));
    histogram->addAxis(buckets, Qt::AlignBottom);
    barSeries->attachAxis(buckets);
    auto* counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setRange(0, double(std::max(tallest, 4)) * 1.15);
    counts->applyNiceNumbers();
    histogram->addAxis(counts, Qt::AlignLeft);
    barSeries->attachAxis(counts);
}

} // namespace bd::ui
