#include "OrdersPage.h"

#include "AppContext.h"
#include "common/Prompter.h"
#include "common/SearchField.h"
#include "common/TaskRunner.h"
#include "domain/LocaleFormat.h"
#include "domain/Rules.h"
#include "common/PendingSelection.h"
#include "models/DetailReader.h"
#include "models/OrdersModel.h"
#include "orders/CancelDialog.h"
#include "orders/NewOrderDialog.h"
#include "orders/OrderDetailPane.h"
#include "orders/OrderPickerDialog.h"
#include "orders/ReturnDialog.h"
#include "orders/ShipDialog.h"
#include "services/InsightService.h"
#include "services/OrderService.h"
#include "services/ShippingService.h"
#include "services/Shop.h"
#include "store/Config.h"
#include "services/ShopQueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace bd::ui {

using store::OrderFilter;
using store::OrderState;

namespace {

// The list above the detail since the detail got the window's full width.
const QString splitterKey = QStringLiteral("orders/splitterVertical");
const QString headerKey = QStringLiteral("orders/header");

} // namespace

OrdersPage::OrdersPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new OrdersModel(this))
    , m_detailReader(std::make_unique<DetailReader>())
{
    setObjectName(QStringLiteral("ordersPage"));
    m_model->setErrorHandler([this](const QString& error) { m_context.reportError(error); });

    // Filters
    m_searchLineEdit = new SearchField(QStringLiteral("orderSearchLineEdit"),
                                       tr("Search order number, customer or e-mail"), tr("Search orders"), this);
    connect(m_searchLineEdit, &SearchField::searchRequested, this, &OrdersPage::applyFilter);

    m_stateComboBox = new QComboBox(this);
    m_stateComboBox->setObjectName(QStringLiteral("stateComboBox"));
    m_stateComboBox->setAccessibleName(tr("Order state"));
    m_stateComboBox->addItem(tr("All states"), -1);
    for (OrderState state : { OrderState::Waiting, OrderState::PartlyAllocated, OrderState::Ready,
                              OrderState::PartlyShipped, OrderState::Shipped, OrderState::Cancelled })
        m_stateComboBox->addItem(OrdersModel::stateName(state), int(state));
    connect(m_stateComboBox, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);

    m_captureCheckBox = new QCheckBox(tr("Payments to capture"), this);
    m_captureCheckBox->setObjectName(QStringLiteral("captureCheckBox"));
    m_captureCheckBox->setToolTip(tr("Orders with units allocated whose payment is not captured yet"));
    connect(m_captureCheckBox, &QCheckBox::toggled, this, &OrdersPage::applyFilter);
    m_riskCheckBox = new QCheckBox(tr("Payment at risk"), this);
    m_riskCheckBox->setObjectName(QStringLiteral("riskCheckBox"));
    m_riskCheckBox->setToolTip(tr("Waiting orders whose card or authorization lapses before their promised date"));
    connect(m_riskCheckBox, &QCheckBox::toggled, this, &OrdersPage::applyFilter);

    m_newOrderButton = new QPushButton(tr("New order…"), this);
    m_newOrderButton->setObjectName(QStringLiteral("newOrderButton"));
    connect(m_newOrderButton, &QPushButton::clicked, this, &OrdersPage::newOrder);

    // The list
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("ordersTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    QHeaderView* header = m_tableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrdersModel::Customer, QHeaderView::Stretch);
    const QFontMetrics metrics = m_tableView->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2 + style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    auto fit = [&](int column, const QStringList& samples) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + padding);
    };
    fit(OrdersModel::Number, { QStringLiteral("8888888 \u2191") });
    fit(OrdersModel::Placed, { domain::LocaleFormat().dateTime(QDateTime(QDate(2000, 12, 28), QTime(23, 59))) });
    fit(OrdersModel::State, { OrdersModel::stateName(OrderState::PartlyAllocated) });
    fit(OrdersModel::Lines, { QLocale().toString(88) });
    fit(OrdersModel::Waiting, { QLocale().toString(888) });
    fit(OrdersModel::Total, { domain::LocaleFormat().money(8888888, QStringLiteral("EUR")) });
    fit(OrdersModel::Payment, { OrdersModel::paymentName(domain::PaymentState::Authorized) });
    fit(OrdersModel::Promised, { domain::LocaleFormat().date(QDate(2000, 12, 28)), tr("not known") });
    header->setSortIndicator(OrdersModel::Placed, Qt::DescendingOrder);
    m_tableView->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &OrdersPage::keepSortIndicatorSortable);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const QString number = current.isValid() ? current.data(OrdersModel::OrderNumberRole).toString() : QString();
        if (number != m_currentNumber) {
            m_currentNumber = number;
            showDetail();
        }
    });
    connect(m_tableView, &QWidget::customContextMenuRequested, this, &OrdersPage::showContextMenu);
    // An order to select whose row was not read yet is selected when it comes.
    m_pendingSelection = std::make_unique<PendingSelection>(
        m_model, this, [this](const QString& number) { return selectOrder(number); },
        [this] {
            if (!m_currentNumber.isEmpty() && !m_tableView->currentIndex().isValid()) {
                m_currentNumber.clear();
                showDetail();
            }
        });

    // The detail of the selected order
    m_detailPane = new OrderDetailPane(m_context, this);
    connect(m_detailPane, &OrderDetailPane::shipRequested, this, &OrdersPage::shipSelected);
    connect(m_detailPane, &OrderDetailPane::returnRequested, this, &OrdersPage::returnSelected);
    connect(m_detailPane, &OrderDetailPane::cancelOrderRequested, this, &OrdersPage::cancelSelectedOrder);
    connect(m_detailPane, &OrderDetailPane::cancelLineRequested, this, &OrdersPage::cancelSelectedLine);
    connect(m_detailPane, &OrderDetailPane::paymentRequested, this, &OrdersPage::recordPayment);
    connect(m_detailPane, &OrderDetailPane::holdRequested, this, &OrdersPage::setHoldUntilComplete);
    connect(m_detailPane, &OrderDetailPane::couponRequested, this, &OrdersPage::issueCoupon);
    connect(m_detailPane, &OrderDetailPane::lineChanged, this, &OrdersPage::updateActions);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("ordersSplitter"));
    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    // Until the user moves it: a dozen orders above, the detail below at full width.
    m_splitter->setSizes({ 280, 420 });

    auto* filterLayout = new QHBoxLayout;
    filterLayout->addWidget(m_searchLineEdit, 1);
    filterLayout->addWidget(m_stateComboBox);
    filterLayout->addWidget(m_captureCheckBox);
    filterLayout->addWidget(m_riskCheckBox);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_newOrderButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterLayout);
    layout->addWidget(m_splitter, 1);

    connect(&m_context, &AppContext::databaseAboutToClose, this, [this] {
        m_model->setDatabase(nullptr);
        m_queries.reset();
        m_queriesDatabase = nullptr;
        m_detailReader->setLocation(QString());
        m_currentNumber.clear();
        clearDetail();
    });
    restoreLayout();
    clearDetail();
}

OrdersPage::~OrdersPage()
{
    saveLayout();
    m_model->setDatabase(nullptr);
    m_detailReader.reset(); // before the page's queued calls go
}

QIcon OrdersPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void OrdersPage::saveLayout() const
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_tableView->horizontalHeader()->saveState());
}

void OrdersPage::restoreLayout()
{
    QSettings settings;
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    QHeaderView* header = m_tableView->horizontalHeader();
    if (header->restoreState(settings.value(headerKey).toByteArray()) && !OrdersModel::isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(OrdersModel::Placed, Qt::DescendingOrder);
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void OrdersPage::ensureQueries()
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

void OrdersPage::reload()
{
    const bool open = m_context.hasDatabase();
    for (QWidget* widget : { static_cast<QWidget*>(m_searchLineEdit), static_cast<QWidget*>(m_stateComboBox),
                             static_cast<QWidget*>(m_captureCheckBox), static_cast<QWidget*>(m_riskCheckBox),
                             static_cast<QWidget*>(m_newOrderButton), static_cast<QWidget*>(m_tableView) })
        widget->setEnabled(open);
    const bool changedDatabase = m_context.database() != m_queriesDatabase;
    ensureQueries();
    // The list of orders at risk may have changed with the rest: work it out again.
    m_riskKnown = false;
    m_riskPending = false;
    if (m_riskCheckBox->isChecked() && m_context.shop()) {
        applyFilter();
    } else if (changedDatabase || m_model->database() != m_context.database()) {
        m_model->setDatabase(m_context.database());
    } else {
        m_model->reload();
    }
    selectOrderWhenShown(m_currentNumber);
    showDetail();
}

void OrdersPage::applyRoute(const QUrlQuery& query)
{
    const QSignalBlocker blockState(m_stateComboBox);
    const QSignalBlocker blockCapture(m_captureCheckBox);
    const QSignalBlocker blockRisk(m_riskCheckBox);
    const QSignalBlocker blockSearch(m_searchLineEdit);
    m_stateComboBox->setCurrentIndex(0);
    m_captureCheckBox->setChecked(false);
    m_riskCheckBox->setChecked(false);
    m_searchLineEdit->clear();
    if (query.hasQueryItem(QStringLiteral("state"))) {
        if (const auto state = store::parseOrderState(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded)))
            m_stateComboBox->setCurrentIndex(m_stateComboBox->findData(int(*state)));
    }
    m_captureCheckBox->setChecked(query.queryItemValue(QStringLiteral("capture")) == QLatin1String("1"));
    m_riskCheckBox->setChecked(query.queryItemValue(QStringLiteral("risk")) == QLatin1String("1"));
    const QString number = query.queryItemValue(QStringLiteral("number"), QUrl::FullyDecoded);
    m_searchLineEdit->setText(number);
    applyFilter();
    if (!number.isEmpty()) {
        m_currentNumber = number;
        selectOrderWhenShown(number);
        showDetail();
    }
}

bool OrdersPage::selectOrder(const QString& number)
{
    const int row = m_model->rowOf(number);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, OrdersModel::Number);
    m_tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
    return true;
}

void OrdersPage::selectOrderWhenShown(const QString& number)
{
    m_pendingSelection->request(number);
}

void OrdersPage::applyFilter()
{
    ensureQueries();
    OrderFilter filter = m_model->filter();
    filter.search = m_searchLineEdit->words();
    const int state = m_stateComboBox->currentData().toInt();
    filter.state = state < 0 ? std::nullopt : std::optional<OrderState>(OrderState(state));
    filter.toCapture = m_captureCheckBox->isChecked();
    filter.numbers.reset();
    if (m_riskCheckBox->isChecked()) {
        // Nothing until the list is known; it is worked out in the background.
        if (!m_riskKnown && !m_riskPending)
            startRiskList();
        filter.numbers = m_riskKnown ? m_riskNumbers : QStringList();
    } else if (m_riskAnnounced) {
        // "21 orders whose payment is at risk" spoke of the filter just switched off.
        m_riskAnnounced = false;
        Q_EMIT statusMessage(QString());
    }
    if (m_model->database() != m_context.database())
        m_model->setDatabase(m_context.database());
    m_model->setFilter(filter);
    selectOrderWhenShown(m_currentNumber);
}

void OrdersPage::startRiskList()
{
    if (!m_context.hasDatabase())
        return;
    const int generation = ++m_riskGeneration;
    m_riskPending = true;
    auto numbers = std::make_shared<QStringList>();
    auto* task = TaskRunner::start(
        m_context, tr("Finding payments at risk"),
        [numbers](TaskEnv& env) -> core::Status {
            env.progress(0, 0, tr("Comparing cards and authorizations with the promised dates"));
            core::Result<QStringList> atRisk = services::InsightService(env.shop()).ordersAtRisk();
            if (!atRisk)
                return atRisk.errors();
            *numbers = atRisk.takeValue();
            return {};
        },
        // Owned by the context, not the page: a runner must outlive its thread and stay
        // registered with the context until it finished (~TaskRunner does not unregister).
        &m_context, TaskRunner::Effect::ReadsOnly);
    connect(task, &TaskRunner::finished, this, [this, generation, numbers](const core::Status& status) {
        if (generation != m_riskGeneration)
            return; // a newer list is on its way
        m_riskPending = false;
        if (!status.ok()) {
            Q_EMIT statusMessage(tr("Payments at risk not known: %1").arg(status.errorText()));
            return;
        }
        m_riskNumbers = *numbers;
        m_riskKnown = true;
        if (!m_riskCheckBox->isChecked())
            return; // switched off while it was worked out
        applyFilter();
        m_riskAnnounced = true;
        Q_EMIT statusMessage(tr("%Ln order(s) whose payment is at risk", nullptr, int(m_riskNumbers.size())));
    });
}

void OrdersPage::keepSortIndicatorSortable(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (!OrdersModel::isSortable(column))
        m_tableView->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void OrdersPage::clearDetail()
{
    m_detailPane->clear();
    updateActions();
}

bool OrdersPage::isDetailLoading() const
{
    return m_detailReader->isPending();
}

void OrdersPage::showDetail()
{
    if (m_currentNumber.isEmpty() || !m_context.shop() || !m_queries) {
        m_detailReader->drop();
        clearDetail();
        return;
    }
    m_detailReader->read<std::optional<services::OrderDetail>>(
        this, [number = m_currentNumber](services::ShopQueries& queries) { return queries.orderDetail(number); },
        [this](const store::Found<services::OrderDetail>& detail) { takeDetail(detail); });
}

void OrdersPage::takeDetail(const store::Found<services::OrderDetail>& detail)
{
    if (!detail) {
        clearDetail();
        m_context.reportError(detail.errorText());
        return;
    }
    if (!detail.value() || !m_context.shop()) {
        clearDetail();
        return;
    }
    m_detailPane->showOrder(*detail.value());
    updateActions();
}

void OrdersPage::updateActions()
{
    m_detailPane->updateActions(m_currentNumber, m_context.shop() != nullptr);
}

void OrdersPage::afterAction(const QString& message)
{
    Q_EMIT statusMessage(message);
    m_context.notifyShopChanged();
}

void OrdersPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_tableView->indexAt(pos);
    if (!index.isValid())
        return;
    m_tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    m_detailPane->addActionsTo(menu);
    menu.exec(m_tableView->viewport()->mapToGlobal(pos));
}

void OrdersPage::newOrder()
{
    services::Shop* shop = m_context.shop();
    if (!shop) {
        m_context.prompter().warn(this, tr("New order"), tr("Open a shop database first."));
        return;
    }
    auto* dialog = new NewOrderDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewOrderDialog::orderPlaced, this, [this](const QString& number) {
        m_currentNumber = number;
        afterAction(tr("Order %1 placed").arg(number));
        const QSignalBlocker block(m_searchLineEdit);
        if (m_model->rowOf(number) < 0) {
            // Show the new order even when the filters would hide it.
            m_searchLineEdit->setText(number);
            m_stateComboBox->setCurrentIndex(0);
            m_captureCheckBox->setChecked(false);
            m_riskCheckBox->setChecked(false);
            applyFilter();
        }
        selectOrderWhenShown(number);
        showDetail();
    });
    dialog->open();
}

void OrdersPage::shipSelected()
{
    if (!m_context.shop()) {
        m_context.prompter().inform(this, tr("Ship"), tr("Open a shop database first."));
        return;
    }
    if (m_currentNumber.isEmpty())
        pickOrder(int(OrderPickerDialog::Purpose::Ship), &OrdersPage::openShipDialog);
    else
        openShipDialog(m_currentNumber);
}

void OrdersPage::returnSelected()
{
    if (!m_context.shop()) {
        m_context.prompter().inform(this, tr("Return"), tr("Open a shop database first."));
        return;
    }
    if (m_currentNumber.isEmpty())
        pickOrder(int(OrderPickerDialog::Purpose::Return), &OrdersPage::openReturnDialog);
    else
        openReturnDialog(m_currentNumber);
}

void OrdersPage::pickOrder(int purpose, void (OrdersPage::*next)(const QString&))
{
    ensureQueries();
    if (!m_queries)
        return;
    auto* picker = new OrderPickerDialog(*m_queries, OrderPickerDialog::Purpose(purpose), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &OrderPickerDialog::picked, this, [this, next](const QString& number) {
        // The page shows the order being worked on, and selects its row when the list holds it.
        m_currentNumber = number;
        selectOrderWhenShown(number);
        showDetail();
        (this->*next)(number);
    });
    picker->open();
}

void OrdersPage::openShipDialog(const QString& number)
{
    auto* dialog = new ShipDialog(m_context, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShipDialog::shipped, this, &OrdersPage::afterAction);
    dialog->open();
}

void OrdersPage::openReturnDialog(const QString& number)
{
    auto* dialog = new ReturnDialog(m_context, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReturnDialog::returned, this, &OrdersPage::afterAction);
    dialog->open();
}

void OrdersPage::cancelSelectedOrder()
{
    if (!m_context.shop() || m_currentNumber.isEmpty())
        return;
    openCancelDialog(QString());
}

void OrdersPage::cancelSelectedLine()
{
    if (!m_context.shop() || m_currentNumber.isEmpty())
        return;
    const QString number = m_currentNumber;
    QString sku = m_detailPane->selectedOpenSku();
    if (sku.isEmpty()) {
        const QStringList open = m_detailPane->openSkus();
        if (open.isEmpty())
            return;
        if (open.size() == 1) {
            sku = open.first();
        } else {
            const int chosen = m_context.prompter().choose(this, tr("Cancel a line of order %1").arg(number),
                                                           tr("Which line?"), open);
            if (chosen < 0 || chosen >= open.size())
                return;
            sku = open.at(chosen);
        }
    }
    openCancelDialog(sku);
}

void OrdersPage::openCancelDialog(const QString& sku)
{
    auto* dialog = new CancelDialog(m_context, m_currentNumber, sku, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelDialog::cancelled, this, &OrdersPage::afterAction);
    dialog->open();
}

void OrdersPage::recordPayment()
{
    services::Shop* shop = m_context.shop();
    if (!shop || m_currentNumber.isEmpty())
        return;
    const QString number = m_currentNumber;
    const core::Result<domain::Order> order = services::OrderService(*shop).findOrder(number);
    if (!order) {
        m_context.prompter().warn(this, tr("Order %1").arg(number), order.errorText());
        return;
    }
    Prompter& prompter = m_context.prompter();
    const QList<domain::PaymentState> states = { domain::PaymentState::None, domain::PaymentState::Verified,
                                                 domain::PaymentState::Authorized, domain::PaymentState::Captured };
    QStringList names;
    for (domain::PaymentState s : states)
        names << OrdersModel::paymentName(s);
    const int chosen = prompter.choose(this, tr("Payment of order %1").arg(number),
                                       tr("How far has the payment come? (now: %1)")
                                           .arg(OrdersModel::paymentName(order->payment)),
                                       names);
    if (chosen < 0 || chosen >= states.size())
        return;
    QString last4 = order->cardLast4;
    if (!prompter.askText(this, tr("Payment of order %1").arg(number),
                          tr("Last four digits of the card (never the card number; empty for none):"), &last4))
        return;
    QString expiry = order->cardExpiry;
    if (!prompter.askText(this, tr("Payment of order %1").arg(number),
                          tr("Card expiry month, MM/YY (empty for none):"), &expiry))
        return;
    services::PaymentUpdate update;
    update.state = states.at(chosen);
    update.cardLast4 = last4.trimmed();
    update.cardExpiry = expiry.trimmed();
    const core::Status status = services::OrderService(*shop).setPayment(number, update);
    if (!status.ok()) {
        prompter.warn(this, tr("Payment not recorded"), status.errorText());
        return;
    }
    afterAction(tr("Order %1: payment %2").arg(number, OrdersModel::paymentName(update.state).toLower()));
}

void OrdersPage::setHoldUntilComplete(bool hold)
{
    services::Shop* shop = m_context.shop();
    if (!shop || m_currentNumber.isEmpty())
        return;
    const QString number = m_currentNumber;
    const core::Status status = services::OrderService(*shop).setHoldUntilComplete(number, hold);
    if (!status.ok()) {
        m_context.prompter().warn(this, tr("Order %1").arg(number), status.errorText());
        showDetail(); // puts the button back
        return;
    }
    afterAction(hold ? tr("Order %1 is held until complete").arg(number)
                     : tr("Order %1 may ship in parts").arg(number));
}

void OrdersPage::issueCoupon()
{
    services::Shop* shop = m_context.shop();
    if (!shop || m_currentNumber.isEmpty())
        return;
    const core::Result<domain::Order> order = services::OrderService(*shop).findOrder(m_currentNumber);
    if (!order) {
        m_context.prompter().warn(this, tr("Order %1").arg(m_currentNumber), order.errorText());
        return;
    }
    Prompter& prompter = m_context.prompter();
    QString value;
    // An amount is in the shop's currency, with its decimals (5.00 EUR, 500 JPY).
    const QString currency = shop->config().text(store::settings::ShopCurrency);
    const QString point = QLocale().decimalPoint();
    const QChar decimalPoint = point.isEmpty() ? QLatin1Char('.') : point.at(0);
    if (!prompter.askText(this, tr("Coupon for %1").arg(order->customerEmail),
                          tr("Discount: a percentage such as 10% or an amount such as %1:")
                              .arg(domain::Money::ofUnits(5, currency).plain(decimalPoint)), &value))
        return;
    services::CouponRequest request;
    request.customerEmail = order->customerEmail;
    value = value.trimmed();
    if (value.endsWith(QLatin1Char('%'))) {
        bool ok = false;
        const int percent = value.chopped(1).trimmed().toInt(&ok);
        if (!ok) {
            prompter.warn(this, tr("No coupon issued"), tr("'%1' is not a percentage.").arg(value));
            return;
        }
        request.percent = percent;
    } else {
        const std::optional<qint64> amount = domain::parseAmount(value, currency, decimalPoint);
        if (!amount) {
            prompter.warn(this, tr("No coupon issued"), tr("'%1' is neither a percentage nor an amount.").arg(value));
            return;
        }
        request.amountMinor = *amount;
    }
    if (!prompter.askText(this, tr("Coupon for %1").arg(order->customerEmail), tr("Reason (kept with the coupon):"),
                          &request.reason))
        return;
    const core::Result<QString> code = services::InsightService(*shop).issueCoupon(request);
    if (!code) {
        prompter.warn(this, tr("No coupon issued"), code.errorText());
        return;
    }
    prompter.inform(this, tr("Coupon issued"), tr("Coupon %1 issued to %2.").arg(code.value(), order->customerEmail));
    afterAction(tr("Coupon %1 issued to %2").arg(code.value(), order->customerEmail));
}

} // namespace bd::ui
