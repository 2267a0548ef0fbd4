#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace bd::ui {

class AppContext;

// Cancels an order, or one line of it, with two texts kept apart: the reason, for the
// shop's records and reports and never sent, and an optional message to the customer.
// The cancellation e-mail is shown as the customer will read it, the template's wording
// around the message, and follows the message as it is typed.
class CancelDialog : public QDialog
{
    Q_OBJECT

public:
    // sku: the line to cancel; empty for every open unit of the order.
    CancelDialog(AppContext& context, const QString& orderNumber, const QString& sku, QWidget* parent = nullptr);

    // The e-mail as shown now (subject and plain text), or why none is sent.
    QString previewText() const;

    // Cancels; stays open and says why when the core refuses.
    void accept() override;

Q_SIGNALS:
    void cancelled(const QString& statusMessage);

private:
    void updatePreview();

    AppContext& m_context;
    QString m_orderNumber;
    QString m_sku;
    QLineEdit* m_reasonLineEdit = nullptr;
    QPlainTextEdit* m_messageTextEdit = nullptr;
    QTextBrowser* m_previewTextBrowser = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace bd::ui
