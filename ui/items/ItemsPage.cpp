#include "ItemsPage.h"

#include "AppContext.h"
#include "common/FrozenColumnsTableView.h"
#include "common/Prompter.h"
#include "common/SearchField.h"
#include "domain/LocaleFormat.h"
#include "items/ItemDialog.h"
#include "items/ItemsDelegate.h"
#include "items/NewItemDialog.h"
#include "models/HistoryModel.h"
#include "models/ItemsModel.h"
#include "models/QueueModel.h"
#include "services/OrderService.h"
#include "services/Shop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace bd::ui {

namespace {

// Marks the page state saveState() writes (header and splitter). Version 2: the
// backorder columns moved after SKU and name; a version 1 header is not restored.
constexpr quint32 stateMagic = 0x42444932;

void setUpTable(QTableView* view, const QString& name)
{
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
}

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    setUpTable(view, name);
    return view;
}

// The columns after SKU and name, until the merchant orders them otherwise: who waits
// and what comes for them first.
const QList<int> defaultColumnOrder = { ItemsModel::Waiting,   ItemsModel::WaitingCustomers, ItemsModel::Incoming,
                                        ItemsModel::ExpectedDate, ItemsModel::Status,         ItemsModel::Available,
                                        ItemsModel::OnHand,    ItemsModel::Allocated,        ItemsModel::Policy,
                                        ItemsModel::BackorderLimit, ItemsModel::Attributes };

} // namespace

ItemsPage::ItemsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new ItemsModel(this))
    , m_queueModel(new QueueModel(this))
    , m_historyModel(new HistoryModel(this))
{
    setObjectName(QStringLiteral("itemsPage"));
    m_model->setEditHandler(
        [this](const domain::Item& item, int column, const QVariant& value) { return editCell(item, column, value); });
    const auto reportError = [this](const QString& error) { m_context.reportError(error); };
    m_model->setErrorHandler(reportError);
    m_queueModel->setErrorHandler(reportError);
    m_historyModel->setErrorHandler(reportError);

    m_searchLineEdit = new SearchField(QStringLiteral("searchLineEdit"), tr("Search SKU, name or attributes"),
                                       tr("Search items"), this);
    connect(m_searchLineEdit, &SearchField::searchRequested, this, &ItemsPage::applyFilter);

    m_onlyWaitingCheckBox = new QCheckBox(tr("Only items with waiting customers"), this);
    m_onlyWaitingCheckBox->setObjectName(QStringLiteral("onlyWaitingCheckBox"));
    connect(m_onlyWaitingCheckBox, &QCheckBox::toggled, this, &ItemsPage::applyFilter);

    m_policyFilterComboBox = new QComboBox(this);
    m_policyFilterComboBox->setObjectName(QStringLiteral("policyFilterComboBox"));
    m_policyFilterComboBox->setAccessibleName(tr("Policy"));
    m_policyFilterComboBox->addItem(tr("All policies"), -1);
    for (domain::Policy policy : { domain::Policy::Stop, domain::Policy::Backorder, domain::Policy::Preorder })
        m_policyFilterComboBox->addItem(ItemsModel::policyName(policy), int(policy));
    connect(m_policyFilterComboBox, &QComboBox::currentIndexChanged, this, &ItemsPage::applyFilter);

    m_newItemButton = new QPushButton(tr("&New Item…"), this);
    m_newItemButton->setObjectName(QStringLiteral("newItemButton"));
    m_newItemButton->setToolTip(tr("Add one item by hand; many come in with File › Import CSV…"));
    connect(m_newItemButton, &QPushButton::clicked, this, &ItemsPage::newItem);

    // SKU and name stay put while the rest scrolls; the backorder columns come first.
    m_tableView = new FrozenColumnsTableView(ItemsModel::Name + 1, this);
    setUpTable(m_tableView, QStringLiteral("itemsTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setItemDelegate(new ItemsDelegate(m_tableView));
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click and Enter open the item dialog; a click on a selected cell or F2
    // edits the cell in place.
    m_tableView->setEditTriggers(QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
    connect(m_tableView, &QAbstractItemView::activated, this, &ItemsPage::editSelectedItem);
    QHeaderView* header = m_tableView->horizontalHeader();
    // Every column keeps its width (the user's come back from the settings); the status
    // badge takes what is left, so no text column is squeezed to nothing.
    header->setStretchLastSection(true);
    // Wide enough for the header (and its sort arrow) and for typical contents in this
    // locale; the user's own widths come back from the settings.
    const QFontMetrics metrics = m_tableView->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2 + style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    auto fit = [&](int column, const QStringList& samples) {
        int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + padding);
    };
    fit(ItemsModel::Sku, { QStringLiteral("MMMMMMMMMMMM") });
    fit(ItemsModel::Name, { QStringLiteral("Merino Sweater, Navy, XL") });
    fit(ItemsModel::Attributes, { QStringLiteral("Color=Green; Size=XL") });
    fit(ItemsModel::Policy,
        { ItemsModel::policyName(domain::Policy::Stop), ItemsModel::policyName(domain::Policy::Backorder),
          ItemsModel::policyName(domain::Policy::Preorder) });
    for (int column : { ItemsModel::BackorderLimit, ItemsModel::OnHand, ItemsModel::Allocated, ItemsModel::Available,
                        ItemsModel::Waiting, ItemsModel::WaitingCustomers, ItemsModel::Incoming })
        fit(column, { QLocale().toString(88888) });
    fit(ItemsModel::ExpectedDate, { domain::LocaleFormat().date(QDate(2000, 12, 28)) + QStringLiteral("MMM") });
    QStringList statuses;
    for (auto status : { ItemsModel::StockStatus::InStock, ItemsModel::StockStatus::Backorder,
                         ItemsModel::StockStatus::Preorder, ItemsModel::StockStatus::SoldOut,
                         ItemsModel::StockStatus::NotTracked })
        statuses << ItemsModel::statusName(status) + QStringLiteral("MMM");
    fit(ItemsModel::Status, statuses);
    m_tableView->setColumnOrder(defaultColumnOrder);
    m_tableView->setUpFrozenColumns();
    header->setSortIndicator(ItemsModel::Sku, Qt::AscendingOrder);
    m_tableView->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ItemsPage::keepSortIndicatorSortable);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemsPage::showSelectedItem);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ItemsPage::showSelectedItem);
    // An item to select whose row was not read yet is selected when it comes.
    connect(m_model, &ItemsModel::loaded, this, [this] {
        if (!m_pendingSku.isEmpty() && selectSku(m_pendingSku))
            m_pendingSku.clear();
        else if (m_shownSku.isEmpty())
            showSelectedItem();
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ItemsPage::showSelectedItem);

    // The detail pane: the selected item's queue and history.
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("itemDetailLabel"));
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_moveToFrontButton = new QPushButton(tr("Move to &Front…"), this);
    m_moveToFrontButton->setObjectName(QStringLiteral("moveToFrontButton"));
    m_moveToFrontButton->setToolTip(tr("Serve this order first when stock arrives (asks for a reason)"));
    connect(m_moveToFrontButton, &QPushButton::clicked, this, &ItemsPage::moveSelectedToFront);
    m_cancelLineButton = new QPushButton(tr("&Cancel Line…"), this);
    m_cancelLineButton->setObjectName(QStringLiteral("cancelLineButton"));
    m_cancelLineButton->setToolTip(tr("Cancel what this order still waits for of the item (asks for a reason); the "
                                      "units go to the next in line"));
    connect(m_cancelLineButton, &QPushButton::clicked, this, &ItemsPage::cancelSelectedLine);

    m_queueTableView = makeTable(this, QStringLiteral("queueTableView"));
    m_queueTableView->setModel(m_queueModel);
    m_queueTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueTableView->horizontalHeader()->setSectionResizeMode(QueueModel::Customer, QHeaderView::Stretch);
    m_queueTableView->horizontalHeader()->resizeSection(QueueModel::Position, metrics.horizontalAdvance(QStringLiteral("8888")) + padding);
    connect(m_queueTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ItemsPage::updateQueueActions);
    connect(m_queueModel, &QAbstractItemModel::modelReset, this, &ItemsPage::updateQueueActions);
    // The queue's length in the detail line, and its actions, once its rows come.
    connect(m_queueModel, &QueueModel::loaded, this, [this] {
        if (selectedSku() == m_shownSku)
            showSelectedItem();
    });

    auto* queueButtons = new QHBoxLayout;
    queueButtons->addWidget(m_detailLabel, 1);
    queueButtons->addWidget(m_moveToFrontButton);
    queueButtons->addWidget(m_cancelLineButton);
    auto* queuePane = new QWidget(this);
    auto* queueLayout = new QVBoxLayout(queuePane);
    queueLayout->setContentsMargins(4, 4, 4, 4);
    queueLayout->addLayout(queueButtons);
    queueLayout->addWidget(m_queueTableView, 1);

    m_historyTableView = makeTable(this, QStringLiteral("historyTableView"));
    m_historyTableView->setModel(m_historyModel);
    m_historyTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTableView->horizontalHeader()->setStretchLastSection(true);
    m_historyTableView->horizontalHeader()->resizeSection(
        HistoryModel::When, metrics.horizontalAdvance(domain::LocaleFormat().dateTime(QDateTime(QDate(2000, 12, 28), QTime(23, 59)))) + padding);
    m_historyTableView->horizontalHeader()->resizeSection(HistoryModel::What, metrics.horizontalAdvance(QStringLiteral("hold until complete")) + padding);

    m_detailTabWidget = new QTabWidget(this);
    m_detailTabWidget->setObjectName(QStringLiteral("detailTabWidget"));
    m_detailTabWidget->addTab(queuePane, tr("Waiting &Queue"));
    m_detailTabWidget->addTab(m_historyTableView, tr("&History"));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("itemsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tableView);
    m_splitter->addWidget(m_detailTabWidget);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* filterLayout = new QHBoxLayout;
    filterLayout->addWidget(m_searchLineEdit, 1);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_onlyWaitingCheckBox);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_policyFilterComboBox);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_newItemButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterLayout);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_searchLineEdit, m_onlyWaitingCheckBox);
    setTabOrder(m_onlyWaitingCheckBox, m_policyFilterComboBox);
    setTabOrder(m_policyFilterComboBox, m_tableView);

    connect(&m_context, &AppContext::databaseAboutToClose, this, [this] {
        m_model->setDatabase(nullptr);
        m_queueModel->setShop(nullptr);
        m_historyModel->setDatabase(nullptr);
    });
    showSelectedItem();
}

ItemsPage::~ItemsPage()
{
    // The models point into the context's store, which may outlive this page.
    m_model->setDatabase(nullptr);
    m_queueModel->setShop(nullptr);
    m_historyModel->setDatabase(nullptr);
}

QIcon ItemsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

void ItemsPage::reload()
{
    const bool open = m_context.hasDatabase();
    for (QWidget* widget : { static_cast<QWidget*>(m_searchLineEdit), static_cast<QWidget*>(m_onlyWaitingCheckBox),
                             static_cast<QWidget*>(m_policyFilterComboBox), static_cast<QWidget*>(m_splitter),
                             static_cast<QWidget*>(m_newItemButton) })
        widget->setEnabled(open);
    const QString sku = selectedSku();
    m_model->setToday(m_context.clock().today());
    if (m_model->database() != m_context.database()) {
        m_queueModel->setShop(m_context.shop());
        m_historyModel->setDatabase(m_context.database());
        m_shownSku.clear();
        m_model->setDatabase(m_context.database());
    } else {
        m_model->reload();
    }
    // A new shop lets go of the selection; a reload keeps it (by SKU) when it comes.
    // Either way the item's queue and history are read again.
    if (!sku.isEmpty())
        selectSkuWhenShown(sku);
    m_shownSku.clear();
    showSelectedItem();
}

void ItemsPage::applyRoute(const QUrlQuery& query)
{
    if (query.hasQueryItem(QStringLiteral("waiting")))
        m_onlyWaitingCheckBox->setChecked(query.queryItemValue(QStringLiteral("waiting")) == QLatin1String("1"));
    if (query.hasQueryItem(QStringLiteral("sku"))) {
        const QString sku = query.queryItemValue(QStringLiteral("sku"));
        m_searchLineEdit->setText(sku);
        applyFilter();
        selectSkuWhenShown(sku);
    }
    if (query.queryItemValue(QStringLiteral("new")) == QLatin1String("1"))
        newItem();
}

void ItemsPage::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
}

QString ItemsPage::selectedSku() const
{
    const domain::Item* item = m_model->itemAt(m_tableView->currentIndex().row());
    return item ? item->sku : QString();
}

bool ItemsPage::selectSku(const QString& sku)
{
    const int row = m_model->rowOfSku(sku);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, ItemsModel::Sku);
    m_tableView->setCurrentIndex(index);
    m_tableView->scrollTo(index);
    return true;
}

void ItemsPage::selectSkuWhenShown(const QString& sku)
{
    m_pendingSku = sku;
    if (!m_model->isLoading() && selectSku(sku))
        m_pendingSku.clear();
}

void ItemsPage::showSelectedItem()
{
    const domain::Item* item = m_model->itemAt(m_tableView->currentIndex().row());
    const QString sku = item ? item->sku : QString();
    if (sku != m_shownSku) {
        m_shownSku = sku;
        m_queueModel->setItem(item ? item->id : 0);
        m_historyModel->setItem(item ? item->id : 0);
    }
    if (!item) {
        m_detailLabel->setText(m_context.hasDatabase() ? tr("Select an item to see who waits for it.") : QString());
    } else if (item->waiting == 0) {
        m_detailLabel->setText(tr("%1 · %2 — nobody waits for it.").arg(item->sku, item->name));
    } else {
        const QLocale locale;
        const QString units = item->waiting == 1 ? tr("1 unit waits") : tr("%1 units wait").arg(locale.toString(item->waiting));
        const int lines = m_queueModel->totalCount();
        const QString queue = lines == 1 ? tr("1 order line in the queue") : tr("%1 order lines in the queue").arg(locale.toString(lines));
        m_detailLabel->setText(tr("%1 · %2 — %3, %4.").arg(item->sku, item->name, units, queue));
    }
    updateQueueActions();
}

void ItemsPage::updateQueueActions()
{
    const bool selected = !selectedOrderNumber().isEmpty() && m_context.shop();
    m_moveToFrontButton->setEnabled(selected);
    m_cancelLineButton->setEnabled(selected);
}

QString ItemsPage::selectedOrderNumber() const
{
    const QModelIndexList rows = m_queueTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const services::QueueEntry* entry = m_queueModel->entryAt(rows.first().row());
    return entry ? entry->line.orderNumber : QString();
}

void ItemsPage::editSelectedItem()
{
    const domain::Item* selected = m_model->itemAt(m_tableView->currentIndex().row());
    services::Shop* shop = m_context.shop();
    if (!selected || !shop)
        return;
    const domain::Item item = *selected;
    const core::Result<ItemSettings> current = services::ItemSettingsService(*shop).read(item);
    if (!current) {
        m_context.reportError(tr("%1 could not be read: %2").arg(item.sku, current.errorText()));
        return;
    }
    auto* dialog = new ItemDialog(
        m_context, item, current.value(),
        [this, sku = item.sku, before = current.value()](const ItemSettings& settings) {
            return changeItem(sku, before, settings);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ItemsPage::newItem()
{
    if (!m_context.shop())
        return;
    auto* dialog = new NewItemDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString sku = dialog->createdSku();
        Q_EMIT statusMessage(tr("%1 created").arg(sku));
        m_searchLineEdit->setText(sku);
        applyFilter();
        selectSkuWhenShown(sku);
    });
    dialog->open();
}

bool ItemsPage::editCell(const domain::Item& item, int column, const QVariant& value)
{
    ItemSettings settings = ItemSettings::of(item);
    switch (column) {
    case ItemsModel::Policy:
        settings.policy = domain::Policy(value.toInt());
        break;
    case ItemsModel::BackorderLimit:
        settings.backorderLimit = value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
        break;
    case ItemsModel::ExpectedDate:
        settings.expectedDate = value.toDate();
        break;
    default:
        return false;
    }
    return changeItem(item.sku, ItemSettings::of(item), settings);
}

bool ItemsPage::changeItem(const QString& sku, const ItemSettings& before, const ItemSettings& settings)
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return false;
    if (before == settings)
        return true;
    const core::Status status = services::ItemSettingsService(*shop).change(sku, before, settings);
    if (!status.ok()) {
        m_context.prompter().warn(this, tr("Item not changed"), tr("%1 was not changed: %2").arg(sku, status.errorText()));
        return false;
    }
    m_context.undoStack()->push(new ItemEditCommand(m_context, sku, before, settings));
    Q_EMIT statusMessage(tr("%1 changed").arg(sku));
    // Not now: this may run inside the table committing its editor, which a reset
    // of the model would pull away underneath.
    QMetaObject::invokeMethod(this, [this] { m_context.notifyShopChanged(); }, Qt::QueuedConnection);
    return true;
}

void ItemsPage::moveSelectedToFront()
{
    const QString order = selectedOrderNumber();
    services::Shop* shop = m_context.shop();
    if (order.isEmpty() || !shop)
        return;
    QString reason;
    if (!m_context.prompter().askText(this, tr("Move to Front"),
                                      tr("Why should order %1 be served first?").arg(order), &reason))
        return;
    const core::Status status = services::OrderService(*shop).setPriority(order, true, reason);
    if (!status.ok()) {
        m_context.prompter().warn(this, tr("Order not moved"), status.errorText());
        return;
    }
    Q_EMIT statusMessage(tr("Order %1 moved to the front").arg(order));
    m_context.notifyShopChanged();
}

void ItemsPage::cancelSelectedLine()
{
    const QString order = selectedOrderNumber();
    const QString sku = m_shownSku;
    services::Shop* shop = m_context.shop();
    if (order.isEmpty() || sku.isEmpty() || !shop)
        return;
    QString reason;
    if (!m_context.prompter().askText(this, tr("Cancel Line"),
                                      tr("Why is %1 of order %2 cancelled?").arg(sku, order), &reason))
        return;
    const core::Status status = services::OrderService(*shop).cancel(order, sku, reason);
    if (!status.ok()) {
        m_context.prompter().warn(this, tr("Line not cancelled"), status.errorText());
        return;
    }
    Q_EMIT statusMessage(tr("%1 of order %2 cancelled").arg(sku, order));
    m_context.notifyShopChanged();
}

QByteArray ItemsPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << stateMagic << m_tableView->horizontalHeader()->saveState() << m_splitter->saveState()
        << m_queueTableView->horizontalHeader()->saveState();
    return state;
}

void ItemsPage::restoreState(const QByteArray& state)
{
    QHeaderView* header = m_tableView->horizontalHeader();
    QDataStream in(state);
    quint32 magic = 0;
    in >> magic;
    if (magic == stateMagic) {
        QByteArray headerState, splitterState, queueState;
        in >> headerState >> splitterState >> queueState;
        header->restoreState(headerState);
        m_splitter->restoreState(splitterState);
        m_queueTableView->horizontalHeader()->restoreState(queueState);
    }
    m_tableView->setUpFrozenColumns();
    if (!ItemsModel::isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(ItemsModel::Sku, Qt::AscendingOrder);
}

void ItemsPage::applyFilter()
{
    store::ItemFilter filter = m_model->filter();
    const QString search = m_searchLineEdit->words();
    const bool onlyWaiting = m_onlyWaitingCheckBox->isChecked();
    const int policy = m_policyFilterComboBox->currentData().toInt();
    const std::optional<domain::Policy> policyFilter
        = policy < 0 ? std::nullopt : std::optional<domain::Policy>(domain::Policy(policy));
    if (filter.search == search && filter.onlyWaiting == onlyWaiting && filter.policy == policyFilter)
        return;
    filter.search = search;
    filter.onlyWaiting = onlyWaiting;
    filter.policy = policyFilter;
    m_model->setFilter(filter);
}

void ItemsPage::keepSortIndicatorSortable(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    // The store sorts by some columns only; do not show an order the rows are not in.
    if (!ItemsModel::isSortable(column))
        m_tableView->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

} // namespace bd::ui
