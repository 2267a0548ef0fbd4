#pragma once

#include "common/Page.h"
#include "services/ShopQueries.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSplitter;
class QTableView;

namespace bd::store {
class Database;
} // namespace bd::store
namespace bd::services {
class ShopQueries;
} // namespace bd::services

namespace bd::ui {

class DetailReader;
class OrderDetailPane;
class OrdersModel;
class PendingSelection;
class SearchField;

// The orders: a paged list with state, search and payment filters, and the detail of
// the selected order (its lines, payment, e-mails and history) with the actions on
// it: ship, take back a return, cancel, record payment, hold until complete, issue a coupon.
class OrdersPage : public Page
{
    Q_OBJECT

public:
    explicit OrdersPage(AppContext& context, QWidget* parent = nullptr);
    ~OrdersPage() override;

    QString title() const override { return tr("Orders"); }
    QIcon icon() const override;
    void reload() override;
    // state=STATE, number=NUMBER (selects that order), risk=1, capture=1.
    void applyRoute(const QUrlQuery& query) override;

    // Opens the New order dialog.
    void newOrder();
    // Opens the Ship dialog for the selected order; with none selected, first a picker
    // of the orders with units to ship.
    void shipSelected();
    // Opens the Return dialog for the selected order (or a picker of shipped orders).
    void returnSelected();
    void cancelSelectedOrder();
    void cancelSelectedLine();
    void recordPayment();
    void setHoldUntilComplete(bool hold);
    void issueCoupon();

    OrdersModel* model() const { return m_model; }
    // The order shown in the detail pane; empty when none.
    QString currentNumber() const { return m_currentNumber; }
    // Whether the detail of the current order is on its way (it is read off the window's
    // thread; the pane shows what it showed until it comes).
    bool isDetailLoading() const;
    // Selects an order among the loaded rows; false when it is not loaded.
    bool selectOrder(const QString& number);
    // Selects the order when its row is read (at once when it is in memory); when the
    // list, once read, does not show it, nothing stays selected.
    void selectOrderWhenShown(const QString& number);

private:
    void ensureQueries();
    void startRiskList();
    void applyFilter();
    // Reads the current order's detail on the detail reader; shown when it comes.
    void showDetail();
    void takeDetail(const store::Found<services::OrderDetail>& detail);
    void clearDetail();
    void updateActions();
    void afterAction(const QString& message);
    void openCancelDialog(const QString& sku);
    void openShipDialog(const QString& number);
    void openReturnDialog(const QString& number);
    // Asks for an order with the picker, then opens `next` for it.
    void pickOrder(int purpose, void (OrdersPage::*next)(const QString&));
    void showContextMenu(const QPoint& pos);
    void keepSortIndicatorSortable(int column, Qt::SortOrder order);
    void saveLayout() const;
    void restoreLayout();

    OrdersModel* m_model = nullptr;
    std::unique_ptr<services::ShopQueries> m_queries;
    store::Database* m_queriesDatabase = nullptr;
    QString m_currentNumber;
    std::unique_ptr<PendingSelection> m_pendingSelection; // the order to select when its row comes
    // The detail is read on a thread and connection of its own; only the latest read counts.
    std::unique_ptr<DetailReader> m_detailReader;
    // The orders at risk, worked out by the payment risk service in the background.
    QStringList m_riskNumbers;
    bool m_riskKnown = false;
    bool m_riskPending = false;
    bool m_riskAnnounced = false; // the status bar says how many orders are at risk
    int m_riskGeneration = 0;

    SearchField* m_searchLineEdit = nullptr;
    QComboBox* m_stateComboBox = nullptr;
    QCheckBox* m_captureCheckBox = nullptr;
    QCheckBox* m_riskCheckBox = nullptr;
    QPushButton* m_newOrderButton = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_tableView = nullptr;

    OrderDetailPane* m_detailPane = nullptr;
};

} // namespace bd::ui
