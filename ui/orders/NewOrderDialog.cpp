#include "NewOrderDialog.h"

#include "AppContext.h"
#include "common/SkuCompletion.h"
#include "domain/Availability.h"
#include "domain/LocaleFormat.h"
#include "domain/Rules.h"
#include "domain/Types.h"
#include "models/OrdersModel.h"
#include "services/OrderService.h"
#include "services/Shop.h"
#include "services/ShopQueries.h"
#include "store/Config.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bd::ui {

namespace {

// Typing pauses this long before the preview runs.
constexpr int previewDelayMs = 200;
constexpr int completionCount = 20;
// Stand-ins that let the preview work out the lines before the number and the
// customer are entered; never saved.
const QString previewNumber = QStringLiteral("\u2014 preview \u2014");
const QString previewEmail = QStringLiteral("preview@example.invalid");

void setProblemStyle(QLabel* label, bool problem)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x10));
    label->setPalette(palette);
}

} // namespace

NewOrderDialog::NewOrderDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("newOrderDialog"));
    setWindowTitle(tr("New Order"));
    if (store::Database* db = m_context.database())
        m_queries = std::make_unique<services::ShopQueries>(*db);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &NewOrderDialog::previewNow);

    // Order and customer
    m_numberLineEdit = new QLineEdit(this);
    m_numberLineEdit->setObjectName(QStringLiteral("numberLineEdit"));
    if (m_queries) {
        const core::Result<QString> number = m_queries->suggestOrderNumber();
        if (number)
            m_numberLineEdit->setText(number.value());
        else
            m_context.reportError(number.errorText());
    }
    m_emailLineEdit = new QLineEdit(this);
    m_emailLineEdit->setObjectName(QStringLiteral("emailLineEdit"));
    m_emailLineEdit->setPlaceholderText(tr("customer@example.com"));
    m_emailCompletions = new QStringListModel(this);
    auto* emailCompleter = new QCompleter(m_emailCompletions, this);
    emailCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_emailLineEdit->setCompleter(emailCompleter);
    connect(m_emailLineEdit, &QLineEdit::textEdited, this, &NewOrderDialog::updateEmailCompletions);
    connect(m_emailLineEdit, &QLineEdit::editingFinished, this, &NewOrderDialog::fillKnownCustomer);
    connect(emailCompleter, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString&) { fillKnownCustomer(); });
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameLineEdit->setPlaceholderText(tr("taken from earlier orders when known"));

    auto* orderForm = new QFormLayout;
    orderForm->addRow(tr("Order &number:"), m_numberLineEdit);
    orderForm->addRow(tr("Customer &e-mail:"), m_emailLineEdit);
    orderForm->addRow(tr("Customer na&me:"), m_nameLineEdit);

    // Lines
    m_skuCompletion = new SkuCompletion(m_context, m_queries.get(), this);
    auto* linesWidget = new QWidget(this);
    m_linesLayout = new QGridLayout(linesWidget);
    m_linesLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList headers = { tr("SKU"), tr("Quantity"), tr("Unit price"), tr("Item"), tr("Total"), tr("What happens") };
    for (int c = 0; c < headers.size(); ++c) {
        auto* label = new QLabel(headers.at(c), linesWidget);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_linesLayout->addWidget(label, 0, c);
    }
    m_linesLayout->setColumnStretch(5, 1);
    m_linesLayout->setColumnMinimumWidth(0, fontMetrics().averageCharWidth() * 16);
    auto* linesScroll = new QScrollArea(this);
    linesScroll->setWidgetResizable(true);
    linesScroll->setFrameShape(QFrame::NoFrame);
    auto* linesHolder = new QWidget(linesScroll);
    auto* holderLayout = new QVBoxLayout(linesHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(linesWidget);
    holderLayout->addStretch(1);
    linesScroll->setWidget(linesHolder);
    m_addLineButton = new QPushButton(tr("&Add line"), this);
    m_addLineButton->setObjectName(QStringLiteral("addLineButton"));
    connect(m_addLineButton, &QPushButton::clicked, this, [this] {
        addLine();
        m_lines.constLast().sku->setFocus();
    });
    auto* linesBox = new QGroupBox(tr("Lines"), this);
    auto* linesBoxLayout = new QVBoxLayout(linesBox);
    linesBoxLayout->addWidget(linesScroll, 1);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addLineButton);
    addRow->addStretch(1);
    linesBoxLayout->addLayout(addRow);

    // Payment
    m_paymentComboBox = new QComboBox(this);
    m_paymentComboBox->setObjectName(QStringLiteral("paymentComboBox"));
    for (domain::PaymentState s : { domain::PaymentState::None, domain::PaymentState::Verified,
                                    domain::PaymentState::Authorized, domain::PaymentState::Captured })
        m_paymentComboBox->addItem(OrdersModel::paymentName(s), int(s));
    m_cardLast4LineEdit = new QLineEdit(this);
    m_cardLast4LineEdit->setObjectName(QStringLiteral("cardLast4LineEdit"));
    m_cardLast4LineEdit->setPlaceholderText(tr("last 4 digits"));
    m_cardLast4LineEdit->setMaxLength(4);
    m_cardLast4LineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), m_cardLast4LineEdit));
    m_cardLast4LineEdit->setToolTip(tr("Only the last four digits are kept, never the card number"));
    m_cardExpiryLineEdit = new QLineEdit(this);
    m_cardExpiryLineEdit->setObjectName(QStringLiteral("cardExpiryLineEdit"));
    m_cardExpiryLineEdit->setPlaceholderText(tr("MM/YY"));
    m_holdCheckBox = new QCheckBox(tr("&Hold until complete"), this);
    m_holdCheckBox->setObjectName(QStringLiteral("holdCheckBox"));
    m_holdCheckBox->setToolTip(tr("Ship nothing until every unit is in stock"));
    auto* paymentLayout = new QHBoxLayout;
    paymentLayout->addWidget(new QLabel(tr("Payment:"), this));
    paymentLayout->addWidget(m_paymentComboBox);
    paymentLayout->addWidget(new QLabel(tr("Card:"), this));
    paymentLayout->addWidget(m_cardLast4LineEdit);
    paymentLayout->addWidget(new QLabel(tr("Expires:"), this));
    paymentLayout->addWidget(m_cardExpiryLineEdit);
    paymentLayout->addSpacing(12);
    paymentLayout->addWidget(m_holdCheckBox);
    paymentLayout->addStretch(1);

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("orderTotalLabel"));
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addRow->addWidget(m_totalLabel);
    m_lapseLabel = new QLabel(this);
    m_lapseLabel->setObjectName(QStringLiteral("lapseWarningLabel"));
    m_lapseLabel->setWordWrap(true);
    m_lapseLabel->setTextFormat(Qt::PlainText);
    setProblemStyle(m_lapseLabel, true);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    setProblemStyle(m_problemsLabel, true);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &NewOrderDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &NewOrderDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(orderForm);
    layout->addWidget(linesBox, 1);
    layout->addLayout(paymentLayout);
    layout->addWidget(m_lapseLabel);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_buttonBox);

    for (QLineEdit* edit : { m_numberLineEdit, m_emailLineEdit, m_nameLineEdit, m_cardLast4LineEdit, m_cardExpiryLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &NewOrderDialog::schedulePreview);
    connect(m_paymentComboBox, &QComboBox::currentIndexChanged, this, &NewOrderDialog::schedulePreview);
    connect(m_holdCheckBox, &QCheckBox::toggled, this, &NewOrderDialog::schedulePreview);

    addLine();
    resize(860, 480);
    previewNow();
}

NewOrderDialog::~NewOrderDialog() = default;

void NewOrderDialog::addLine()
{
    const int index = int(m_lines.size());
    QWidget* holder = m_linesLayout->parentWidget();
    LineRow row;
    row.sku = new QLineEdit(holder);
    row.sku->setObjectName(QStringLiteral("skuLineEdit%1").arg(index));
    row.sku->setPlaceholderText(tr("SKU"));
    m_skuCompletion->attach(row.sku);
    connect(row.sku, &QLineEdit::textChanged, this, &NewOrderDialog::schedulePreview);
    row.qty = new QSpinBox(holder);
    row.qty->setObjectName(QStringLiteral("qtySpinBox%1").arg(index));
    row.qty->setRange(1, 100000);
    connect(row.qty, &QSpinBox::valueChanged, this, &NewOrderDialog::schedulePreview);
    row.price = new QLineEdit(holder);
    row.price->setObjectName(QStringLiteral("priceLineEdit%1").arg(index));
    row.price->setToolTip(tr("Leave empty for the item's price"));
    connect(row.price, &QLineEdit::textChanged, this, &NewOrderDialog::schedulePreview);
    row.name = new QLabel(holder);
    row.name->setObjectName(QStringLiteral("itemNameLabel%1").arg(index));
    row.name->setTextFormat(Qt::PlainText);
    row.total = new QLabel(holder);
    row.total->setObjectName(QStringLiteral("lineTotalLabel%1").arg(index));
    row.total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.outcome = new QLabel(holder);
    row.outcome->setObjectName(QStringLiteral("outcomeLabel%1").arg(index));
    row.outcome->setWordWrap(true);
    row.outcome->setTextFormat(Qt::PlainText);
    row.outcome->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    row.remove = new QToolButton(holder);
    row.remove->setObjectName(QStringLiteral("removeLineButton%1").arg(index));
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Remove this line"));
    connect(row.remove, &QToolButton::clicked, this, [this, button = row.remove] { removeLine(button); });
    const int gridRow = m_nextRow++;
    m_linesLayout->addWidget(row.sku, gridRow, 0);
    m_linesLayout->addWidget(row.qty, gridRow, 1);
    m_linesLayout->addWidget(row.price, gridRow, 2);
    m_linesLayout->addWidget(row.name, gridRow, 3);
    m_linesLayout->addWidget(row.total, gridRow, 4);
    m_linesLayout->addWidget(row.outcome, gridRow, 5);
    m_linesLayout->addWidget(row.remove, gridRow, 6);
    m_lines << row;
    schedulePreview();
}

void NewOrderDialog::removeLine(QToolButton* button)
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).remove != button)
            continue;
        const LineRow row = m_lines.takeAt(i);
        for (QWidget* w : { static_cast<QWidget*>(row.sku), static_cast<QWidget*>(row.qty),
                            static_cast<QWidget*>(row.price), static_cast<QWidget*>(row.outcome),
                            static_cast<QWidget*>(row.name), static_cast<QWidget*>(row.total),
                            static_cast<QWidget*>(row.remove) }) {
            m_linesLayout->removeWidget(w);
            w->deleteLater();
        }
        break;
    }
    if (m_lines.isEmpty())
        addLine();
    schedulePreview();
}

void NewOrderDialog::schedulePreview()
{
    // Until the preview has run, what is on screen may be out of date: no saving.
    setSaveEnabled(false);
    m_previewTimer->start();
}

void NewOrderDialog::updateEmailCompletions(const QString& text)
{
    if (!m_queries || text.trimmed().isEmpty())
        return;
    const core::Result<QList<domain::Customer>> customers
        = m_queries->customersStartingWith(text.trimmed(), completionCount);
    if (!customers) {
        m_context.reportError(customers.errorText());
        return;
    }
    QStringList emails;
    for (const domain::Customer& c : customers.value())
        emails << c.email;
    m_emailCompletions->setStringList(emails);
}

void NewOrderDialog::fillKnownCustomer()
{
    if (!m_queries || !m_nameLineEdit->text().trimmed().isEmpty())
        return;
    const store::Found<domain::Customer> customer = m_queries->customer(m_emailLineEdit->text().trimmed());
    if (!customer)
        m_context.reportError(customer.errorText());
    else if (customer.value())
        m_nameLineEdit->setText(customer.value()->name);
}

bool NewOrderDialog::buildOrder(domain::NewOrder* order, QStringList* problems, QList<int>* rowOfLine) const
{
    order->number = m_numberLineEdit->text().trimmed();
    order->placedAt = m_context.clock().now();
    order->customerEmail = m_emailLineEdit->text().trimmed();
    order->customerName = m_nameLineEdit->text().trimmed();
    order->payment = domain::PaymentState(m_paymentComboBox->currentData().toInt());
    order->cardLast4 = m_cardLast4LineEdit->text().trimmed();
    order->cardExpiry = m_cardExpiryLineEdit->text().trimmed();
    order->holdUntilComplete = m_holdCheckBox->isChecked();
    // A price is in the shop's currency, with its decimals ("1500" JPY, "12.50" EUR).
    const QString currency = m_context.shop() ? m_context.shop()->config().text(store::settings::ShopCurrency) : QString();
    const QString point = QLocale().decimalPoint();
    bool readable = true;
    for (int i = 0; i < m_lines.size(); ++i) {
        const LineRow& row = m_lines.at(i);
        const QString sku = row.sku->text().trimmed();
        const QString priceText = row.price->text().trimmed();
        if (sku.isEmpty() && priceText.isEmpty())
            continue;
        domain::NewOrderLine line;
        line.sku = sku;
        line.qty = row.qty->value();
        line.sourceLine = i + 1;
        if (!priceText.isEmpty()) {
            line.unitPriceMinor = domain::parseAmount(priceText, currency, point.isEmpty() ? QLatin1Char('.') : point.at(0));
            if (!line.unitPriceMinor) {
                *problems << tr("Line %1: '%2' is not a price.").arg(i + 1).arg(priceText);
                readable = false;
                continue;
            }
        }
        order->lines << line;
        *rowOfLine << i;
    }
    return readable;
}

void NewOrderDialog::previewNow()
{
    m_previewTimer->stop();
    m_previewOk = false;
    services::Shop* shop = m_context.shop();
    m_lapseLabel->clear();
    m_totalLabel->clear();
    const QString currency = shop ? shop->config().text(store::settings::ShopCurrency) : QString();
    const QString point = QLocale().decimalPoint();
    qint64 orderTotal = 0;
    for (LineRow& row : m_lines) {
        row.outcome->clear();
        setProblemStyle(row.outcome, false);
        // The item's own price is what an empty price field means.
        const QString sku = row.sku->text().trimmed();
        const store::Found<domain::Item> found = m_queries && !sku.isEmpty()
                                                     ? m_queries->item(sku)
                                                     : store::Found<domain::Item>(std::nullopt);
        if (!found)
            m_context.reportError(found.errorText());
        const std::optional<domain::Item> item = found ? found.value() : std::nullopt;
        row.price->setPlaceholderText(item ? domain::LocaleFormat().money(item->priceMinor, item->currency) : QString());
        row.name->setText(item ? item->name : sku.isEmpty() ? QString() : tr("no such item"));
        const QString priceText = row.price->text().trimmed();
        const std::optional<qint64> unit
            = !priceText.isEmpty() ? domain::parseAmount(priceText, currency, point.isEmpty() ? QLatin1Char('.') : point.at(0))
            : item                 ? std::optional<qint64>(item->priceMinor)
                                   : std::nullopt;
        row.total->setText(unit ? domain::LocaleFormat().money(*unit * row.qty->value(), currency) : QString());
        if (unit)
            orderTotal += *unit * row.qty->value();
        // The item's status as the Items page and the availability feed say it.
        row.sku->setToolTip(item ? tr("%1 (%2)").arg(item->name,
                                                     domain::statusText(domain::itemStatus(*item, m_context.clock().today())))
                                 : QString());
    }
    if (shop && orderTotal > 0)
        m_totalLabel->setText(tr("Order total: %1").arg(domain::LocaleFormat().money(orderTotal, currency)));
    if (!shop) {
        m_problemsLabel->setText(tr("No shop database is open."));
        setSaveEnabled(false);
        return;
    }
    domain::NewOrder order;
    QStringList problems;
    QList<int> rowOfLine;
    const bool readable = buildOrder(&order, &problems, &rowOfLine);
    QStringList missing;
    if (order.number.isEmpty()) {
        missing << tr("Enter an order number.");
        order.number = previewNumber;
    }
    if (order.customerEmail.isEmpty()) {
        missing << tr("Enter the customer's e-mail.");
        order.customerEmail = previewEmail;
    }
    if (order.lines.isEmpty()) {
        missing << tr("Add a line: a SKU and a quantity.");
        m_problemsLabel->setText((problems + missing).join(QLatin1Char('\n')));
        setSaveEnabled(false);
        return;
    }
    const core::Result<services::PlacedOrder> placed = services::OrderService(*shop).preview(order);
    if (placed) {
        const QLocale locale;
        for (int k = 0; k < placed->lines.size() && k < rowOfLine.size(); ++k) {
            const services::PlacedLine& line = placed->lines.at(k);
            QStringList parts;
            if (line.allocated > 0)
                parts << (line.waiting > 0 ? tr("%1 ship now").arg(locale.toString(line.allocated))
                                           : tr("all %1 ship now").arg(locale.toString(line.allocated)));
            if (line.waiting > 0)
                parts << (line.promised.isValid()
                              ? tr("%1 wait until %2")
                                    .arg(locale.toString(line.waiting), domain::LocaleFormat().date(line.promised))
                              : tr("%1 wait; the date is not known yet").arg(locale.toString(line.waiting)));
            m_lines[rowOfLine.at(k)].outcome->setText(parts.join(QStringLiteral(", ")));
        }
        m_previewOk = readable;
        m_lapseLabel->setText(lapseWarnings(order, placed.value(), rowOfLine).join(QLatin1Char('\n')));
    } else {
        for (const core::Error& error : placed.errors()) {
            const int row = error.line - 1;
            if (row >= 0 && row < m_lines.size()) {
                QLabel* outcome = m_lines[row].outcome;
                outcome->setText(outcome->text().isEmpty() ? error.message
                                                           : outcome->text() + QLatin1Char('\n') + error.message);
                setProblemStyle(outcome, true);
                problems << tr("Line %1: %2").arg(row + 1).arg(error.message);
            } else {
                // The order's own fields: which one it is (a pasted tab is not seen).
                problems << error.toString();
            }
        }
    }
    m_problemsLabel->setText((problems + missing).join(QLatin1Char('\n')));
    setSaveEnabled(m_previewOk && missing.isEmpty());
}

QStringList NewOrderDialog::lapseWarnings(const domain::NewOrder& order, const services::PlacedOrder& placed,
                                          const QList<int>& rowOfLine) const
{
    // The rule of the payment-risk list: what of the payment ends before a line's
    // promised date. An authorization taken now lapses after the shop's hold days.
    services::Shop* shop = m_context.shop();
    const int holdDays = shop->config().integer(store::settings::AuthHoldDays);
    const QDateTime authorizedAt
        = order.payment == domain::PaymentState::Authorized ? m_context.clock().now() : QDateTime();
    const domain::LocaleFormat format;
    QStringList warnings;
    for (int k = 0; k < placed.lines.size() && k < rowOfLine.size(); ++k) {
        const services::PlacedLine& line = placed.lines.at(k);
        if (line.waiting == 0 || !line.promised.isValid())
            continue;
        const domain::PaymentLapses lapses
            = domain::paymentLapses(order.payment, order.cardExpiry, authorizedAt, line.promised, holdDays);
        if (lapses.authorization.isValid())
            warnings << tr("Line %1 (%2) is promised for %3, but the authorization lapses on %4: capture the "
                           "payment before then, or ask for a new authorization nearer the date.")
                            .arg(rowOfLine.at(k) + 1)
                            .arg(line.sku, format.date(line.promised), format.date(lapses.authorization));
        if (lapses.card.isValid())
            warnings << tr("Line %1 (%2) is promised for %3, but the card can be charged only until %4: ask the "
                           "customer for a card that is still valid then.")
                            .arg(rowOfLine.at(k) + 1)
                            .arg(line.sku, format.date(line.promised), format.date(lapses.card));
    }
    return warnings;
}

QString NewOrderDialog::lapseWarningText() const
{
    return m_lapseLabel->text();
}

QString NewOrderDialog::orderTotalText() const
{
    return m_totalLabel->text();
}

bool NewOrderDialog::canSave() const
{
    return m_buttonBox->button(QDialogButtonBox::Save)->isEnabled();
}

QString NewOrderDialog::lineOutcome(int line) const
{
    return line >= 0 && line < m_lines.size() ? m_lines.at(line).outcome->text() : QString();
}

QString NewOrderDialog::problemsText() const
{
    return m_problemsLabel->text();
}

void NewOrderDialog::setSaveEnabled(bool enabled)
{
    m_buttonBox->button(QDialogButtonBox::Save)->setEnabled(enabled);
}

void NewOrderDialog::accept()
{
    services::Shop* shop = m_context.shop();
    if (!shop)
        return;
    if (m_previewTimer->isActive())
        previewNow();
    if (!canSave())
        return;
    domain::NewOrder order;
    QStringList problems;
    QList<int> rowOfLine;
    if (!buildOrder(&order, &problems, &rowOfLine)) {
        m_problemsLabel->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    const core::Result<services::PlacedOrder> placed = services::OrderService(*shop).place(order);
    if (!placed) {
        // Something changed since the preview (another window, a receipt): say what.
        m_problemsLabel->setText(placed.errorText());
        setSaveEnabled(false);
        return;
    }
    Q_EMIT orderPlaced(placed->number);
    QDialog::accept();
}

} // namespace bd::ui
