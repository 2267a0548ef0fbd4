#include "OutboxPage.h"

#include "AppContext.h"
#include "common/Prompter.h"
#include "common/SearchField.h"
#include "common/TaskRunner.h"
#include "domain/LocaleFormat.h"
#include "mail/Delivery.h"
#include "mail/Outbox.h"
#include "mail/SmtpTransport.h"
#include "mail/Templates.h"
#include "models/OutboxModel.h"
#include "services/MailService.h"
#include "services/Shop.h"
#include "settings/SmtpPassword.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace bd::ui {

namespace {

// Shows a message's HTML without fetching anything: an e-mail may point at remote
// images (tracking pixels); the preview loads none and follows no link.
class OfflineTextBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl& name) override
    {
        Q_UNUSED(type)
        Q_UNUSED(name)
        return {};
    }
};

const QStringList States = { QString(), store::messageState::Pending, store::messageState::Sending, store::messageState::Sent,
                             store::messageState::Failed, store::messageState::Cancelled };

} // namespace

OutboxPage::OutboxPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("outboxPage"));
    m_model = new OutboxModel(this);
    // The list is read on a worker: the count and the detail follow when it arrives.
    connect(m_model, &OutboxModel::loaded, this, [this] {
        if (m_showFirstWhenRead && !m_model->isLoading()) {
            m_showFirstWhenRead = false;
            showFirstIfNone();
            return;
        }
        showSelected();
    });
    m_model->setErrorHandler([this](const QString& error) { m_context.reportError(error); });

    auto* layout = new QVBoxLayout(this);
    // What to show: the one search (customer or order), the kind and the state.
    auto* filters = new QHBoxLayout;
    m_searchLineEdit = new SearchField(QStringLiteral("outboxSearchLineEdit"),
                                       tr("Search order number, customer or e-mail"), tr("Search the outbox"), this);
    filters->addWidget(m_searchLineEdit, 1);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_kindCombo->addItem(tr("Every kind"), QString());
    for (const QString& kind : mail::Templates::kinds())
        m_kindCombo->addItem(OutboxModel::kindName(kind), kind);
    filters->addWidget(m_kindCombo);
    filters->addWidget(new QLabel(tr("Show:"), this));
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("stateComboBox"));
    for (const QString& state : States)
        m_stateCombo->addItem(state.isEmpty() ? tr("All messages") : OutboxModel::stateName(state), state);
    filters->addWidget(m_stateCombo);
    layout->addLayout(filters);

    auto* bar = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    bar->addWidget(m_countLabel, 1);
    m_retryButton = new QPushButton(tr("&Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setToolTip(tr("Send a failed or cancelled message again on the next run"));
    m_cancelButton = new QPushButton(tr("&Cancel message"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Do not send this message"));
    m_queueButton = new QPushButton(tr("&Queue due e-mails"), this);
    m_queueButton->setObjectName(QStringLiteral("queueDueButton"));
    m_queueButton->setToolTip(tr("Add the follow-ups, countdowns and notices that are due to the outbox, to look "
                                 "at before sending"));
    m_sendButton = new QPushButton(tr("&Send now"), this);
    m_sendButton->setObjectName(QStringLiteral("sendNowButton"));
    m_sendButton->setToolTip(tr("Send every pending e-mail now"));
    bar->addWidget(m_retryButton);
    bar->addWidget(m_cancelButton);
    bar->addSpacing(12);
    bar->addWidget(m_queueButton);
    bar->addWidget(m_sendButton);
    layout->addLayout(bar);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("outboxSplitter"));
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("outboxTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(OutboxModel::Id, 60);
    m_table->horizontalHeader()->resizeSection(OutboxModel::Created, 150);
    m_table->horizontalHeader()->resizeSection(OutboxModel::Kind, 180);
    m_table->horizontalHeader()->resizeSection(OutboxModel::Subject, 320);
    m_table->horizontalHeader()->resizeSection(OutboxModel::Recipient, 200);

    auto* preview = new QWidget(m_splitter);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_subjectLabel = new QLabel(preview);
    m_subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    m_subjectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subjectLabel->setWordWrap(true);
    m_recipientLabel = new QLabel(preview);
    m_recipientLabel->setObjectName(QStringLiteral("recipientLabel"));
    m_recipientLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel = new QLabel(preview);
    m_stateLabel->setObjectName(QStringLiteral("messageStateLabel"));
    m_stateLabel->setWordWrap(true);
    form->addRow(tr("Subject:"), m_subjectLabel);
    form->addRow(tr("To:"), m_recipientLabel);
    form->addRow(tr("State:"), m_stateLabel);
    previewLayout->addLayout(form);
    auto* tabs = new QTabWidget(preview);
    m_htmlView = new OfflineTextBrowser(tabs);
    m_htmlView->setObjectName(QStringLiteral("htmlTextBrowser"));
    m_htmlView->setOpenLinks(false);
    m_htmlView->setOpenExternalLinks(false);
    m_textView = new QPlainTextEdit(tabs);
    m_textView->setObjectName(QStringLiteral("textPlainTextEdit"));
    m_textView->setReadOnly(true);
    tabs->addTab(m_htmlView, tr("HTML"));
    tabs->addTab(m_textView, tr("Plain text"));
    previewLayout->addWidget(tabs, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("outbox/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("outbox/header")).toByteArray());

    connect(m_stateCombo, &QComboBox::currentIndexChanged, this,
            [this] { setStateFilter(m_stateCombo->currentData().toString()); });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setKindFilter(m_kindCombo->currentData().toString());
        showSelected();
    });
    // A search runs when typing pauses (or at Return), on the model's reader.
    connect(m_searchLineEdit, &SearchField::searchRequested, this, [this] {
        m_model->setSearch(m_searchLineEdit->words());
        showSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPage::showFirstIfNone);
    connect(m_retryButton, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &OutboxPage::cancelSelected);
    connect(m_queueButton, &QPushButton::clicked, this, &OutboxPage::queueDue);
    connect(m_sendButton, &QPushButton::clicked, this, &OutboxPage::sendNow);
    connect(&m_context, &AppContext::databaseAboutToClose, this, [this] { m_model->setShop(nullptr); });
    updateActions();
}

OutboxPage::~OutboxPage()
{
    QSettings settings;
    settings.setValue(QStringLiteral("outbox/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("outbox/header"), m_table->horizontalHeader()->saveState());
}

QIcon OutboxPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DialogSaveButton);
}

void OutboxPage::reload()
{
    const qint64 selected = selectedId();
    services::Shop* shop = m_context.shop();
    if (m_model->rowCount() == 0 || shop == nullptr)
        m_model->setShop(shop);
    else
        m_model->reload();
    if (selected > 0) {
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_table->selectRow(row);
    }
    showSelected();
}

void OutboxPage::applyRoute(const QUrlQuery& query)
{
    const QString state = query.queryItemValue(QStringLiteral("state"));
    const int index = m_stateCombo->findData(States.contains(state) ? state : QString());
    m_stateCombo->setCurrentIndex(std::max(index, 0));
}

void OutboxPage::setStateFilter(const QString& state)
{
    m_model->setStateFilter(state);
    showSelected();
}

qint64 OutboxPage::selectedId() const
{
    const store::OutboxRow* row = m_model->messageAt(m_table->currentIndex().row());
    return row ? row->id : 0;
}

void OutboxPage::showFirstIfNone()
{
    // Something is shown in the preview when there is something to show: when the list
    // is read anew, and after e-mails were queued (the merchant is asked to look them over).
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showSelected();
}

void OutboxPage::showSelected()
{
    const store::OutboxRow* m = m_model->messageAt(m_table->currentIndex().row());
    m_countLabel->setText(m_context.shop() ? tr("%n message(s)", nullptr, m_model->totalCount()) : QString());
    if (!m) {
        m_subjectLabel->clear();
        m_recipientLabel->clear();
        m_stateLabel->clear();
        m_textView->clear();
        m_htmlView->clear();
        updateActions();
        return;
    }
    m_subjectLabel->setText(m->subject);
    m_recipientLabel->setText(m->recipientName.isEmpty()
                                  ? m->recipient
                                  : QStringLiteral("%1 <%2>").arg(m->recipientName, m->recipient));
    QString state = OutboxModel::stateName(m->state);
    if (m->state == store::messageState::Sent && m->sentAt.isValid())
        state = tr("Sent %1").arg(domain::LocaleFormat().longDateTime(m->sentAt));
    else if (m->state == store::messageState::Pending && m->dueAt.isValid())
        state = tr("Pending, due %1").arg(domain::LocaleFormat().dateTime(m->dueAt));
    if (m->attempts > 0)
        state += tr(" · %n attempt(s)", nullptr, m->attempts);
    if (!m->lastError.isEmpty())
        state += tr(" · last error: %1").arg(m->lastError);
    m_stateLabel->setText(state);
    m_textView->setPlainText(m->bodyText);
    m_htmlView->setHtml(m->bodyHtml);
    updateActions();
}

void OutboxPage::updateActions()
{
    const store::OutboxRow* m = m_model->messageAt(m_table->currentIndex().row());
    const bool open = m_context.shop() != nullptr;
    m_retryButton->setEnabled(open && m
                              && (m->state == store::messageState::Failed || m->state == store::messageState::Cancelled));
    m_cancelButton->setEnabled(open && m && (m->state == store::messageState::Pending || m->state == store::messageState::Failed));
    m_sendButton->setEnabled(open && !m_sending);
    m_queueButton->setEnabled(open && !m_sending);
    m_stateCombo->setEnabled(open);
}

void OutboxPage::afterChange(const QString& message)
{
    Q_EMIT statusMessage(message);
    m_context.notifyShopChanged();
    reload();
}

void OutboxPage::retrySelected()
{
    services::Shop* shop = m_context.shop();
    const qint64 id = selectedId();
    if (!shop || id <= 0)
        return;
    if (core::Status s = services::MailService(*shop).retry(id); !s.ok()) {
        m_context.prompter().warn(this, tr("Retry"), tr("Message %1 cannot be sent again: %2").arg(id).arg(s.errorText()));
        return;
    }
    afterChange(tr("Message %1 is pending again; the next run sends it unless it no longer applies by then").arg(id));
}

void OutboxPage::cancelSelected()
{
    services::Shop* shop = m_context.shop();
    const qint64 id = selectedId();
    if (!shop || id <= 0)
        return;
    if (!m_context.prompter().confirm(this, tr("Cancel message"),
                                      tr("Do not send message %1 to %2?")
                                          .arg(id)
                                          .arg(m_model->messageAt(m_table->currentIndex().row())->recipient)))
        return;
    if (core::Status s = services::MailService(*shop).cancel(id); !s.ok()) {
        m_context.prompter().warn(this, tr("Cancel message"),
                                  tr("Message %1 cannot be cancelled: %2").arg(id).arg(s.errorText()));
        return;
    }
    afterChange(tr("Message %1 cancelled").arg(id));
}

void OutboxPage::queueDue()
{
    if (!m_context.shop() || m_sending)
        return;
    m_sending = true;
    updateActions();
    auto schedule = std::make_shared<mail::ScheduleReport>();
    TaskRunner* task = TaskRunner::start(
        m_context, tr("Queueing e-mails"),
        [schedule](TaskEnv& env) -> core::Status {
            env.progress(0, 0, tr("Queueing the e-mails that are due"));
            const core::Result<mail::ScheduleReport> done = services::MailService(env.shop()).runSchedule();
            if (!done)
                return done.errors();
            *schedule = done.value();
            return {};
        },
        this, TaskRunner::Effect::ChangesShop);
    connect(task, &TaskRunner::finished, this, [this, schedule](const core::Status& status) {
        m_sending = false;
        m_showFirstWhenRead = status.ok() && schedule->queued > 0;
        reload();
        updateActions();
        if (!status.ok()) {
            m_context.prompter().warn(this, tr("Queue due e-mails"), status.errorText());
            return;
        }
        QString summary = schedule->queued
            ? tr("%n e-mail(s) queued: look them over, then Send now", nullptr, schedule->queued)
            : tr("No e-mail is due");
        if (schedule->cancelled)
            summary += tr("; %n no longer needed and cancelled", nullptr, schedule->cancelled);
        Q_EMIT statusMessage(summary);
    });
}

bool OutboxPage::mailServerSetUp()
{
    const core::Result<bool> set = services::MailService(*m_context.shop()).mailServerChosen();
    if (!set) {
        m_context.reportError(set.errorText());
        return false;
    }
    if (set.value())
        return true;
    if (m_context.prompter().confirm(
            this, tr("No mail server"),
            tr("No mail server is set up, so nothing was sent; the e-mails wait in the outbox.\n\n"
               "Set your provider's SMTP server, port, security and user under Settings › Mail server (SMTP). "
               "Open Settings now?")))
        m_context.navigate(QStringLiteral("settings?section=smtp"));
    return false;
}

void OutboxPage::sendNow()
{
    if (!m_context.shop() || m_sending || !mailServerSetUp())
        return;
    bool cancelled = false;
    const core::Result<mail::SmtpSettings> settings = SmtpPassword::settingsForSending(m_context, this, &cancelled);
    if (!settings) {
        if (!cancelled)
            m_context.prompter().warn(
                this, tr("Send mail"),
                tr("The mail cannot be sent: %1\nSet up the mail server under Settings › Mail server (SMTP).")
                    .arg(settings.errorText()));
        return;
    }
    m_sending = true;
    updateActions();
    auto report = std::make_shared<mail::DeliveryReport>();
    const mail::SmtpSettings smtp = settings.value();
    TaskRunner* task = TaskRunner::start(
        m_context, tr("Sending mail"),
        [smtp, report](TaskEnv& env) -> core::Status {
            services::MailService mailing(env.shop());
            mail::SmtpTransport transport(smtp);
            mail::Delivery delivery = mailing.delivery();
            delivery.setProgress([&env](int done, int total) {
                env.progress(done, total, tr("Sending message %1 of %2").arg(done + 1).arg(total));
                return !env.cancelled();
            });
            *report = delivery.send(transport);
            if (env.cancelled())
                return core::fail(tr("cancelled after %n message(s)", nullptr, report->sent));
            if (!report->problems.isEmpty())
                return core::fail(report->problems.join(QLatin1Char('\n')));
            return {};
        },
        this, TaskRunner::Effect::ChangesShop);
    connect(task, &TaskRunner::finished, this, [this, report](const core::Status& status) {
        m_sending = false;
        const QString summary = tr("%n e-mail(s) sent", nullptr, report->sent)
            + (report->retrying ? tr(", %n to try again later", nullptr, report->retrying) : QString())
            + (report->failed ? tr(", %n failed", nullptr, report->failed) : QString());
        reload();
        updateActions();
        Q_EMIT statusMessage(summary);
        if (!status.ok())
            m_context.prompter().warn(this, tr("Send mail"), summary + QStringLiteral("\n\n") + status.errorText());
    });
}

} // namespace bd::ui
