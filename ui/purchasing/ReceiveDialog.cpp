#include "ReceiveDialog.h"

#include "common/ErrorLabel.h"
#include "common/FileDialogs.h"
#include "AppContext.h"
#include "common/Prompter.h"
#include "common/SkuCompletion.h"
#include "common/TaskRunner.h"
#include "csv/CsvWriter.h"
#include "reports/ReportPreview.h"
#include "reports/ReportService.h"
#include "services/Shop.h"
#include "services/ShopQueries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QStyledItemDelegate>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <memory>

namespace bd::ui {

namespace {
enum LineColumn { SkuColumn, QtyColumn };
enum PreviewColumn { PSku, PItem, POrder, PCustomer, PQty, PDestination, PreviewColumnCount };

// The SKU cell's editor completes like New order's SKU field.
class SkuDelegate final : public QStyledItemDelegate
{
public:
    SkuDelegate(SkuCompletion* completion, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_completion(completion)
    {
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setObjectName(QStringLiteral("skuEditor"));
            m_completion->attach(line);
        }
        return editor;
    }

private:
    SkuCompletion* m_completion;
};

// stillWaiting: what the row's order line waits for after it (> 0: a partial fill).
QString destinationText(const domain::CrossDockRow& row, int stillWaiting)
{
    if (row.destination != QLatin1String("ship"))
        return ReceiveDialog::tr("Put on the shelf");
    if (stillWaiting > 0)
        return ReceiveDialog::tr("Ship to customer — partial, %1 still to come").arg(QLocale().toString(stillWaiting));
    return ReceiveDialog::tr("Ship to customer");
}

// Why a complete-only receipt passed an older order over.
QString passedOverReason(const domain::PassedOver& passed)
{
    const QLocale locale;
    if (passed.otherItems > 0)
        return ReceiveDialog::tr("also waits for other items (%1 more)").arg(locale.toString(passed.otherItems));
    return ReceiveDialog::tr("needs %1, only %2 left at its turn")
        .arg(locale.toString(passed.needed), locale.toString(passed.left));
}
} // namespace

ReceiveDialog::ReceiveDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("receiveDialog"));
    setWindowTitle(tr("Receive stock"));
    if (m_context.database())
        m_queries = std::make_unique<services::ShopQueries>(*m_context.database());
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_poCombo = new QComboBox(this);
    m_poCombo->setObjectName(QStringLiteral("purchaseOrderComboBox"));
    m_poCombo->addItem(tr("None — enter the lines by hand"), QString());
    if (m_queries) {
        const core::Result<QList<store::PurchaseOrderSummary>> orders
            = m_queries->purchaseOrders(false);
        if (!orders)
            m_context.reportError(orders.errorText());
        for (const store::PurchaseOrderSummary& po : orders ? orders.value() : QList<store::PurchaseOrderSummary>())
            if (po.open() > 0)
                m_poCombo->addItem(po.supplier.isEmpty()
                                       ? tr("%1 (%n unit(s) to come)", nullptr, int(po.open())).arg(po.number)
                                       : tr("%1 from %2 (%n unit(s) to come)", nullptr, int(po.open()))
                                             .arg(po.number, po.supplier),
                                   po.number);
    }
    m_referenceEdit = new QLineEdit(this);
    m_referenceEdit->setObjectName(QStringLiteral("referenceLineEdit"));
    m_referenceEdit->setPlaceholderText(tr("Delivery note or parcel number"));
    m_fillCombo = new QComboBox(this);
    m_fillCombo->setObjectName(QStringLiteral("fillModeComboBox"));
    m_fillCombo->addItem(tr("Fill any waiting line, oldest first"), false);
    m_fillCombo->addItem(tr("Only orders that become complete"), true);
    form->addRow(tr("&Purchase order:"), m_poCombo);
    form->addRow(tr("&Reference:"), m_referenceEdit);
    form->addRow(tr("&Fill:"), m_fillCombo);
    layout->addLayout(form);

    m_lines = new QTableWidget(0, 2, this);
    m_lines->setObjectName(QStringLiteral("linesTableWidget"));
    m_lines->setHorizontalHeaderLabels({ tr("SKU"), tr("Quantity received") });
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lines->setMaximumHeight(180);
    m_lines->setItemDelegateForColumn(SkuColumn,
                                      new SkuDelegate(new SkuCompletion(m_context, m_queries.get(), this), m_lines));
    layout->addWidget(m_lines);
    auto* lineButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add line"), this);
    add->setObjectName(QStringLiteral("addLineButton"));
    auto* remove = new QPushButton(tr("Re&move line"), this);
    remove->setObjectName(QStringLiteral("removeLineButton"));
    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("Work out who gets what, without saving anything"));
    lineButtons->addWidget(add);
    lineButtons->addWidget(remove);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_previewButton);
    layout->addLayout(lineButtons);

    m_errorLabel = makeErrorLabel(this, QStringLiteral("errorLabel"));
    layout->addWidget(m_errorLabel);

    m_summaryLabel = new QLabel(tr("Press Preview to see where the units go."), this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_previewTable = new QTableWidget(0, PreviewColumnCount, this);
    m_previewTable->setObjectName(QStringLiteral("crossDockTableWidget"));
    m_previewTable->setHorizontalHeaderLabels(
        { tr("SKU"), tr("Item"), tr("Order"), tr("Customer"), tr("Quantity"), tr("Goes to") });
    // The item's name takes the room left (fitPreviewColumns); what does not fit is
    // elided in the middle, so a SKU keeps its start and its size, and a tooltip has it whole.
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_previewTable->horizontalHeader()->setSectionResizeMode(PItem, QHeaderView::Stretch);
    m_previewTable->setTextElideMode(Qt::ElideMiddle);
    m_previewTable->setWordWrap(false);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->viewport()->installEventFilter(this);
    layout->addWidget(m_previewTable, 1);
    m_passedOverLabel = new QLabel(this);
    m_passedOverLabel->setObjectName(QStringLiteral("passedOverLabel"));
    m_passedOverLabel->setWordWrap(true);
    m_passedOverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passedOverLabel->hide();
    layout->addWidget(m_passedOverLabel);

    auto* buttons = new QDialogButtonBox(this);
    m_confirmButton = buttons->addButton(tr("&Confirm receipt"), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_confirmButton->setToolTip(tr("Receive the stock as previewed"));
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_csvButton = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    m_csvButton->setObjectName(QStringLiteral("saveCsvButton"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(m_poCombo, &QComboBox::currentIndexChanged, this,
            [this] { choosePurchaseOrder(m_poCombo->currentData().toString()); });
    connect(m_referenceEdit, &QLineEdit::textChanged, this, &ReceiveDialog::inputChanged);
    connect(m_fillCombo, &QComboBox::currentIndexChanged, this, &ReceiveDialog::inputChanged);
    connect(m_lines, &QTableWidget::itemChanged, this, &ReceiveDialog::inputChanged);
    connect(add, &QPushButton::clicked, this, [this] { addLine(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0) {
            m_lines->removeRow(m_lines->currentRow());
            inputChanged();
        }
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ReceiveDialog::preview);
    connect(m_confirmButton, &QPushButton::clicked, this, &ReceiveDialog::confirm);
    connect(m_printButton, &QPushButton::clicked, this, &ReceiveDialog::print);
    connect(m_csvButton, &QPushButton::clicked, this, &ReceiveDialog::saveCsv);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    addLine();
    updateButtons();
    // Room for the cross-dock list's six columns; fits a 1280×800 screen with its frame.
    resize(980, 660);
}

ReceiveDialog::~ReceiveDialog() = default;

void ReceiveDialog::choosePurchaseOrder(const QString& number)
{
    const int index = m_poCombo->findData(number);
    if (index >= 0 && index != m_poCombo->currentIndex()) {
        m_poCombo->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_filling = true;
    m_lines->setRowCount(0);
    if (!number.isEmpty() && m_queries) {
        const store::Found<services::PurchaseOrderDetail> po
            = m_queries->purchaseOrderDetail(number);
        if (!po)
            m_context.reportError(po.errorText());
        if (po && po.value()) {
            for (const store::PurchaseOrderLineRow& line : po.value()->lines)
                if (line.open() > 0)
                    addLine(line.sku, line.open());
            if (m_referenceEdit->text().isEmpty())
                m_referenceEdit->setText(number);
        }
    }
    if (m_lines->rowCount() == 0)
        addLine();
    m_filling = false;
    inputChanged();
}

void ReceiveDialog::addLine(const QString& sku, int qty)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setItem(row, SkuColumn, new QTableWidgetItem(sku));
    m_lines->setItem(row, QtyColumn, new QTableWidgetItem(qty > 0 ? QString::number(qty) : QString()));
    m_filling = filling;
    inputChanged();
}

void ReceiveDialog::startWithItem(const QString& sku)
{
    const QTableWidgetItem* first = m_lines->rowCount() == 1 ? m_lines->item(0, SkuColumn) : nullptr;
    if (first && first->text().trimmed().isEmpty())
        m_lines->item(0, SkuColumn)->setText(sku);
    else
        addLine(sku);
    // The quantity is what is left to type.
    m_lines->setCurrentCell(m_lines->rowCount() - 1, QtyColumn);
    m_lines->setFocus();
}

void ReceiveDialog::setReference(const QString& reference)
{
    m_referenceEdit->setText(reference);
}

void ReceiveDialog::setCompleteOnly(bool completeOnly)
{
    m_fillCombo->setCurrentIndex(completeOnly ? 1 : 0);
}

void ReceiveDialog::inputChanged()
{
    if (m_filling || m_committed)
        return;
    if (m_previewed)
        m_summaryLabel->setText(tr("The lines changed since this preview: press Preview again."));
    m_previewed = false;
    updateButtons();
}

core::Result<QList<services::ReceiveRequest>> ReceiveDialog::requests() const
{
    QList<services::ReceiveRequest> out;
    core::Errors errors;
    const QString po = m_poCombo->currentData().toString();
    QString reference = m_referenceEdit->text().trimmed();
    if (reference.isEmpty())
        reference = po;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QTableWidgetItem* skuItem = m_lines->item(row, SkuColumn);
        const QTableWidgetItem* qtyItem = m_lines->item(row, QtyColumn);
        const QString sku = skuItem ? skuItem->text().trimmed() : QString();
        const QString qtyText = qtyItem ? qtyItem->text().trimmed() : QString();
        if (sku.isEmpty() && qtyText.isEmpty())
            continue;
        services::ReceiveRequest request;
        request.sku = sku;
        bool ok = false;
        request.qty = qtyText.toInt(&ok);
        if (!ok)
            errors << core::Error::at({}, row + 1, QStringLiteral("qty"),
                                      tr("'%1' is not a whole number").arg(qtyText));
        request.reference = reference;
        request.poNumber = po;
        request.receivedAt = m_context.clock().now();
        request.sourceLine = row + 1;
        out << request;
    }
    if (out.isEmpty() && errors.isEmpty())
        errors << core::fail(tr("Enter at least one line with a SKU and a quantity."));
    if (!errors.isEmpty())
        return errors;
    return out;
}

services::ReceiveOptions ReceiveDialog::options(bool preview) const
{
    services::ReceiveOptions options;
    options.completeOnly = m_fillCombo->currentData().toBool();
    options.preview = preview;
    return options;
}

void ReceiveDialog::preview()
{
    run(false);
}

void ReceiveDialog::confirm()
{
    // What is committed is what the merchant saw: the preview of the lines as they are.
    if (m_previewed)
        run(true);
}

void ReceiveDialog::run(bool commit)
{
    services::Shop* shop = m_context.shop();
    if (!shop || m_busy || m_committed)
        return;
    const core::Result<QList<services::ReceiveRequest>> wanted = requests();
    if (!wanted) {
        showResult(false, wanted.errors());
        return;
    }
    const QList<services::ReceiveRequest> receipts = wanted.value();
    services::ReceiveOptions how = options(!commit);
    auto notes = std::make_shared<services::ReceiveNotes>();
    how.notes = notes.get();
    qint64 units = 0;
    for (const services::ReceiveRequest& r : receipts)
        units += r.qty;
    if (units < m_backgroundUnits) {
        const core::Result<QList<domain::CrossDockRow>> result = services::StockService(*shop).receive(receipts, how);
        m_notes = *notes;
        showResult(commit, result);
        if (commit && m_committed)
            m_context.notifyShopChanged();
        return;
    }
    // A big delivery: work it out off the GUI thread, on the task's own connection.
    auto result = std::make_shared<core::Result<QList<domain::CrossDockRow>>>(core::Errors {});
    setBusy(true);
    TaskRunner* task = TaskRunner::start(
        m_context, commit ? tr("Receiving %n unit(s)", nullptr, int(units)) : tr("Working out the cross-dock list"),
        [receipts, how, result, notes](TaskEnv& env) -> core::Status {
            env.progress(0, 0, tr("Serving the waiting customers"));
            *result = services::StockService(env.shop()).receive(receipts, how);
            return core::Status(*result);
        },
        this, commit ? TaskRunner::Effect::ChangesShop : TaskRunner::Effect::ReadsOnly);
    connect(task, &TaskRunner::finished, this, [this, result, commit, notes](const core::Status&) {
        setBusy(false);
        m_notes = *notes;
        showResult(commit, *result);
    });
}

void ReceiveDialog::showResult(bool commit, const core::Result<QList<domain::CrossDockRow>>& result)
{
    if (!result) {
        QStringList lines;
        for (const core::Error& e : result.errors())
            lines << (e.line > 0 ? tr("Line %1: %2").arg(e.line).arg(e.field.isEmpty() ? e.message : QString(e.field + QStringLiteral(": ") + e.message))
                                 : e.toString());
        m_errorLabel->setText(lines.join(QLatin1Char('\n')));
        m_errorLabel->show();
        m_passedOverLabel->hide();
        // No list of an earlier preview stays beside the lines it no longer is.
        m_rows.clear();
        m_previewTable->setRowCount(0);
        fitPreviewColumns();
        const bool aboutLines = std::any_of(result.errors().cbegin(), result.errors().cend(),
                                            [](const core::Error& e) { return e.line > 0; });
        const QString next = aboutLines ? tr("Correct the lines above, then press Preview.")
                                        : tr("Press Preview to try again.");
        m_summaryLabel->setText(commit ? tr("Nothing was received. %1").arg(next) : next);
        if (commit)
            m_context.prompter().warn(this, tr("Receive stock"),
                                      tr("Nothing was received:\n%1").arg(lines.join(QLatin1Char('\n'))));
        m_previewed = false;
        updateButtons();
        return;
    }
    m_errorLabel->hide();
    m_rows = result.value();
    m_previewed = !commit;
    m_committed = commit;
    m_previewTable->setRowCount(int(m_rows.size()));
    int toShip = 0;
    int toShelf = 0;
    QSet<QString> orders;
    for (int i = 0; i < m_rows.size(); ++i) {
        const domain::CrossDockRow& r = m_rows[i];
        const QString name = m_notes.itemNames.value(r.sku);
        const QString itemTip = name.isEmpty() ? r.sku : tr("%1 (SKU %2)").arg(name, r.sku);
        auto cell = [&](int column, const QString& text, bool number = false, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(tip.isEmpty() ? text : tip);
            m_previewTable->setItem(i, column, item);
        };
        cell(PSku, r.sku, false, itemTip);
        cell(PItem, name, false, itemTip);
        cell(POrder, r.orderNumber);
        cell(PCustomer, r.customerEmail);
        cell(PQty, QString::number(r.qty), true);
        cell(PDestination, destinationText(r, m_notes.stillWaiting.value(i)));
        if (r.destination == QLatin1String("ship")) {
            toShip += r.qty;
            orders.insert(r.orderNumber);
        } else {
            toShelf += r.qty;
        }
    }
    const QString counts = tr("%n unit(s) straight to shipping", nullptr, toShip)
        + tr(" for %n order(s)", nullptr, int(orders.size())) + tr(", %n to the shelf", nullptr, toShelf);
    m_summaryLabel->setText(commit ? tr("Received: %1.").arg(counts)
                                   : tr("Preview, nothing saved yet: %1. Confirm to receive.").arg(counts));
    QStringList passed;
    for (const domain::PassedOver& p : std::as_const(m_notes.passedOver))
        passed << tr("%1 (%2), %3: %4").arg(p.orderNumber, p.customerEmail, p.sku, passedOverReason(p));
    m_passedOverLabel->setText(passed.isEmpty() ? QString()
                                                : tr("Passed over for younger orders that this receipt completes:")
                                                      + QStringLiteral("\n• ") + passed.join(QStringLiteral("\n• ")));
    m_passedOverLabel->setVisible(!passed.isEmpty());
    fitPreviewColumns();
    if (commit)
        Q_EMIT received(m_referenceEdit->text());
    updateButtons();
}

void ReceiveDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ReceiveDialog::updateButtons()
{
    const bool open = m_context.shop() != nullptr;
    const bool editable = open && !m_busy && !m_committed;
    m_poCombo->setEnabled(editable);
    m_referenceEdit->setEnabled(editable);
    m_fillCombo->setEnabled(editable);
    m_lines->setEnabled(editable);
    m_previewButton->setEnabled(editable);
    m_confirmButton->setEnabled(editable && m_previewed);
    const bool haveList = (m_previewed || m_committed) && !m_busy;
    m_printButton->setEnabled(haveList);
    m_csvButton->setEnabled(haveList);
}

bool ReceiveDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_previewTable->viewport() && event->type() == QEvent::Resize)
        fitPreviewColumns();
    return QDialog::eventFilter(watched, event);
}

// The quantity and the order keep their width; then the item's name and its SKU get
// what they need (at most a third and a quarter of the table when room is short); the
// customer and where the units go share the rest, elided in the middle below what they
// need. The name's column stretches over what is left, so the table never scrolls
// sideways at the default size.
void ReceiveDialog::fitPreviewColumns()
{
    QHeaderView* header = m_previewTable->horizontalHeader();
    const int available = m_previewTable->viewport()->width();
    if (available <= 0)
        return;
    const QAbstractItemView* view = m_previewTable; // sizeHintForColumn is public there
    std::array<int, PreviewColumnCount> natural {};
    for (int c = 0; c < PreviewColumnCount; ++c)
        natural[size_t(c)] = std::max(header->sectionSizeHint(c), view->sizeHintForColumn(c));
    const int item = std::min(natural[PItem], std::max(available / 3, header->sectionSizeHint(PItem)));
    const int sku = std::min(natural[PSku], std::max(available / 4, header->sectionSizeHint(PSku)));
    const int room = std::max(0, available - natural[POrder] - natural[PQty] - item - sku);
    const int wanted = natural[PCustomer] + natural[PDestination];
    for (int c : { PCustomer, PDestination }) {
        const int width = wanted <= room ? natural[size_t(c)] : natural[size_t(c)] * room / std::max(1, wanted);
        header->resizeSection(c, std::max(width, header->sectionSizeHint(c) / 2));
    }
    header->resizeSection(PSku, sku);
    header->resizeSection(POrder, natural[POrder]);
    header->resizeSection(PQty, natural[PQty]);
}

core::Result<reports::Report> ReceiveDialog::printedList() const
{
    if (!m_context.database())
        return core::fail(tr("No shop is open."));
    reports::CrossDockInput input;
    input.reference = m_referenceEdit->text().trimmed();
    if (input.reference.isEmpty())
        input.reference = m_poCombo->currentData().toString();
    input.receivedAt = m_context.clock().now();
    input.rows = m_rows;
    input.stillWaiting = m_notes.stillWaiting;
    input.itemNames = m_notes.itemNames;
    input.preview = !m_committed;
    if (!m_passedOverLabel->text().isEmpty())
        input.footnotes = m_passedOverLabel->text().split(QLatin1Char('\n'));
    return reports::ReportService(*m_context.database(), m_context.clock()).crossDockOf(input);
}

void ReceiveDialog::print()
{
    const core::Result<reports::Report> list = printedList();
    if (!list) {
        m_context.prompter().warn(this, tr("Print the cross-dock list"), list.errorText());
        return;
    }
    auto* preview = new ReportPreview(list.value(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

void ReceiveDialog::saveCsv()
{
    QString reference = m_referenceEdit->text().trimmed();
    const QString path = m_context.prompter().saveFileName(
        this, tr("Save the cross-dock list"),
        (reference.isEmpty() ? QStringLiteral("crossdock") : QStringLiteral("crossdock-") + reference)
            + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QList<QStringList> rows { { QStringLiteral("reference"), QStringLiteral("sku"), QStringLiteral("order_number"),
                                QStringLiteral("customer_email"), QStringLiteral("qty"),
                                QStringLiteral("destination") } };
    for (const domain::CrossDockRow& r : m_rows)
        rows << QStringList { r.reference, r.sku, r.orderNumber, r.customerEmail, QString::number(r.qty),
                              r.destination };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv::toCsv(rows)) < 0 || !file.commit()) {
        m_context.prompter().warn(this, tr("Save the cross-dock list"),
                                  tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
}

} // namespace bd::ui
