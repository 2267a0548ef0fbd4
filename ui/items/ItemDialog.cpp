#include "ItemDialog.h"

#include "AppContext.h"
#include "common/ErrorLabel.h"
#include "common/SkuCompletion.h"
#include "domain/LocaleFormat.h"
#include "items/ItemsDelegate.h"
#include "services/MerchandisingService.h"
#include "services/Shop.h"
#include "services/ShopQueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bd::ui {

namespace {

// The longest highlight the shop keeps (MerchandisingService says so too).
constexpr int highlightLength = 300;

} // namespace

ItemDialog::ItemDialog(AppContext& context, const domain::Item& item, const ItemSettings& current, Apply apply,
                       QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_sku(item.sku)
    , m_apply(std::move(apply))
    , m_current(current)
{
    setObjectName(QStringLiteral("itemDialog"));
    setWindowTitle(tr("Item %1").arg(item.sku));
    if (store::Database* db = m_context.database())
        m_queries = std::make_unique<services::ShopQueries>(*db);

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("itemHeadingLabel"));
    heading->setTextFormat(Qt::PlainText);
    heading->setText(item.attributes.isEmpty() ? item.name : item.name + QStringLiteral(" — ") + item.attributes);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto* stock = new QLabel(
        item.tracked ? tr("%1 on hand, %2 allocated, %3 waiting")
                           .arg(QLocale().toString(item.onHand), QLocale().toString(item.allocated),
                                QLocale().toString(item.waiting))
                     : tr("Stock not tracked: never sold out, nobody waits"),
        this);
    stock->setObjectName(QStringLiteral("stockLabel"));

    m_wasTracked = item.tracked;
    m_trackedCheckBox = new QCheckBox(tr("Count this item's stock"), this);
    m_trackedCheckBox->setObjectName(QStringLiteral("trackedCheckBox"));
    m_trackedCheckBox->setChecked(current.tracked);
    m_trackedCheckBox->setToolTip(tr("Off for what the shop does not count (services, downloads, print on demand): "
                                     "never sold out, orders never wait."));
    m_countSpinBox = new QSpinBox(this);
    m_countSpinBox->setObjectName(QStringLiteral("countSpinBox"));
    m_countSpinBox->setRange(0, 10000000);
    m_countSpinBox->setToolTip(tr("What is on hand now, counted, when the stock starts being tracked"));

    m_policyComboBox = ItemsDelegate::makePolicyEditor(this, QStringLiteral("policyComboBox"));
    m_policyComboBox->setCurrentIndex(m_policyComboBox->findData(int(current.policy)));
    m_policyComboBox->setToolTip(tr("Stop: sold out when stock runs out. Backorder: keep selling, ship when stock "
                                    "arrives. Pre-order: not released yet."));

    m_limitSpinBox = new QSpinBox(this);
    m_limitSpinBox->setObjectName(QStringLiteral("backorderLimitSpinBox"));
    m_limitSpinBox->setRange(-1, 1000000);
    m_limitSpinBox->setSpecialValueText(tr("No limit"));
    m_limitSpinBox->setValue(current.backorderLimit ? *current.backorderLimit : -1);
    m_limitSpinBox->setToolTip(tr("The most units that may wait at once"));

    m_expectedDateEdit = ItemsDelegate::makeExpectedDateEditor(this, QStringLiteral("expectedDateEdit"));
    m_expectedDateEdit->setDate(current.expectedDate.isValid() ? current.expectedDate : ItemsDelegate::noDate());
    m_expectedDateEdit->setToolTip(tr("When new stock is expected, set by hand; an open purchase order due earlier "
                                      "wins. The earliest date means none."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Policy:"), m_policyComboBox);
    form->addRow(tr("Backorder &limit:"), m_limitSpinBox);
    form->addRow(tr("&Expected date:"), m_expectedDateEdit);
    form->addRow(tr("Stock:"), m_trackedCheckBox);
    form->addRow(tr("&Counted on hand:"), m_countSpinBox);
    if (item.nextDelivery.isValid()) {
        auto* next = new QLabel(domain::LocaleFormat().date(item.nextDelivery), this);
        next->setObjectName(QStringLiteral("nextDeliveryLabel"));
        form->addRow(tr("Next purchase order:"), next);
    }
    auto* stockBox = new QGroupBox(tr("Selling without stock"), this);
    stockBox->setLayout(form);

    // What the follow-up e-mails sell while a customer waits for this item.
    m_highlightLineEdit = new QLineEdit(current.highlight, this);
    m_highlightLineEdit->setObjectName(QStringLiteral("highlightLineEdit"));
    m_highlightLineEdit->setMaxLength(highlightLength);
    m_highlightLineEdit->setPlaceholderText(tr("e.g. hand-thrown in Jutland, glazed twice"));
    m_highlightLineEdit->setToolTip(tr("A line for customers about what makes this item worth the wait, shown in the "
                                       "follow-up e-mails"));

    m_relatedListWidget = new QListWidget(this);
    m_relatedListWidget->setObjectName(QStringLiteral("relatedListWidget"));
    m_relatedListWidget->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_relatedListWidget->setMinimumHeight(fontMetrics().height() * 5);
    m_relatedListWidget->setToolTip(tr("Follow-up e-mails offer up to three of these that are in stock"));
    for (const QString& sku : current.related)
        appendRelated(sku);

    m_relatedSkuLineEdit = new QLineEdit(this);
    m_relatedSkuLineEdit->setObjectName(QStringLiteral("relatedSkuLineEdit"));
    m_relatedSkuLineEdit->setPlaceholderText(tr("SKU of a related item or accessory"));
    m_relatedSkuLineEdit->installEventFilter(this);
    auto* completion = new SkuCompletion(m_context, m_queries.get(), this);
    completion->attach(m_relatedSkuLineEdit);
    m_addRelatedButton = new QPushButton(tr("&Add"), this);
    m_addRelatedButton->setObjectName(QStringLiteral("addRelatedButton"));
    m_addRelatedButton->setAutoDefault(false);
    m_addRelatedButton->setEnabled(false);
    m_removeRelatedButton = new QPushButton(tr("&Remove"), this);
    m_removeRelatedButton->setObjectName(QStringLiteral("removeRelatedButton"));
    m_removeRelatedButton->setAutoDefault(false);
    m_removeRelatedButton->setEnabled(false);
    m_relatedErrorLabel = makeErrorLabel(this, QStringLiteral("relatedErrorLabel"));
    connect(m_addRelatedButton, &QPushButton::clicked, this, &ItemDialog::addRelated);
    connect(m_removeRelatedButton, &QPushButton::clicked, this, &ItemDialog::removeRelated);
    connect(m_relatedSkuLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_addRelatedButton->setEnabled(!text.trimmed().isEmpty());
        m_relatedErrorLabel->hide();
    });
    connect(m_relatedListWidget, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeRelatedButton->setEnabled(!m_relatedListWidget->selectedItems().isEmpty()); });

    auto* relatedGrid = new QGridLayout;
    relatedGrid->addWidget(m_relatedListWidget, 0, 0, 1, 2);
    relatedGrid->addWidget(m_removeRelatedButton, 0, 2, Qt::AlignTop);
    relatedGrid->addWidget(m_relatedSkuLineEdit, 1, 0, 1, 2);
    relatedGrid->addWidget(m_addRelatedButton, 1, 2);
    relatedGrid->addWidget(m_relatedErrorLabel, 2, 0, 1, 3);
    relatedGrid->setColumnStretch(0, 1);
    auto* mailForm = new QFormLayout;
    mailForm->addRow(tr("&Highlight:"), m_highlightLineEdit);
    auto* relatedLabel = new QLabel(tr("Related &items:"), this);
    relatedLabel->setBuddy(m_relatedSkuLineEdit);
    mailForm->addRow(relatedLabel, relatedGrid);
    auto* mailBox = new QGroupBox(tr("In the follow-up e-mails"), this);
    mailBox->setLayout(mailForm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("itemDialogButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ItemDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(stock);
    layout->addWidget(stockBox);
    layout->addWidget(mailBox, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_policyComboBox, &QComboBox::currentIndexChanged, this, &ItemDialog::updateLimitEnabled);
    connect(m_trackedCheckBox, &QCheckBox::toggled, this, &ItemDialog::updateLimitEnabled);
    updateLimitEnabled();
}

ItemDialog::~ItemDialog() = default;

ItemSettings ItemDialog::settings() const
{
    ItemSettings s;
    s.policy = domain::Policy(m_policyComboBox->currentData().toInt());
    if (m_limitSpinBox->value() >= 0)
        s.backorderLimit = m_limitSpinBox->value();
    if (m_expectedDateEdit->date() != ItemsDelegate::noDate())
        s.expectedDate = m_expectedDateEdit->date();
    s.tracked = m_trackedCheckBox->isChecked();
    if (s.tracked && !m_wasTracked)
        s.count = m_countSpinBox->value();
    for (int row = 0; row < m_relatedListWidget->count(); ++row)
        s.related << m_relatedListWidget->item(row)->data(Qt::UserRole).toString();
    s.highlight = m_highlightLineEdit->text().simplified();
    return s;
}

void ItemDialog::accept()
{
    if (m_apply && !m_apply(settings()))
        return; // the page said why; the values stay for correcting
    QDialog::accept();
}

bool ItemDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the SKU field adds it, instead of closing the dialog.
    if (watched == m_relatedSkuLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_relatedSkuLineEdit->text().trimmed().isEmpty()) {
            addRelated();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ItemDialog::updateLimitEnabled()
{
    // A limit only matters to an item that keeps selling without stock.
    m_limitSpinBox->setEnabled(domain::Policy(m_policyComboBox->currentData().toInt()) != domain::Policy::Stop);
    // A count is asked for only when counting starts.
    m_countSpinBox->setEnabled(m_trackedCheckBox->isChecked() && !m_wasTracked);
}

void ItemDialog::addRelated()
{
    const QString sku = m_relatedSkuLineEdit->text().trimmed();
    services::Shop* shop = m_context.shop();
    if (sku.isEmpty() || !shop)
        return;
    for (int row = 0; row < m_relatedListWidget->count(); ++row) {
        if (m_relatedListWidget->item(row)->data(Qt::UserRole).toString() == sku) {
            m_relatedListWidget->setCurrentRow(row);
            m_relatedSkuLineEdit->clear();
            return;
        }
    }
    // The service's own rules (an item of the shop, not this one), nothing saved yet.
    const core::Status allowed = services::MerchandisingService(*shop).checkRelated(m_sku, sku);
    if (!allowed.ok()) {
        m_relatedErrorLabel->setText(errorMessages(allowed.errors()));
        m_relatedErrorLabel->show();
        m_relatedSkuLineEdit->selectAll();
        return;
    }
    appendRelated(sku);
    m_relatedListWidget->setCurrentRow(m_relatedListWidget->count() - 1);
    m_relatedSkuLineEdit->clear();
}

void ItemDialog::removeRelated()
{
    qDeleteAll(m_relatedListWidget->selectedItems());
    m_removeRelatedButton->setEnabled(!m_relatedListWidget->selectedItems().isEmpty());
}

void ItemDialog::appendRelated(const QString& sku)
{
    QString text = sku;
    if (m_queries) {
        const store::Found<domain::Item> found = m_queries->item(sku);
        if (!found)
            m_context.reportError(found.errorText());
        else if (found.value())
            text = tr("%1 — %2").arg(sku, found.value()->name);
    }
    auto* entry = new QListWidgetItem(text, m_relatedListWidget);
    entry->setData(Qt::UserRole, sku);
}

} // namespace bd::ui
