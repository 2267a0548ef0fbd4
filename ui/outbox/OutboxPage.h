#pragma once

#include "common/Page.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace bd::ui {

class OutboxModel;
class SearchField;

// The e-mail outbox: every message the shop queued, filtered by state, with a
// preview of the selected one (subject, recipient, the plain text and the HTML part
// with remote content off), and Retry, Cancel, Queue due e-mails and Send now: what the
// schedule says is due is queued as a step of its own, to be looked at before it goes.
// Queueing and sending run in the background, with progress and Cancel.
class OutboxPage : public Page
{
    Q_OBJECT

public:
    explicit OutboxPage(AppContext& context, QWidget* parent = nullptr);
    ~OutboxPage() override;

    QString title() const override { return tr("Outbox"); }
    QIcon icon() const override;
    void reload() override;
    // state=pending|sending|sent|failed|cancelled (anything else: all).
    void applyRoute(const QUrlQuery& query) override;
    // Queues what the schedule says is due (follow-ups, countdowns, …), in the background.
    void queueDue();
    // Sends the pending mail in the background. Without a mail server set up it says
    // what to set and offers Settings instead.
    void sendNow();
    // Whether a queueing or sending started here is still running.
    bool isSending() const { return m_sending; }

    OutboxModel* model() const { return m_model; }

private:
    void setStateFilter(const QString& state);
    void showSelected();
    qint64 selectedId() const;
    void retrySelected();
    void cancelSelected();
    void updateActions();
    void afterChange(const QString& message);
    // Shows the first message when none is current and the list has any.
    void showFirstIfNone();
    // False (after saying what to set up, and offering Settings) when no mail server is.
    bool mailServerSetUp();

    OutboxModel* m_model = nullptr;
    QComboBox* m_stateCombo = nullptr;
    QComboBox* m_kindCombo = nullptr;
    SearchField* m_searchLineEdit = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_subjectLabel = nullptr;
    QLabel* m_recipientLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPlainTextEdit* m_textView = nullptr;
    QTextBrowser* m_htmlView = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_queueButton = nullptr;
    QPushButton* m_sendButton = nullptr;
    bool m_sending = false;
    // E-mails were queued: the list read again shows its first message when none is
    // current (any other reading keeps the merchant's place, even with nothing current).
    bool m_showFirstWhenRead = false;
};

} // namespace bd::ui
