#pragma once

#include "common/Page.h"

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace bd::services {
class ShopQueries;
}

namespace bd::ui {

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

private:
    bool selectLoaded(const QString& number);
    void showSelected();
    void showTimeline(const QString& number);
    QString selectedNumber() const;

    std::unique_ptr<services::ShopQueries> m_queries;
    PurchaseOrdersModel* m_orders = nullptr;
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
