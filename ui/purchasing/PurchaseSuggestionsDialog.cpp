#include "PurchaseSuggestionsDialog.h"

#include "AppContext.h"
#include "domain/Shortfall.h"
#include "purchasing/PurchaseOrderDialog.h"
#include "services/ShopQueries.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bd::ui {

namespace {
// Enough for the items a small shop waits for at once; the list says when there are more.
constexpr int shownItems = 1000;
} // namespace

PurchaseSuggestionsDialog::PurchaseSuggestionsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("purchaseSuggestionsDialog"));
    setWindowTitle(tr("Purchase suggestions"));
    auto* intro
        = new QLabel(tr("What to order so every waiting customer is served: per item the units waiting, "
                        "less what open purchase orders bring and what is free on the shelf."),
                     this);
    intro->setWordWrap(true);
    m_itemsTree = new QTreeWidget(this);
    m_itemsTree->setObjectName(QStringLiteral("suggestionsTreeWidget"));
    m_itemsTree->setRootIsDecorated(false);
    m_itemsTree->setUniformRowHeights(true);
    m_itemsTree->setAlternatingRowColors(true);
    m_itemsTree->setHeaderLabels(
        { tr("SKU"), tr("Item"), tr("Waiting"), tr("Incoming"), tr("Free"), tr("Shortfall") });
    m_itemsTree->header()->setStretchLastSection(false);
    m_itemsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_itemsTree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    connect(m_itemsTree, &QTreeWidget::itemChanged, this, &PurchaseSuggestionsDialog::updateButton);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_createButton = buttons->addButton(tr("&Create purchase order…"), QDialogButtonBox::ActionRole);
    m_createButton->setObjectName(QStringLiteral("createPurchaseOrderButton"));
    m_createButton->setDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &PurchaseSuggestionsDialog::createPurchaseOrder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_itemsTree, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);
    resize(760, 480);
    fill();
}

void PurchaseSuggestionsDialog::fill()
{
    m_itemsTree->clear();
    store::Database* db = m_context.database();
    if (!db)
        return;
    store::ItemFilter filter;
    filter.onlyWaiting = true;
    filter.sort = store::ItemFilter::Sort::Waiting;
    filter.descending = true;
    const core::Result<QList<store::ItemRow>> rows
        = services::ShopQueries(*db).itemRows(filter, 0, shownItems);
    if (!rows) {
        m_summaryLabel->setText(rows.errorText());
        m_context.reportError(rows.errorText());
        return;
    }
    const QSignalBlocker quiet(m_itemsTree);
    const QLocale locale;
    for (const store::ItemRow& row : rows.value()) {
        const domain::Item& item = row.item;
        const int missing = domain::shortfall(item, row.incoming);
        auto* entry = new QTreeWidgetItem(m_itemsTree);
        entry->setText(Sku, item.sku);
        entry->setText(Name, item.name);
        entry->setText(Waiting, locale.toString(item.waiting));
        entry->setText(Incoming, locale.toString(row.incoming));
        entry->setText(Free, locale.toString(std::max(0, item.onHand - item.allocated)));
        entry->setText(Shortfall, locale.toString(missing));
        entry->setData(Shortfall, Qt::UserRole, missing);
        for (int column = Waiting; column < ColumnCount; ++column)
            entry->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(Sku, missing > 0 ? Qt::Checked : Qt::Unchecked);
        if (missing == 0)
            entry->setFlags(entry->flags() & ~Qt::ItemIsEnabled); // covered already
    }
    updateButton();
}

void PurchaseSuggestionsDialog::updateButton()
{
    int items = 0;
    int units = 0;
    for (int i = 0; i < m_itemsTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* entry = m_itemsTree->topLevelItem(i);
        if (entry->checkState(Sku) == Qt::Checked) {
            ++items;
            units += entry->data(Shortfall, Qt::UserRole).toInt();
        }
    }
    const QLocale locale;
    m_summaryLabel->setText(
        m_itemsTree->topLevelItemCount() == 0
            ? tr("Nobody waits: there is nothing to order.")
            : tr("Ticked items: %1; units short: %2.").arg(locale.toString(items), locale.toString(units)));
    m_createButton->setEnabled(items > 0);
}

void PurchaseSuggestionsDialog::createPurchaseOrder()
{
    auto* dialog = new PurchaseOrderDialog(m_context, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (int i = 0; i < m_itemsTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* entry = m_itemsTree->topLevelItem(i);
        if (entry->checkState(Sku) == Qt::Checked)
            dialog->addLine(entry->text(Sku), entry->data(Shortfall, Qt::UserRole).toInt());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("numberLineEdit"));
        fill(); // what is incoming changed
        Q_EMIT purchaseOrderSaved(number ? number->text().trimmed() : QString());
    });
    dialog->open();
}

} // namespace bd::ui
