#include "ReportDialog.h"

#include "common/DateField.h"

#include "AppContext.h"
#include "reports/ReportService.h"
#include "store/Database.h"
#include "reports/ReportPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace bd::ui {

ReportDialog::ReportDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Reports"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (const reports::ReportSpec& s : reports::ReportService::specs())
        m_kind->addItem(s.title, int(s.kind));
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_sku = new QLineEdit(this);
    m_sku->setObjectName(QStringLiteral("reportSku"));
    m_receipt = new QLineEdit(this);
    m_receipt->setObjectName(QStringLiteral("reportReceipt"));
    m_order = new QLineEdit(this);
    m_order->setObjectName(QStringLiteral("reportOrder"));
    m_order->setPlaceholderText(tr("every order ready to ship"));
    const QDate today = m_context.clock().today();
    m_usePeriod = new QCheckBox(tr("Choose the period (else the last %1 days)").arg(reports::ReportService::DefaultPeriodDays), this);
    m_from = new QDateEdit(today.addDays(1 - reports::ReportService::DefaultPeriodDays), this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        useWindowDateFormat(edit);
    }
    m_bucket = new QComboBox(this);
    m_bucket->addItem(tr("By the period's length"), int(reports::ReportParams::Bucket::Auto));
    m_bucket->addItem(tr("Per week"), int(reports::ReportParams::Bucket::Week));
    m_bucket->addItem(tr("Per month"), int(reports::ReportParams::Bucket::Month));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(QString(), m_description);
    form->addRow(tr("&SKU:"), m_sku);
    form->addRow(tr("R&eceipt reference:"), m_receipt);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(QString(), m_usePeriod);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Per:"), m_bucket);

    m_buttons = new QDialogButtonBox(this);
    QPushButton* preview = m_buttons->addButton(tr("&Preview\u2026"), QDialogButtonBox::AcceptRole);
    preview->setObjectName(QStringLiteral("reportBuild"));
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::build);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateFields);
    connect(m_usePeriod, &QCheckBox::toggled, this, &ReportDialog::updateFields);
    updateFields();
}

ReportDialog::~ReportDialog()
{
    // Never leave a worker behind on a closed dialog.
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void ReportDialog::setKind(reports::ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

reports::ReportKind ReportDialog::kind() const
{
    return reports::ReportKind(m_kind->currentData().toInt());
}

reports::ReportParams ReportDialog::params() const
{
    const reports::ReportSpec& spec = reports::ReportService::spec(kind());
    reports::ReportParams p;
    if (spec.sku)
        p.sku = m_sku->text().trimmed();
    if (spec.receipt)
        p.receiptRef = m_receipt->text().trimmed();
    if (spec.order)
        p.orderNumber = m_order->text().trimmed();
    if (spec.period && m_usePeriod->isChecked()) {
        p.from = m_from->date();
        p.to = m_to->date();
    }
    if (spec.kind == reports::ReportKind::Rate)
        p.bucket = reports::ReportParams::Bucket(m_bucket->currentData().toInt());
    return p;
}

void ReportDialog::updateFields()
{
    const reports::ReportSpec& spec = reports::ReportService::spec(kind());
    m_description->setText(spec.description);
    m_sku->setEnabled(spec.sku && !isBuilding());
    m_sku->setPlaceholderText(spec.skuRequired ? tr("required") : tr("every item"));
    m_receipt->setEnabled(spec.receipt && !isBuilding());
    m_order->setEnabled(spec.order && !isBuilding());
    m_usePeriod->setEnabled(spec.period && !isBuilding());
    m_from->setEnabled(spec.period && m_usePeriod->isChecked() && !isBuilding());
    m_to->setEnabled(spec.period && m_usePeriod->isChecked() && !isBuilding());
    m_bucket->setEnabled(spec.kind == reports::ReportKind::Rate && !isBuilding());
    m_kind->setEnabled(!isBuilding());
    // Only the fields the chosen report reads are shown.
    m_form->setRowVisible(m_sku, spec.sku);
    m_form->setRowVisible(m_receipt, spec.receipt);
    m_form->setRowVisible(m_order, spec.order);
    m_form->setRowVisible(m_usePeriod, spec.period);
    m_form->setRowVisible(m_from, spec.period && m_usePeriod->isChecked());
    m_form->setRowVisible(m_to, spec.period && m_usePeriod->isChecked());
    m_form->setRowVisible(m_bucket, spec.kind == reports::ReportKind::Rate);
    adjustSize();
    if (QPushButton* b = findChild<QPushButton*>(QStringLiteral("reportBuild")))
        b->setEnabled(!isBuilding() && m_context.hasDatabase());
}

void ReportDialog::build()
{
    if (isBuilding())
        return;
    if (!m_context.hasDatabase()) {
        m_status->setText(tr("Open a shop first."));
        return;
    }
    const reports::ReportSpec& spec = reports::ReportService::spec(kind());
    if (spec.skuRequired && m_sku->text().trimmed().isEmpty()) {
        m_status->setText(tr("The %1 report is for one SKU: enter it.").arg(spec.title));
        m_sku->setFocus();
        return;
    }
    if (spec.receipt && m_receipt->text().trimmed().isEmpty()) {
        m_status->setText(tr("The %1 is for one receipt: enter its reference.").arg(spec.title));
        m_receipt->setFocus();
        return;
    }
    const QString path = m_context.database()->path();
    const core::Clock& clock = m_context.clock();
    const reports::ReportKind k = kind();
    const reports::ReportParams p = params();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Building the report\u2026"));
    QPointer<ReportDialog> self(this);
    // The worker opens its own connection: a Database belongs to the thread that opened it.
    m_thread = QThread::create([self, path, &clock, k, p, cancel] {
        std::shared_ptr<reports::Report> report;
        QString error;
        {
            store::OpenOptions options;
            options.mustExist = true;
            options.verifyPages = false;
            auto db = store::Database::open(path, options);
            if (!db) {
                error = db.errorText();
            } else {
                reports::ReportService service(*db.value(), clock);
                auto built = service.build(
                    k, p,
                    [self](int percent, const QString& step) {
                        QMetaObject::invokeMethod(
                            self, [self, percent, step] {
                                if (self) {
                                    self->m_progress->setValue(percent);
                                    self->m_status->setText(step);
                                }
                            },
                            Qt::QueuedConnection);
                    },
                    cancel.get());
                if (built)
                    report = std::make_shared<reports::Report>(built.takeValue());
                else
                    error = built.errorText();
            }
        }
        QMetaObject::invokeMethod(
            self, [self, report, error] {
                if (self)
                    self->finished(report, error);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    updateFields();
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
}

void ReportDialog::cancelBuild()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReportDialog::reject()
{
    if (isBuilding()) {
        cancelBuild();
        return;
    }
    QDialog::reject();
}

void ReportDialog::finished(std::shared_ptr<reports::Report> report, const QString& error)
{
    if (m_thread)
        m_thread->wait();
    m_thread = nullptr;
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    updateFields();
    if (!report) {
        m_status->setText(error);
        emit buildFailed(error);
        return;
    }
    m_status->clear();
    emit reportReady(*report);
    if (m_opensPreview) {
        auto* preview = new ReportPreview(*report, this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->open();
    }
}

} // namespace bd::ui
