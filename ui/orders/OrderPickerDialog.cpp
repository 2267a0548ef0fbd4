#include "OrderPickerDialog.h"

#include "domain/LocaleFormat.h"
#include "services/ShopQueries.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bd::ui {

namespace {

// Enough to find an order by a few letters of its customer; the search narrows it.
constexpr int shownPerState = 100;

} // namespace

OrderPickerDialog::OrderPickerDialog(services::ShopQueries& queries, Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_queries(queries)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("orderPickerDialog"));
    setWindowTitle(purpose == Purpose::Ship ? tr("Ship an order") : tr("Take back a return"));
    auto* intro = new QLabel(purpose == Purpose::Ship
                                 ? tr("Which order? Orders with units allocated to ship, oldest first.")
                                 : tr("Which order? Orders with units shipped, oldest first."),
                             this);
    intro->setWordWrap(true);
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("pickerSearchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Order number, customer or e-mail"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setAccessibleName(tr("Search orders"));
    m_searchLineEdit->installEventFilter(this);
    m_ordersTree = new QTreeWidget(this);
    m_ordersTree->setObjectName(QStringLiteral("pickerTreeWidget"));
    m_ordersTree->setRootIsDecorated(false);
    m_ordersTree->setUniformRowHeights(true);
    m_ordersTree->setAlternatingRowColors(true);
    m_ordersTree->setHeaderLabels(
        { tr("Order"), tr("Customer"), tr("Placed"), tr("Allocated"), tr("Shipped"), tr("Waiting") });
    m_ordersTree->header()->setStretchLastSection(false);
    m_ordersTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ordersTree->header()->setSectionResizeMode(Customer, QHeaderView::Stretch);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("pickerEmptyLabel"));
    m_emptyLabel->setWordWrap(true);

    m_buttonBox = new QDialogButtonBox(this);
    m_okButton = m_buttonBox->addButton(tr("Choose"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("pickerOkButton"));
    m_okButton->setDefault(true);
    m_buttonBox->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &OrderPickerDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &OrderPickerDialog::reject);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &OrderPickerDialog::fill);
    connect(m_ordersTree, &QTreeWidget::itemActivated, this, &OrderPickerDialog::accept);
    connect(m_ordersTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_okButton->setEnabled(current != nullptr); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(m_ordersTree, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_buttonBox);
    resize(780, 460);
    fill();
    m_searchLineEdit->setFocus();
}

QString OrderPickerDialog::currentNumber() const
{
    const QTreeWidgetItem* item = m_ordersTree->currentItem();
    return item ? item->text(Number) : QString();
}

void OrderPickerDialog::fill()
{
    QList<store::OrderRow> rows;
    QString error;
    // To ship: units allocated (ready, partly allocated, partly shipped with more to go);
    // to return: units shipped.
    const QList<store::OrderState> states = m_purpose == Purpose::Ship
        ? QList<store::OrderState> { store::OrderState::Ready, store::OrderState::PartlyAllocated,
                                     store::OrderState::PartlyShipped }
        : QList<store::OrderState> { store::OrderState::PartlyShipped, store::OrderState::Shipped };
    for (store::OrderState state : states) {
        store::OrderFilter filter;
        filter.search = m_searchLineEdit->text().trimmed();
        filter.state = state;
        filter.descending = false;
        const core::Result<QList<store::OrderRow>> found = m_queries.orders(filter, 0, shownPerState);
        if (!found) {
            error = found.errorText();
            break;
        }
        for (const store::OrderRow& row : found.value()) {
            if ((m_purpose == Purpose::Ship ? row.allocated : row.shipped) > 0)
                rows << row;
        }
    }
    std::sort(rows.begin(), rows.end(), [](const store::OrderRow& a, const store::OrderRow& b) {
        return a.placedAt != b.placedAt ? a.placedAt < b.placedAt : a.number < b.number;
    });
    m_ordersTree->clear();
    const QLocale locale;
    const domain::LocaleFormat format;
    for (const store::OrderRow& row : std::as_const(rows)) {
        auto* item = new QTreeWidgetItem(m_ordersTree);
        item->setText(Number, row.number);
        item->setText(Customer,
                      row.customerName.isEmpty()
                          ? row.customerEmail
                          : row.customerName + QStringLiteral(" <") + row.customerEmail + QLatin1Char('>'));
        item->setText(Placed, format.date(row.placedAt.date()));
        item->setText(Allocated, locale.toString(row.allocated));
        item->setText(Shipped, locale.toString(row.shipped));
        item->setText(Waiting, locale.toString(row.waiting));
        for (int column : { int(Allocated), int(Shipped), int(Waiting) })
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_ordersTree->topLevelItemCount() > 0)
        m_ordersTree->setCurrentItem(m_ordersTree->topLevelItem(0));
    m_okButton->setEnabled(m_ordersTree->currentItem() != nullptr);
    if (!error.isEmpty())
        m_emptyLabel->setText(error);
    else if (rows.isEmpty())
        m_emptyLabel->setText(m_searchLineEdit->text().trimmed().isEmpty()
                                  ? (m_purpose == Purpose::Ship ? tr("No order has units allocated to ship.")
                                                                : tr("No order has units shipped."))
                                  : tr("No order matches '%1'.").arg(m_searchLineEdit->text().trimmed()));
    else
        m_emptyLabel->clear();
    m_emptyLabel->setVisible(!m_emptyLabel->text().isEmpty());
}

bool OrderPickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up and down in the search box move through the list, so the keyboard never leaves it.
    if (watched == m_searchLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_ordersTree, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OrderPickerDialog::accept()
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return;
    Q_EMIT picked(number);
    QDialog::accept();
}

} // namespace bd::ui
