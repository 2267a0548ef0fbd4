#include "OrderDetailPane.h"

#include "AppContext.h"
#include "common/DetailTree.h"
#include "common/EventPhrases.h"
#include "domain/LocaleFormat.h"
#include "domain/Rules.h"
#include "models/OrdersModel.h"
#include "models/OutboxModel.h"
#include "services/Shop.h"
#include "store/Config.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bd::ui {

namespace {

enum LineColumn { LineSku, LineName, LineOrdered, LineAllocated, LineShipped, LineWaiting, LineCancelled, LinePromised,
                  LineComingWith };

// Units of a line that can still be cancelled (allocated or waiting), kept on its item.
int openUnits(const QTreeWidgetItem* line)
{
    return line->data(LineSku, Qt::UserRole).toInt();
}

} // namespace

OrderDetailPane::OrderDetailPane(AppContext& context, QWidget* parent)
    : QStackedWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("detailStack"));
    m_detail = new QWidget(this);
    m_titleLabel = new QLabel(m_detail);
    m_titleLabel->setObjectName(QStringLiteral("orderTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true); // a long name must not widen the pane
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel = new QLabel(m_detail);
    m_summaryLabel->setObjectName(QStringLiteral("orderSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_paymentLabel = new QLabel(m_detail);
    m_paymentLabel->setObjectName(QStringLiteral("paymentLabel"));
    m_paymentLabel->setWordWrap(true);

    m_shipButton = addButton(QStringLiteral("shipButton"), tr("Ship…"),
                             tr("Ship what is allocated for this order, or part of it"), &OrderDetailPane::shipRequested);
    m_returnButton = addButton(QStringLiteral("returnButton"), tr("Return…"),
                               tr("Take shipped units back; restocked units serve the waiting customers first"),
                               &OrderDetailPane::returnRequested);
    m_cancelOrderButton = addButton(QStringLiteral("cancelOrderButton"), tr("Cancel order…"),
                                    tr("Cancel every open unit; released stock goes to the next in line"),
                                    &OrderDetailPane::cancelOrderRequested);
    m_cancelLineButton = addButton(QStringLiteral("cancelLineButton"), tr("Cancel line…"),
                                   tr("Cancel the open units of the selected line"),
                                   &OrderDetailPane::cancelLineRequested);
    m_paymentButton = addButton(QStringLiteral("paymentButton"), tr("Record payment…"),
                                tr("Record the payment state, the card's last four digits and its expiry"),
                                &OrderDetailPane::paymentRequested);
    m_holdButton = addButton(QStringLiteral("holdButton"), tr("Hold until complete"),
                             tr("Ship nothing of this order until every unit is in stock"), nullptr);
    m_holdButton->setCheckable(true);
    connect(m_holdButton, &QPushButton::toggled, this, [this](bool hold) {
        if (!m_updatingHold)
            Q_EMIT holdRequested(hold);
    });
    m_couponButton = addButton(QStringLiteral("couponButton"), tr("Issue coupon…"),
                               tr("Give the customer a discount code for the wait"), &OrderDetailPane::couponRequested);

    auto* actions = new QGridLayout;
    actions->addWidget(m_shipButton, 0, 0);
    actions->addWidget(m_cancelOrderButton, 0, 1);
    actions->addWidget(m_cancelLineButton, 0, 2);
    actions->addWidget(m_paymentButton, 1, 0);
    actions->addWidget(m_holdButton, 1, 1);
    actions->addWidget(m_couponButton, 1, 2);
    actions->addWidget(m_returnButton, 2, 0);
    actions->setRowStretch(3, 1);

    m_linesTree = makeDetailTree(QStringLiteral("linesTreeWidget"),
                           { tr("SKU"), tr("Item"), tr("Ordered"), tr("Allocated"), tr("Shipped"), tr("Waiting"),
                             tr("Cancelled"), tr("Promised"), tr("Coming with") },
                           m_detail);
    m_linesTree->header()->setStretchLastSection(false);
    m_linesTree->header()->setSectionResizeMode(LineName, QHeaderView::Stretch);
    m_linesTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_linesTree, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_linesTree->itemAt(pos))
            return;
        QMenu menu(this);
        menu.addAction(tr("Cancel line…"), this, &OrderDetailPane::cancelLineRequested);
        menu.exec(m_linesTree->viewport()->mapToGlobal(pos));
    });
    connect(m_linesTree, &QTreeWidget::currentItemChanged, this, &OrderDetailPane::lineChanged);
    m_mailTree = makeDetailTree(QStringLiteral("mailTreeWidget"), { tr("Queued"), tr("E-mail"), tr("State"), tr("Subject") },
                          m_detail);
    m_historyTree = makeDetailTree(QStringLiteral("historyTreeWidget"), { tr("When"), tr("What"), tr("Details") }, m_detail);
    m_tabs = new QTabWidget(m_detail);
    m_tabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_tabs->addTab(m_linesTree, tr("Lines"));
    m_tabs->addTab(m_mailTree, tr("E-mails"));
    m_tabs->addTab(m_historyTree, tr("History"));

    // Who, what state and payment on the left, the actions beside them: the lines
    // below get the pane's full width, so names and promised dates are not cut.
    auto* facts = new QVBoxLayout;
    facts->addWidget(m_titleLabel);
    facts->addWidget(m_summaryLabel);
    facts->addWidget(m_paymentLabel);
    facts->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(facts, 1);
    top->addLayout(actions);
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    detailLayout->addLayout(top);
    detailLayout->addWidget(m_tabs, 1);

    m_emptyLabel = new QLabel(tr("Select an order to see its lines, payment, e-mails and history."), this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyDetailLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    addWidget(m_emptyLabel);
    addWidget(m_detail);
}

QPushButton* OrderDetailPane::addButton(const QString& name, const QString& text, const QString& tip,
                                        void (OrderDetailPane::*request)())
{
    auto* b = new QPushButton(text, m_detail);
    b->setObjectName(name);
    b->setToolTip(tip);
    if (request)
        connect(b, &QPushButton::clicked, this, request);
    return b;
}

void OrderDetailPane::clear()
{
    m_shownRow.reset();
    m_linesTree->clear();
    m_mailTree->clear();
    m_historyTree->clear();
    m_titleLabel->clear();
    m_summaryLabel->clear();
    m_paymentLabel->clear();
    setCurrentWidget(m_emptyLabel);
}

void OrderDetailPane::showOrder(const services::OrderDetail& detail)
{
    m_shownRow = detail.row;
    setCurrentWidget(m_detail);
    m_returnable = 0;
    for (const domain::OrderLine& line : detail.order.lines)
        m_returnable += line.shipped - line.returned;
    showSummary(detail);
    showLines(detail);
    showMessages(detail);
    showHistory(detail);
    m_updatingHold = true;
    m_holdButton->setChecked(detail.order.holdUntilComplete);
    m_updatingHold = false;
}

void OrderDetailPane::showSummary(const services::OrderDetail& detail)
{
    const domain::Order& order = detail.order;
    const store::OrderRow& row = detail.row;
    const QString customer = order.customerName.isEmpty()
                                 ? order.customerEmail
                                 : tr("%1 <%2>").arg(order.customerName, order.customerEmail);
    m_titleLabel->setText(tr("Order %1 — %2").arg(order.number, customer));
    QStringList summary;
    summary << tr("Placed %1").arg(domain::LocaleFormat().dateTime(order.placedAt)) << OrdersModel::stateName(row.state())
            << domain::LocaleFormat().money(row.totalMinor, row.currency);
    if (row.waiting > 0)
        summary << (row.promised.isValid() ? tr("%Ln unit(s) waiting until %1", nullptr, row.waiting).arg(domain::LocaleFormat().date(row.promised))
                                            : tr("%Ln unit(s) waiting, date not known yet", nullptr, row.waiting));
    if (order.holdUntilComplete)
        summary << tr("held until complete");
    if (order.priority)
        summary << tr("moved to the front: %1").arg(order.priorityReason);
    m_summaryLabel->setText(summary.join(QStringLiteral(" · ")));

    QStringList payment;
    payment << tr("Payment: %1").arg(OrdersModel::paymentName(order.payment));
    if (!order.cardLast4.isEmpty())
        payment << tr("card ending %1").arg(order.cardLast4);
    if (!order.cardExpiry.isEmpty()) {
        const QDate cardEnd = domain::cardLastDay(order.cardExpiry);
        payment << tr("card valid through %1").arg(cardEnd.isValid() ? domain::LocaleFormat().date(cardEnd) : order.cardExpiry);
    }
    services::Shop* shop = m_context.shop();
    if (shop && order.payment == domain::PaymentState::Authorized && order.authorizedAt.isValid()) {
        const int holdDays = shop->config().integer(store::settings::AuthHoldDays);
        payment << tr("authorized %1, lapses %2")
                       .arg(domain::LocaleFormat().date(domain::shopDay(order.authorizedAt)),
                            domain::LocaleFormat().date(domain::authorizationLapse(order.authorizedAt, holdDays)));
    }
    m_paymentLabel->setText(payment.join(QStringLiteral(" · ")));
}

void OrderDetailPane::showLines(const services::OrderDetail& detail)
{
    const QLocale locale;
    const QString previousSku = m_linesTree->currentItem() ? m_linesTree->currentItem()->text(LineSku) : QString();
    m_linesTree->clear();
    for (const domain::OrderLine& line : detail.order.lines) {
        auto* item = new QTreeWidgetItem(m_linesTree);
        item->setText(LineSku, line.sku);
        item->setText(LineName, line.itemName);
        item->setText(LineOrdered, locale.toString(line.qty));
        item->setText(LineAllocated, locale.toString(line.allocated));
        item->setText(LineShipped, locale.toString(line.shipped));
        item->setText(LineWaiting, locale.toString(line.waiting));
        item->setText(LineCancelled, locale.toString(line.cancelled));
        item->setText(LinePromised, line.waiting > 0 ? (line.promisedDate.isValid() ? domain::LocaleFormat().date(line.promisedDate)
                                                                                    : tr("not known"))
                                                     : QString());
        item->setText(LineComingWith, line.waiting > 0 ? detail.sources.value(line.id).text() : QString());
        if (!line.cancelReason.isEmpty())
            item->setToolTip(LineCancelled, tr("Cancelled: %1").arg(line.cancelReason));
        for (int c = LineOrdered; c <= LineCancelled; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(LineSku, Qt::UserRole, line.allocated + line.waiting);
        if (line.sku == previousSku)
            m_linesTree->setCurrentItem(item);
    }
    for (int c = 0; c < m_linesTree->columnCount(); ++c) {
        if (c != LineName)
            m_linesTree->resizeColumnToContents(c);
    }
}

void OrderDetailPane::showMessages(const services::OrderDetail& detail)
{
    m_mailTree->clear();
    for (const store::OutboxRow& m : detail.messages) {
        auto* item = new QTreeWidgetItem(m_mailTree);
        item->setText(0, domain::LocaleFormat().dateTime(m.createdAt));
        item->setText(1, OutboxModel::kindName(m.kind));
        item->setText(2, m.state == store::messageState::Sent ? tr("sent %1").arg(domain::LocaleFormat().dateTime(m.sentAt))
                                                              : OutboxModel::stateName(m.state));
        item->setText(3, m.subject);
        item->setToolTip(3, m.bodyText);
        if (!m.lastError.isEmpty())
            item->setToolTip(2, m.lastError);
    }
    for (int c = 0; c < m_mailTree->columnCount() - 1; ++c)
        m_mailTree->resizeColumnToContents(c);
}

void OrderDetailPane::showHistory(const services::OrderDetail& detail)
{
    m_historyTree->clear();
    for (const domain::Event& e : detail.events) {
        auto* item = new QTreeWidgetItem(m_historyTree);
        item->setText(0, domain::LocaleFormat().dateTime(e.at));
        item->setText(1, EventPhrases::kind(e));
        item->setText(2, EventPhrases::details(e));
        item->setToolTip(2, item->text(2));
    }
    for (int c = 0; c < m_historyTree->columnCount() - 1; ++c)
        m_historyTree->resizeColumnToContents(c);
}

void OrderDetailPane::updateActions(const QString& number, bool shopOpen)
{
    const bool has = !number.isEmpty() && shopOpen;
    // The shown order as read for the detail (its row in the list may not be read yet).
    const store::OrderRow* row = has && m_shownRow && m_shownRow->number == number ? &*m_shownRow : nullptr;
    const bool open = row && (row->allocated > 0 || row->waiting > 0);
    m_shipButton->setEnabled(row && row->allocated > 0);
    m_returnButton->setEnabled(row && row->shipped > 0 && m_returnable > 0);
    m_cancelOrderButton->setEnabled(open);
    QTreeWidgetItem* line = m_linesTree->currentItem();
    m_cancelLineButton->setEnabled(open && (!line || openUnits(line) > 0));
    m_paymentButton->setEnabled(has);
    m_holdButton->setEnabled(open);
    m_couponButton->setEnabled(has);
}

QString OrderDetailPane::selectedOpenSku() const
{
    const QTreeWidgetItem* line = m_linesTree->currentItem();
    return line && openUnits(line) > 0 ? line->text(LineSku) : QString();
}

QStringList OrderDetailPane::openSkus() const
{
    QStringList open;
    for (int i = 0; i < m_linesTree->topLevelItemCount(); ++i) {
        if (openUnits(m_linesTree->topLevelItem(i)) > 0)
            open << m_linesTree->topLevelItem(i)->text(LineSku);
    }
    return open;
}

void OrderDetailPane::addActionsTo(QMenu& menu)
{
    auto add = [&](QPushButton* button) {
        QAction* action = menu.addAction(button->text(), button, &QAbstractButton::click);
        action->setEnabled(button->isEnabled());
    };
    add(m_shipButton);
    add(m_returnButton);
    add(m_cancelOrderButton);
    add(m_paymentButton);
    QAction* hold = menu.addAction(m_holdButton->text());
    hold->setCheckable(true);
    hold->setChecked(m_holdButton->isChecked());
    hold->setEnabled(m_holdButton->isEnabled());
    connect(hold, &QAction::toggled, m_holdButton, &QAbstractButton::setChecked);
    add(m_couponButton);
}

} // namespace bd::ui
