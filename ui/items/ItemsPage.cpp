#include "ItemsPage.h"

#include "AppContext.h"
#include "models/ItemsModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bd::ui {

namespace {

// Typing pauses this long before the search runs, so a fast typist causes one query.
constexpr int searchDelayMs = 250;

} // namespace

ItemsPage::ItemsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new ItemsModel(this))
{
    setObjectName(QStringLiteral("itemsPage"));

    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search SKU, name or attributes"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setAccessibleName(tr("Search items"));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ItemsPage::applyFilter);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &ItemsPage::applyFilter);

    m_onlyWaitingCheckBox = new QCheckBox(tr("Only items with waiting customers"), this);
    m_onlyWaitingCheckBox->setObjectName(QStringLiteral("onlyWaitingCheckBox"));
    connect(m_onlyWaitingCheckBox, &QCheckBox::toggled, this, &ItemsPage::applyFilter);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName(QStringLiteral("itemsTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    QHeaderView* header = m_tableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ItemsModel::Name, QHeaderView::Stretch);
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
    fit(ItemsModel::Policy,
        { ItemsModel::policyName(domain::Policy::Stop), ItemsModel::policyName(domain::Policy::Backorder),
          ItemsModel::policyName(domain::Policy::Preorder) });
    for (int column : { ItemsModel::OnHand, ItemsModel::Waiting, ItemsModel::Available })
        fit(column, { QLocale().toString(88888) });
    fit(ItemsModel::ExpectedDate, { QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat) });
    header->setSortIndicator(ItemsModel::Sku, Qt::AscendingOrder);
    m_tableView->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ItemsPage::keepSortIndicatorSortable);

    auto* filterLayout = new QHBoxLayout;
    filterLayout->addWidget(m_searchLineEdit, 1);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_onlyWaitingCheckBox);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterLayout);
    layout->addWidget(m_tableView, 1);
    setTabOrder(m_searchLineEdit, m_onlyWaitingCheckBox);
    setTabOrder(m_onlyWaitingCheckBox, m_tableView);

    connect(&m_context, &AppContext::databaseAboutToClose, this, [this] { m_model->setStore(nullptr); });
}

ItemsPage::~ItemsPage()
{
    // The model points into the context's store, which may outlive this page.
    m_model->setStore(nullptr);
}

QIcon ItemsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

void ItemsPage::reload()
{
    const bool open = m_context.hasDatabase();
    for (QWidget* widget : { static_cast<QWidget*>(m_searchLineEdit), static_cast<QWidget*>(m_onlyWaitingCheckBox),
                             static_cast<QWidget*>(m_tableView) })
        widget->setEnabled(open);
    if (m_model->store() != m_context.store())
        m_model->setStore(m_context.store());
    else
        m_model->reload();
}

void ItemsPage::applyRoute(const QUrlQuery& query)
{
    if (query.hasQueryItem(QStringLiteral("waiting")))
        m_onlyWaitingCheckBox->setChecked(query.queryItemValue(QStringLiteral("waiting")) == QLatin1String("1"));
    if (query.hasQueryItem(QStringLiteral("sku"))) {
        m_searchLineEdit->setText(query.queryItemValue(QStringLiteral("sku")));
        applyFilter();
    }
}

void ItemsPage::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
}

QByteArray ItemsPage::saveState() const
{
    return m_tableView->horizontalHeader()->saveState();
}

void ItemsPage::restoreState(const QByteArray& state)
{
    QHeaderView* header = m_tableView->horizontalHeader();
    header->restoreState(state);
    if (!ItemsModel::isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(ItemsModel::Sku, Qt::AscendingOrder);
}

void ItemsPage::applyFilter()
{
    m_searchTimer->stop();
    store::ItemFilter filter = m_model->filter();
    const QString search = m_searchLineEdit->text().trimmed();
    const bool onlyWaiting = m_onlyWaitingCheckBox->isChecked();
    if (filter.search == search && filter.onlyWaiting == onlyWaiting)
        return;
    filter.search = search;
    filter.onlyWaiting = onlyWaiting;
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
