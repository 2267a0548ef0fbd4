#include "CustomersPage.h"

#include "AppContext.h"
#include "common/DetailTree.h"
#include "domain/LocaleFormat.h"
#include "common/PendingSelection.h"
#include "common/SearchField.h"
#include "models/CustomersModel.h"
#include "models/DetailReader.h"
#include "models/OrdersModel.h"
#include "services/ShopQueries.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace bd::ui {

namespace {

// A customer's orders shown in the detail; more than a person places in years.
constexpr int detailOrderLimit = 500;
const QString splitterKey = QStringLiteral("customers/splitter");
const QString headerKey = QStringLiteral("customers/header");

void fitColumns(QTreeWidget* tree)
{
    for (int c = 0; c < tree->columnCount() - 1; ++c)
        tree->resizeColumnToContents(c);
}

} // namespace

CustomersPage::CustomersPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new CustomersModel(this))
    , m_detailReader(std::make_unique<DetailReader>())
{
    setObjectName(QStringLiteral("customersPage"));
    m_model->setErrorHandler([this](const QString& error) { m_context.reportError(error); });

    m_searchLineEdit = new SearchField(QStringLiteral("customerSearchLineEdit"), tr("Search e-mail, name or phone"),
                                       tr("Search customers"), this);
    connect(m_searchLineEdit, &SearchField::searchRequested, this, &CustomersPage::applyFilter);
    m_onlyWaitingCheckBox = new QCheckBox(tr("Only customers waiting"), this);
    m_onlyWaitingCheckBox->setObjectName(QStringLiteral("waitingCustomersCheckBox"));
    connect(m_onlyWaitingCheckBox, &QCheckBox::toggled, this, &CustomersPage::applyFilter);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("customersTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    QHeaderView* header = m_tableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_tableView->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2 + style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    auto fit = [&](int column, const QString& sample) {
        header->resizeSection(column, std::max(metrics.horizontalAdvance(sample),
                                               metrics.horizontalAdvance(
                                                   m_model->headerData(column, Qt::Horizontal).toString()))
                                          + padding);
    };
    fit(CustomersModel::Email, QStringLiteral("anna.hansen@example.com"));
    header->setSectionResizeMode(CustomersModel::Name, QHeaderView::Stretch);
    fit(CustomersModel::Phone, QStringLiteral("+44 20 7946 0000"));
    fit(CustomersModel::Orders, QLocale().toString(8888));
    fit(CustomersModel::WaitingLines, QLocale().toString(88));
    fit(CustomersModel::LastOrder, domain::LocaleFormat().date(QDate(2000, 12, 28)));
    header->setSortIndicator(CustomersModel::Email, Qt::AscendingOrder);
    m_tableView->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CustomersPage::keepSortIndicatorSortable);
    // A customer to select whose row was not read yet is selected when it comes.
    m_pendingSelection = std::make_unique<PendingSelection>(
        m_model, this, [this](const QString& email) { return selectCustomer(email); },
        [this] {
            if (!m_currentEmail.isEmpty() && !m_tableView->currentIndex().isValid()) {
                m_currentEmail.clear();
                showDetail();
            }
        });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString email = current.isValid() ? current.data(CustomersModel::EmailRole).toString() : QString();
                if (email != m_currentEmail) {
                    m_currentEmail = email;
                    showDetail();
                }
            });

    auto* detail = new QWidget(this);
    m_titleLabel = new QLabel(tr("Select a customer to see their orders, waiting lines and e-mails."), detail);
    m_titleLabel->setObjectName(QStringLiteral("customerTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ordersTree = makeDetailTree(QStringLiteral("customerOrdersTreeWidget"),
                            { tr("Order"), tr("Placed"), tr("State"), tr("Units waiting"), tr("Total"), tr("Promised") },
                            detail);
    m_ordersTree->setToolTip(tr("Double-click an order to open it"));
    connect(m_ordersTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            m_context.navigate(QStringLiteral("orders?number=")
                               + QString::fromLatin1(QUrl::toPercentEncoding(item->text(0))));
    });
    m_waitingTree = makeDetailTree(QStringLiteral("customerWaitingTreeWidget"),
                             { tr("Order"), tr("SKU"), tr("Item"), tr("Waiting"), tr("Place in queue"), tr("Promised") },
                             detail);
    m_mailTree = makeDetailTree(QStringLiteral("customerMailTreeWidget"),
                          { tr("Queued"), tr("Order"), tr("E-mail"), tr("State"), tr("Subject") }, detail);
    auto* tabs = new QTabWidget(detail);
    tabs->setObjectName(QStringLiteral("customerTabWidget"));
    tabs->addTab(m_ordersTree, tr("Orders"));
    tabs->addTab(m_waitingTree, tr("Waiting lines"));
    tabs->addTab(m_mailTree, tr("E-mails"));
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_titleLabel);
    detailLayout->addWidget(tabs, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("customersSplitter"));
    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 880, 320 });

    auto* filterLayout = new QHBoxLayout;
    filterLayout->addWidget(m_searchLineEdit, 1);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_onlyWaitingCheckBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterLayout);
    layout->addWidget(m_splitter, 1);

    QSettings settings;
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    if (header->restoreState(settings.value(headerKey).toByteArray())
        && !CustomersModel::isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(CustomersModel::Email, Qt::AscendingOrder);
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());

    connect(&m_context, &AppContext::databaseAboutToClose, this, [this] {
        m_model->setDatabase(nullptr);
        m_queries.reset();
        m_queriesDatabase = nullptr;
        m_detailReader->setLocation(QString());
        m_currentEmail.clear();
        showDetail();
    });
}

CustomersPage::~CustomersPage()
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_tableView->horizontalHeader()->saveState());
    m_model->setDatabase(nullptr);
    m_detailReader.reset(); // before the page's queued calls go
}

QIcon CustomersPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DirHomeIcon);
}

void CustomersPage::ensureQueries()
{
    store::Database* db = m_context.database();
    if (db == m_queriesDatabase)
        return;
    m_model->setDatabase(nullptr);
    m_queries.reset();
    m_queriesDatabase = db;
    if (db)
        m_queries = std::make_unique<services::ShopQueries>(*db);
    m_detailReader->setLocation(db ? db->path() : QString());
}

void CustomersPage::reload()
{
    const bool open = m_context.hasDatabase();
    for (QWidget* widget : { static_cast<QWidget*>(m_searchLineEdit), static_cast<QWidget*>(m_onlyWaitingCheckBox),
                             static_cast<QWidget*>(m_tableView) })
        widget->setEnabled(open);
    ensureQueries();
    if (m_model->database() != m_context.database())
        m_model->setDatabase(m_context.database());
    else
        m_model->reload();
    selectCustomerWhenShown(m_currentEmail);
    showDetail();
}

void CustomersPage::applyRoute(const QUrlQuery& query)
{
    const QSignalBlocker blockWaiting(m_onlyWaitingCheckBox);
    const QSignalBlocker blockSearch(m_searchLineEdit);
    m_onlyWaitingCheckBox->setChecked(query.queryItemValue(QStringLiteral("waiting")) == QLatin1String("1"));
    const QString email = query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    m_searchLineEdit->setText(email);
    applyFilter();
    if (!email.isEmpty()) {
        m_currentEmail = email;
        selectCustomerWhenShown(email);
        showDetail();
    }
}

bool CustomersPage::selectCustomer(const QString& email)
{
    const int row = m_model->rowOf(email);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, CustomersModel::Email);
    m_tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
    return true;
}

void CustomersPage::selectCustomerWhenShown(const QString& email)
{
    m_pendingSelection->request(email);
}

void CustomersPage::applyFilter()
{
    ensureQueries();
    store::CustomerFilter filter = m_model->filter();
    filter.search = m_searchLineEdit->words();
    filter.onlyWaiting = m_onlyWaitingCheckBox->isChecked();
    if (m_model->database() != m_context.database())
        m_model->setDatabase(m_context.database());
    m_model->setFilter(filter);
    selectCustomerWhenShown(m_currentEmail);
}

void CustomersPage::keepSortIndicatorSortable(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (!CustomersModel::isSortable(column))
        m_tableView->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

bool CustomersPage::isDetailLoading() const
{
    return m_detailReader->isPending();
}

void CustomersPage::clearDetail()
{
    m_ordersTree->clear();
    m_waitingTree->clear();
    m_mailTree->clear();
    m_titleLabel->setText(tr("Select a customer to see their orders, waiting lines and e-mails."));
}

void CustomersPage::showDetail()
{
    if (m_currentEmail.isEmpty() || !m_queries) {
        m_detailReader->drop();
        clearDetail();
        return;
    }
    m_detailReader->read<std::optional<services::CustomerDetail>>(
        this,
        [email = m_currentEmail](services::ShopQueries& queries) {
            return queries.customerDetail(email, detailOrderLimit);
        },
        [this](const store::Found<services::CustomerDetail>& detail) { takeDetail(detail); });
}

void CustomersPage::takeDetail(const store::Found<services::CustomerDetail>& detail)
{
    clearDetail();
    if (!detail) {
        m_context.reportError(detail.errorText());
        return;
    }
    if (!detail.value())
        return;
    const store::CustomerRow* customer = &detail.value()->customer;
    const QLocale locale;
    QStringList title;
    title << (customer->name.isEmpty() ? customer->email : tr("%1 <%2>").arg(customer->name, customer->email));
    if (!customer->phone.isEmpty())
        title << customer->phone;
    title << tr("%Ln order(s)", nullptr, customer->orders);
    if (customer->waitingLines > 0)
        title << tr("%Ln line(s) waiting", nullptr, customer->waitingLines);
    m_titleLabel->setText(title.join(QStringLiteral(" · ")));

    for (const store::OrderRow& row : detail.value()->orders) {
        auto* item = new QTreeWidgetItem(m_ordersTree);
        item->setText(0, row.number);
        item->setText(1, domain::LocaleFormat().dateTime(row.placedAt));
        item->setText(2, OrdersModel::stateName(row.state()));
        item->setText(3, locale.toString(row.waiting));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(4, domain::LocaleFormat().money(row.totalMinor, row.currency));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(5, row.waiting > 0 ? (row.promised.isValid() ? domain::LocaleFormat().date(row.promised) : tr("not known")) : QString());
    }
    fitColumns(m_ordersTree);
    for (const store::CustomerWaitingLine& line : detail.value()->waiting) {
        auto* item = new QTreeWidgetItem(m_waitingTree);
        item->setText(0, line.orderNumber);
        item->setText(1, line.sku);
        item->setText(2, line.itemName);
        item->setText(3, locale.toString(line.qtyWaiting));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(4, locale.toString(line.position));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(5, line.promisedDate.isValid() ? domain::LocaleFormat().date(line.promisedDate) : tr("not known"));
    }
    fitColumns(m_waitingTree);
    for (const store::OutboxRow& m : detail.value()->messages) {
        auto* item = new QTreeWidgetItem(m_mailTree);
        item->setText(0, domain::LocaleFormat().dateTime(m.createdAt));
        item->setText(1, m.orderNumber);
        item->setText(2, m.kind);
        item->setText(3, m.state == store::messageState::Sent ? tr("sent %1").arg(domain::LocaleFormat().dateTime(m.sentAt)) : m.state);
        item->setText(4, m.subject);
        item->setToolTip(4, m.bodyText);
    }
    fitColumns(m_mailTree);
}

} // namespace bd::ui
