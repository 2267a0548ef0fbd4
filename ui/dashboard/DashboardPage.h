#pragma once

#include "common/Page.h"
#include "services/DashboardService.h"

#include <QHash>
#include <QPointer>

class QChart;
class QChartView;
class QLabel;

namespace bd::ui {

class DashboardTile;
class TaskRunner;

// The figures a merchant looks at first — who waits, for how long, what is ready to
// ship, what needs attention — each opening the matching list, with the waiting
// units over the last 90 days and a histogram of how long lines have waited. The
// figures are worked out off the GUI thread.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    enum class Figure {
        UnitsWaiting,
        CustomersWaiting,
        OldestWait,
        BackorderRate,
        ReadyToShip,
        ToCapture,
        AtRisk,
        FailedEmails
    };

    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override { return tr("Dashboard"); }
    QIcon icon() const override;
    // Starts working the figures out again; they appear when done.
    void reload() override;

    // What is shown now (the last figures worked out).
    const services::DashboardFigures& figures() const { return m_figures; }
    bool hasFigures() const { return m_hasFigures; }
    bool isUpdating() const { return m_running; }
    DashboardTile* tile(Figure figure) const { return m_tiles.value(figure); }
    // Whether it shows how to start (a shop without items).
    bool showsGettingStarted() const;

Q_SIGNALS:
    // New figures are on screen.
    void updated();

private:
    void start();
    void showFigures(const services::DashboardFigures& figures);
    void showNothing();
    void updateCharts();
    void applyChartTheme(QChart* chart);

    QHash<Figure, DashboardTile*> m_tiles;
    QLabel* m_updatingLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QWidget* m_startPanel = nullptr;
    QChartView* m_trendView = nullptr;
    QChartView* m_histogramView = nullptr;
    services::DashboardFigures m_figures;
    bool m_hasFigures = false;
    bool m_empty = false; // the shop has no items: the start panel instead of zeros
    bool m_running = false;
    bool m_again = false; // reload() was called while the figures were being worked out
    quint64 m_generation = 0;
    QPointer<TaskRunner> m_task;
};

} // namespace bd::ui
