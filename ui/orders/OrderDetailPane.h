#pragma once

#include "services/ShopQueries.h"

#include <QStackedWidget>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace bd::ui {

class AppContext;

// The detail of the order selected on the Orders page: who ordered, its state and
// payment, its lines, e-mails and history, and the buttons of the actions on it. The
// page reads the detail and carries the actions out; the pane shows what it is given
// and says which action was asked for. A hint stands in its place while no order is shown.
class OrderDetailPane : public QStackedWidget
{
    Q_OBJECT

public:
    explicit OrderDetailPane(AppContext& context, QWidget* parent = nullptr);

    void showOrder(const services::OrderDetail& detail);
    // Shows the hint instead of an order.
    void clear();
    // Enables the actions for the shown order when it is `number` (an order whose row
    // was read for the detail) and a shop is open.
    void updateActions(const QString& number, bool shopOpen);

    // The SKU of the selected line when units of it are still open; empty otherwise.
    QString selectedOpenSku() const;
    // The SKUs of the lines with units still open.
    QStringList openSkus() const;
    // Adds the order's actions to a context menu, enabled as their buttons are.
    void addActionsTo(QMenu& menu);

Q_SIGNALS:
    void shipRequested();
    void returnRequested();
    void cancelOrderRequested();
    void cancelLineRequested();
    void paymentRequested();
    void holdRequested(bool hold);
    void couponRequested();
    // The selected line changed: the actions may change with it.
    void lineChanged();

private:
    // A button of the pane; clicking it emits `request` (none: the caller connects it).
    QPushButton* addButton(const QString& name, const QString& text, const QString& tip,
                           void (OrderDetailPane::*request)());
    void showSummary(const services::OrderDetail& detail);
    void showLines(const services::OrderDetail& detail);
    void showMessages(const services::OrderDetail& detail);
    void showHistory(const services::OrderDetail& detail);

    AppContext& m_context;
    std::optional<store::OrderRow> m_shownRow; // the shown order, as read for the detail
    int m_returnable = 0;                      // units of the shown order shipped and not returned
    bool m_updatingHold = false;

    QWidget* m_detail = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_paymentLabel = nullptr;
    QPushButton* m_shipButton = nullptr;
    QPushButton* m_returnButton = nullptr;
    QPushButton* m_cancelOrderButton = nullptr;
    QPushButton* m_cancelLineButton = nullptr;
    QPushButton* m_paymentButton = nullptr;
    QPushButton* m_holdButton = nullptr;
    QPushButton* m_couponButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_linesTree = nullptr;
    QTreeWidget* m_mailTree = nullptr;
    QTreeWidget* m_historyTree = nullptr;
};

} // namespace bd::ui
