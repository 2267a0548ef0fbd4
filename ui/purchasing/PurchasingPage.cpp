#include "PurchasingPage.h"

#include "AppContext.h"
#include "common/PendingSelection.h"
#include "models/DetailReader.h"
#include "models/PurchaseLinesModel.h"
#include "models/PurchaseOrdersModel.h"
#include "purchasing/PurchaseOrderDialog.h"
#include "purchasing/ReceiveDialog.h"
#include "purchasing/StageDialog.h"
#include "domain/SupplyStage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace bd::ui {

PurchasingPage::PurchasingPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_detailReader(std::make_unique<DetailReader>())
{
    setObjectName(QStringLiteral("purchasingPage"));
    m_orders = new PurchaseOrdersModel(this);
    m_orders->setErrorHandler([this](const QString& error) { m_context.reportError(error); });
    m_lines = new PurchaseLinesModel(this);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New purchase order…"), this);
    m_newButton->setObjectName(QStringLiteral("newPurchaseOrderButton"));
    m_editButton = new QPushButton(tr("&Edit lines and dates…"), this);
    m_editButton->setObjectName(QStringLiteral("editPurchaseOrderButton"));
    m_receiveButton = new QPushButton(tr("&Receive stock…"), this);
    m_receiveButton->setObjectName(QStringLiteral("receiveButton"));
    m_stageButton = new QPushButton(tr("S&tage…"), this);
    m_stageButton->setObjectName(QStringLiteral("stageButton"));
    m_stageButton->setToolTip(tr("Record where the selected purchase order is on its way; the waiting customers "
                                 "it serves get a stock update"));
    m_closedCheck = new QCheckBox(tr("Show &closed orders"), this);
    m_closedCheck->setObjectName(QStringLiteral("showClosedCheckBox"));
    bar->addWidget(m_newButton);
    bar->addWidget(m_editButton);
    bar->addWidget(m_receiveButton);
    bar->addStretch(1);
    bar->addWidget(m_closedCheck);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("purchasingSplitter"));
    m_ordersView = new QTableView(m_splitter);
    m_ordersView->setObjectName(QStringLiteral("purchaseOrdersTableView"));
    m_ordersView->setModel(m_orders);
    m_ordersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ordersView->setAlternatingRowColors(true);
    m_ordersView->verticalHeader()->hide();
    m_ordersView->horizontalHeader()->setStretchLastSection(true);
    m_ordersView->horizontalHeader()->resizeSection(PurchaseOrdersModel::Number, 160);
    m_ordersView->horizontalHeader()->resizeSection(PurchaseOrdersModel::Supplier, 220);
    auto* detail = new QWidget(m_splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_linesLabel = new QLabel(detail);
    m_linesLabel->setObjectName(QStringLiteral("linesLabel"));
    detailLayout->addWidget(m_linesLabel);
    m_linesView = new QTableView(detail);
    m_linesView->setObjectName(QStringLiteral("purchaseLinesTableView"));
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setAlternatingRowColors(true);
    m_linesView->verticalHeader()->hide();
    // The SKU, the numbers and the date take what they need and the item's name the rest,
    // so the lines fit beside the timeline at 1280×800 without scrolling sideways.
    QHeaderView* linesHeader = m_linesView->horizontalHeader();
    linesHeader->setStretchLastSection(false);
    for (int column = 0; column < PurchaseLinesModel::ColumnCount; ++column)
        linesHeader->setSectionResizeMode(column, column == PurchaseLinesModel::Name ? QHeaderView::Stretch
                                                                                      : QHeaderView::ResizeToContents);
    auto* linesAndTimeline = new QHBoxLayout;
    linesAndTimeline->addWidget(m_linesView, 3);
    // The stages wrap to the pane's width (a long note, a tracking number too) and the
    // pane scrolls down, never sideways.
    m_timeline = new QTextBrowser(detail);
    m_timeline->setObjectName(QStringLiteral("timelineTextBrowser"));
    m_timeline->setToolTip(tr("The stages of the purchase order's way here, oldest first"));
    m_timeline->setLineWrapMode(QTextEdit::WidgetWidth);
    m_timeline->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_timeline->setOpenLinks(false);
    // Beside the lines, so the button bar keeps the window's narrowest width.
    auto* timeline = new QVBoxLayout;
    timeline->addWidget(m_timeline, 1);
    timeline->addWidget(m_stageButton);
    linesAndTimeline->addLayout(timeline, 2);
    detailLayout->addLayout(linesAndTimeline, 1);
    m_splitter->addWidget(m_ordersView);
    m_splitter->addWidget(detail);
    layout->addWidget(m_splitter, 1);

    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("purchasing/splitter")).toByteArray());
    m_ordersView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("purchasing/ordersHeader")).toByteArray());
    // A key of its own since the columns size themselves: widths saved by the earlier
    // layout would bring the sideways scrolling back.
    m_linesView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("purchasing/linesColumns")).toByteArray());

    connect(m_newButton, &QPushButton::clicked, this, &PurchasingPage::newPurchaseOrder);
    connect(m_editButton, &QPushButton::clicked, this, &PurchasingPage::editPurchaseOrder);
    connect(m_receiveButton, &QPushButton::clicked, this, &PurchasingPage::receive);
    connect(m_stageButton, &QPushButton::clicked, this, &PurchasingPage::recordStage);
    connect(m_closedCheck, &QCheckBox::toggled, this, [this](bool on) { m_orders->setIncludeClosed(on); });
    connect(m_ordersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PurchasingPage::showSelected);
    connect(m_orders, &QAbstractItemModel::modelReset, this, &PurchasingPage::showSelected);
    connect(m_orders, &QAbstractItemModel::layoutChanged, this, &PurchasingPage::showSelected);
    connect(m_orders, &PurchaseOrdersModel::loaded, this, [this] {
        if (selectedNumber().isEmpty())
            showSelected(); // the hint above the lines once the list is known
    });
    // A purchase order to select whose row was not read yet is selected when it comes; one
    // a route asked for that is not open is looked for among the closed ones.
    m_pendingSelection = std::make_unique<PendingSelection>(
        m_orders, this,
        [this](const QString& number) {
            if (!selectLoaded(number))
                return false;
            if (number == m_routeNumber)
                m_routeNumber.clear();
            return true;
        },
        [this] {
            const QString number = std::exchange(m_routeNumber, QString());
            if (!number.isEmpty() && !m_closedCheck->isChecked()) {
                m_closedCheck->setChecked(true);
                selectPurchaseOrder(number);
            }
        });
    connect(m_ordersView, &QTableView::doubleClicked, this, &PurchasingPage::editPurchaseOrder);
    connect(&m_context, &AppContext::databaseAboutToClose, this, [this] {
        m_orders->setDatabase(nullptr);
        m_detailReader->setLocation(QString());
    });
    showSelected();
}

PurchasingPage::~PurchasingPage()
{
    QSettings settings;
    settings.setValue(QStringLiteral("purchasing/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("purchasing/ordersHeader"), m_ordersView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("purchasing/linesColumns"), m_linesView->horizontalHeader()->saveState());
    m_detailReader.reset(); // before the page's queued calls go
}

QIcon PurchasingPage::icon() const
{
    return style()->standardIcon(QStyle::SP_ArrowDown);
}

void PurchasingPage::reload()
{
    const QString selected = selectedNumber();
    store::Database* db = m_context.database();
    if (m_orders->database() != db) {
        m_orders->setDatabase(nullptr);
        m_detailReader->setLocation(db ? db->path() : QString());
        m_orders->setDatabase(db);
    } else {
        m_orders->reload(); // keeps the selected row
    }
    if (!selected.isEmpty())
        selectPurchaseOrder(selected);
    showSelected();
}

void PurchasingPage::applyRoute(const QUrlQuery& query)
{
    const QString number = query.queryItemValue(QStringLiteral("number"));
    if (number.isEmpty())
        return;
    m_routeNumber = number;
    selectPurchaseOrder(number);
}

void PurchasingPage::selectPurchaseOrder(const QString& number)
{
    m_pendingSelection->request(number);
    m_orders->locate(number); // its page is read when it is not in memory
}

bool PurchasingPage::selectLoaded(const QString& number)
{
    const int row = m_orders->rowOf(number);
    if (row < 0)
        return false;
    const QModelIndex index = m_orders->index(row, PurchaseOrdersModel::Number);
    m_ordersView->setCurrentIndex(index);
    m_ordersView->scrollTo(index);
    return true;
}

QString PurchasingPage::selectedNumber() const
{
    const store::PurchaseOrderSummary* po = m_orders->orderAt(m_ordersView->currentIndex().row());
    return po ? po->number : QString();
}

bool PurchasingPage::isDetailLoading() const
{
    return m_detailReader->isPending();
}

void PurchasingPage::showSelected()
{
    const store::PurchaseOrderSummary* po = m_orders->orderAt(m_ordersView->currentIndex().row());
    const bool open = m_context.shop() != nullptr;
    m_newButton->setEnabled(open);
    m_receiveButton->setEnabled(open);
    m_closedCheck->setEnabled(open);
    m_editButton->setEnabled(open && po);
    m_stageButton->setEnabled(open && po && po->open() > 0);
    if (!po || !open) {
        m_detailReader->drop();
        m_lines->setLines({});
        m_timeline->clear();
        m_linesLabel->setText(open && !m_orders->isLoading() && m_orders->rowCount() == 0
                                  ? tr("No open purchase orders. Create one with New purchase order.")
                                  : (open ? tr("Select a purchase order to see its lines.") : QString()));
        return;
    }
    m_detailReader->read<std::optional<services::PurchaseOrderDetail>>(
        this, [number = po->number](services::ShopQueries& queries) { return queries.purchaseOrderDetail(number); },
        [this](const store::Found<services::PurchaseOrderDetail>& detail) { takeDetail(detail); });
}

void PurchasingPage::takeDetail(const store::Found<services::PurchaseOrderDetail>& detail)
{
    if (!detail || !detail.value()) {
        // Gone since it was listed (the list is read again with the next change).
        m_lines->setLines({});
        m_timeline->clear();
        m_linesLabel->setText(tr("Select a purchase order to see its lines."));
        if (!detail)
            m_context.reportError(detail.errorText());
        return;
    }
    const services::PurchaseOrderDetail& po = *detail.value();
    m_lines->setLines(po.lines);
    m_linesLabel->setText(po.order.supplier.isEmpty()
                              ? tr("Lines of %1").arg(po.order.number)
                              : tr("Lines of %1 from %2").arg(po.order.number, po.order.supplier));
    showTimeline(po.timeline);
}

void PurchasingPage::showTimeline(const QList<store::PoStage>& stages)
{
    if (stages.isEmpty()) {
        m_timeline->setPlainText(tr("No stage recorded yet"));
        return;
    }
    // One paragraph per stage: its date and name in bold, then what changed and the note.
    QString html;
    for (const store::PoStage& s : stages) {
        QString title = QCoreApplication::translate("SupplyStage", domain::supplyStageLabel(s.stage));
        if (s.date.isValid())
            title = QLocale().toString(s.date, QLocale::ShortFormat) + QStringLiteral("  ") + title;
        QString text = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
        if (s.expected.isValid())
            text += tr(" (now expected %1)").arg(QLocale().toString(s.expected, QLocale::ShortFormat)).toHtmlEscaped();
        if (!s.note.isEmpty())
            text += QStringLiteral(" — ") + s.note.toHtmlEscaped();
        html += QStringLiteral("<p>%1</p>").arg(text);
    }
    m_timeline->setHtml(html);
}

void PurchasingPage::recordStage()
{
    const QString number = selectedNumber();
    if (!m_context.shop() || number.isEmpty())
        return;
    auto* dialog = new StageDialog(m_context, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, number, dialog] {
        const int told = dialog->ordersTold();
        reload();
        selectPurchaseOrder(number);
        Q_EMIT statusMessage(tr("Stage of %1 recorded; waiting orders told: %2").arg(number).arg(told));
    });
    dialog->open();
}

void PurchasingPage::newPurchaseOrder()
{
    if (!m_context.shop())
        return;
    auto* dialog = new PurchaseOrderDialog(m_context, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString number = dialog->number();
        reload();
        selectPurchaseOrder(number);
        Q_EMIT statusMessage(tr("Purchase order %1 saved").arg(number));
    });
    dialog->open();
}

void PurchasingPage::editPurchaseOrder()
{
    const QString number = selectedNumber();
    if (!m_context.shop() || number.isEmpty())
        return;
    auto* dialog = new PurchaseOrderDialog(m_context, number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, number] {
        reload();
        selectPurchaseOrder(number);
        Q_EMIT statusMessage(tr("Purchase order %1 saved").arg(number));
    });
    dialog->open();
}

void PurchasingPage::receive()
{
    if (!m_context.shop())
        return;
    auto* dialog = new ReceiveDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString number = selectedNumber();
    if (!number.isEmpty())
        dialog->choosePurchaseOrder(number);
    connect(dialog, &ReceiveDialog::received, this, [this](const QString& reference) {
        reload();
        Q_EMIT statusMessage(tr("Stock received (%1)").arg(reference));
    });
    dialog->open();
}

} // namespace bd::ui
