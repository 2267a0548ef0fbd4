#pragma once

#include "common/Page.h"
#include "services/ShopQueries.h"

#include <memory>

class QCheckBox;
class QLabel;
class QSplitter;
class QTableView;
class QTreeWidget;

namespace bd::store {
class Database;
} // namespace bd::store

namespace bd::ui {

class CustomersModel;
class DetailReader;
class PendingSelection;
class SearchField;

// The customers: a paged, searchable list, and the detail of the selected customer
// (their orders, their waiting lines, the e-mails they were sent).
class CustomersPage : public Page
{
    Q_OBJECT

public:
    explicit CustomersPage(AppContext& context, QWidget* parent = nullptr);
    ~CustomersPage() override;

    QString title() const override { return tr("Customers"); }
    QIcon icon() const override;
    void reload() override;
    // email=EMAIL selects that customer; waiting=1 shows only customers waiting.
    void applyRoute(const QUrlQuery& query) override;

    CustomersModel* model() const { return m_model; }
    QString currentEmail() const { return m_currentEmail; }
    // Whether the detail of the current customer is on its way (it is read off the
    // window's thread; the pane shows what it showed until it comes).
    bool isDetailLoading() const;
    bool selectCustomer(const QString& email);
    // Selects the customer when their row is read (at once when it is in memory); when
    // the list, once read, does not show them, nothing stays selected.
    void selectCustomerWhenShown(const QString& email);

private:
    void ensureQueries();
    void applyFilter();
    // Reads the current customer's detail on the detail reader; shown when it comes.
    void showDetail();
    void takeDetail(const store::Found<services::CustomerDetail>& detail);
    void clearDetail();
    void keepSortIndicatorSortable(int column, Qt::SortOrder order);

    CustomersModel* m_model = nullptr;
    std::unique_ptr<services::ShopQueries> m_queries;
    store::Database* m_queriesDatabase = nullptr;
    QString m_currentEmail;
    std::unique_ptr<PendingSelection> m_pendingSelection; // the customer to select when their row comes
    // The detail is read on a thread and connection of its own; only the latest read counts.
    std::unique_ptr<DetailReader> m_detailReader;

    SearchField* m_searchLineEdit = nullptr;
    QCheckBox* m_onlyWaitingCheckBox = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_tableView = nullptr;
    QLabel* m_titleLabel = nullptr;
    QTreeWidget* m_ordersTree = nullptr;
    QTreeWidget* m_waitingTree = nullptr;
    QTreeWidget* m_mailTree = nullptr;
};

} // namespace bd::ui
