#include "ShipDialog.h"

#include "domain/LocaleFormat.h"

#include "AppContext.h"
#include "common/Prompter.h"
#include "models/OrdersModel.h"
#include "orders/LineQuantitiesTable.h"
#include "services/ShippingService.h"
#include "services/Shop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

namespace bd::ui {

namespace {

// The carriers used before, newest first, offered again.
const QString carriersKey = QStringLiteral("ship/carriers");
constexpr int rememberedCarriers = 8;

} // namespace

ShipDialog::ShipDialog(AppContext& context, const QString& orderNumber, QWidget* parent)
    : OrderLinesDialog(
        context, orderNumber,
        { tr("SKU"), tr("Item"), tr("Ordered"), tr("Allocated"), tr("Shipped before"), tr("Ship now") },
        tr("Ship"), QStringLiteral("shipOkButton"), parent)
{
    setObjectName(QStringLiteral("shipDialog"));
    setWindowTitle(tr("Ship order %1").arg(orderNumber));

    m_carrierComboBox = new QComboBox(this);
    m_carrierComboBox->setObjectName(QStringLiteral("carrierComboBox"));
    m_carrierComboBox->setEditable(true);
    m_carrierComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_carrierComboBox->addItems(QSettings().value(carriersKey).toStringList());
    m_carrierComboBox->setCurrentIndex(m_carrierComboBox->count() > 0 ? 0 : -1);
    m_carrierComboBox->setToolTip(
        tr("Who carries the parcel; the customer reads it with the tracking number"));
    m_trackingLineEdit = new QLineEdit(this);
    m_trackingLineEdit->setObjectName(QStringLiteral("trackingLineEdit"));
    m_trackingLineEdit->setPlaceholderText(tr("may be left empty"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Carrier:"), m_carrierComboBox);
    form->addRow(tr("&Tracking number:"), m_trackingLineEdit);
    fieldsLayout()->addLayout(form);

    m_partialCheckBox = new QCheckBox(this);
    m_partialCheckBox->setObjectName(QStringLiteral("partialCheckBox"));
    connect(m_partialCheckBox, &QCheckBox::toggled, this, &ShipDialog::updateState);
    m_unpaidCheckBox = new QCheckBox(this);
    m_unpaidCheckBox->setObjectName(QStringLiteral("unpaidCheckBox"));
    connect(m_unpaidCheckBox, &QCheckBox::toggled, this, &ShipDialog::updateState);
    fieldsLayout()->addWidget(m_partialCheckBox);
    fieldsLayout()->addWidget(m_unpaidCheckBox);
    resize(720, 460);
    load();
}

void ShipDialog::load()
{
    if (!loadOrder())
        return;
    m_introLabel->setText(
        tr("Order %1 for %2, payment %3.")
            .arg(m_order.number, customerName(), OrdersModel::paymentName(m_order.payment).toLower()));
    // A pre-order line before its release ships nothing now, whatever it holds.
    QHash<qint64, QDate> unreleased;
    if (services::Shop* shop = m_context.shop()) {
        const core::Result<QHash<qint64, QDate>> found = services::ShippingService(*shop).notYetReleased(m_order);
        if (found)
            unreleased = found.value();
        else
            m_context.reportError(found.errorText());
    }
    for (const domain::OrderLine& line : std::as_const(m_order.lines)) {
        if (line.qty == line.cancelled && line.allocated == 0)
            continue;
        const QDate release = unreleased.value(line.id);
        const int most = release.isValid() ? 0 : line.allocated;
        const QString name = release.isValid()
            ? tr("%1 (released on %2)").arg(line.itemName, domain::LocaleFormat().date(release))
            : line.itemName;
        m_linesTable->addLine(line.id, line.sku, name, { line.qty - line.cancelled, line.allocated, line.shipped },
                              most, most, tr("Units of %1 to ship now").arg(line.sku));
    }
    const bool captured = m_order.payment == domain::PaymentState::Captured;
    m_unpaidCheckBox->setText(tr("Ship although the payment is %1, not captured")
                                  .arg(OrdersModel::paymentName(m_order.payment).toLower()));
    m_unpaidCheckBox->setVisible(!captured);
    updateState();
}

int ShipDialog::unitsToCome() const
{
    int units = 0;
    for (const domain::OrderLine& line : m_order.lines)
        units += line.waiting + line.allocated;
    return units - m_linesTable->total();
}

void ShipDialog::updateState()
{
    const int now = m_linesTable->total();
    const int toCome = unitsToCome();
    const bool partial = now > 0 && toCome > 0;
    const bool held = partial && m_order.holdUntilComplete;
    const QLocale locale;
    QString summary;
    if (now == 0)
        summary = tr("Choose how many units of each line to ship now.");
    else if (held)
        summary = tr("Order %1 is held until complete: it ships when all of it can go together.")
                      .arg(m_order.number);
    else if (partial)
        summary = tr("Shipping now: %1. Still to come, at no extra shipping cost: %2.")
                      .arg(locale.toString(now), locale.toString(toCome));
    else
        summary = tr("Shipping now: %1, the whole order.").arg(locale.toString(now));
    m_summaryLabel->setText(summary);
    m_partialCheckBox->setText(
        tr("Ship a partial shipment now; the rest (%1) follows later").arg(locale.toString(toCome)));
    m_partialCheckBox->setVisible(partial && !held);
    const bool captured = m_order.payment == domain::PaymentState::Captured;
    m_okButton->setText(partial ? tr("Ship part now") : tr("Ship"));
    m_okButton->setEnabled(now > 0 && !held && (!partial || m_partialCheckBox->isChecked())
                           && (captured || m_unpaidCheckBox->isChecked()));
}

void ShipDialog::accept()
{
    services::Shop* shop = m_context.shop();
    if (!shop || !m_okButton->isEnabled())
        return;
    services::ShipOptions options;
    services::ShipChoice choice;
    choice.quantities = m_linesTable->quantities();
    options.partial = !m_partialCheckBox->isHidden() && m_partialCheckBox->isChecked();
    options.allowUnpaid = m_unpaidCheckBox->isChecked();
    choice.carrier = m_carrierComboBox->currentText().trimmed();
    options.tracking = m_trackingLineEdit->text().trimmed();
    const core::Result<services::Shipment> done
        = services::ShippingService(*shop).ship(m_order.number, options, choice);
    if (!done) {
        m_context.prompter().warn(this, tr("Order %1 not shipped").arg(m_order.number), done.errorText());
        return;
    }
    if (!choice.carrier.isEmpty()) {
        QStringList carriers = QSettings().value(carriersKey).toStringList();
        carriers.removeAll(choice.carrier);
        carriers.prepend(choice.carrier);
        QSettings().setValue(carriersKey, carriers.mid(0, rememberedCarriers));
    }
    int units = 0;
    for (const services::ShippedLine& line : done->lines)
        units += line.qty;
    Q_EMIT shipped(
        done->partial
            ? tr("Order %1: %Ln unit(s) shipped, the rest follows", nullptr, units).arg(m_order.number)
            : tr("Order %1 shipped: %Ln unit(s)", nullptr, units).arg(m_order.number));
    QDialog::accept();
}

} // namespace bd::ui
