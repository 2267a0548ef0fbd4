#pragma once

#include "common/Page.h"
#include "services/ShopQueries.h"

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace bd::ui {

class DetailReader;
class PendingSelection;
class PurchaseLinesModel;
class PurchaseOrdersModel;

// Purchasing and receiving: the purchase orders with what was ordered, received and
// is still to come, the lines of the selected one, new orders and changes to their
// lines and expected dates, the stages of its way here (Stage… and its timeline), and
// the Receive dialog.
class PurchasingPage : public Page
{
    Q_OBJECT

public:
    explicit PurchasingPage(AppContext& context, QWidget* parent = nullptr);
    ~PurchasingPage() override;

    QString title() const override { return tr("Purchasing"); }
    QIcon icon() const override;
    void reload() override;
    // number=PO selects that purchase order.
    void applyRoute(const QUrlQuery& query) override;
    // Opens the Receive dialog (for the selected purchase order when there is one).
    void receive();
    void newPurchaseOrder();
    void editPurchaseOrder();
    // Opens the Stage dialog for the selected purchase order.
    void recordStage();

    PurchaseOrdersModel* ordersModel() const { return m_orders; }
    PurchaseLinesModel* linesModel() const { return m_lines; }
    // Selects the purchase order when its row is read (at once when it is in memory).
    void selectPurchaseOrder(const QString& number);
    // Whether the lines and timeline of the selected purchase order are on their way
    // (read off the window's thread; the pane shows what it showed until they come).
    bool isDetailLoading() const;
    // The reader of the lines and timeline, where a test sees the reads in their order.
    DetailReader& detailReader() { return *m_detailReader; }

private:
    bool selectLoaded(const QString& number);
    // Updates the actions for the selected purchase order and asks for its detail.
    void showSelected();
    void takeDetail(const store::Found<services::PurchaseOrderDetail>& detail);
    void showTimeline(const QList<store::PoStage>& stages);
    QString selectedNumber() const;

    PurchaseOrdersModel* m_orders = nullptr;
    // The selected purchase order's lines and timeline are read on a thread and
    // connection of their own; only the latest read counts.
    std::unique_ptr<DetailReader> m_detailReader;
    std::unique_ptr<PendingSelection> m_pendingSelection; // the order to select when its row comes
    QString m_routeNumber; // asked for by a route: looked for among the closed ones too
    PurchaseLinesModel* m_lines = nullptr;
    QTableView* m_ordersView = nullptr;
    QTableView* m_linesView = nullptr;
    QSplitter* m_splitter = nullptr;
    QCheckBox* m_closedCheck = nullptr;
    QLabel* m_linesLabel = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_receiveButton = nullptr;
    QPushButton* m_stageButton = nullptr;
    QTextBrowser* m_timeline = nullptr;
};

} // namespace bd::ui
