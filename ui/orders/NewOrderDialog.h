#pragma once

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTimer;
class QToolButton;

namespace bd::domain {
struct NewOrder;
}
namespace bd::services {
class ShopQueries;
}
namespace bd::services {
struct PlacedOrder;
}

namespace bd::ui {

class SkuCompletion;

class AppContext;

// Enters an order by hand. As the merchant types, the same rules as placing it run on
// a transaction that is rolled back (OrderService::preview), and each line says what
// ships now and what will wait, and until when; a refusal (a stop item out of stock,
// a backorder limit) is explained before anything is saved, and Save stays disabled.
class NewOrderDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewOrderDialog(AppContext& context, QWidget* parent = nullptr);
    ~NewOrderDialog() override;

    // Lines shown (each row: SKU, quantity, unit price, what happens).
    int lineCount() const { return int(m_lines.size()); }
    void addLine();
    // Runs the preview now instead of after the typing pause.
    void previewNow();
    bool canSave() const;
    // What the preview says for a line, and what stops the order from being saved.
    QString lineOutcome(int line) const;
    QString problemsText() const;
    // The warnings that the payment lapses before a line's promised date, and the
    // order's total.
    QString lapseWarningText() const;
    QString orderTotalText() const;

    // Saves the order (Save); stays open and explains why when it is refused.
    void accept() override;

Q_SIGNALS:
    void orderPlaced(const QString& number);

private:
    struct LineRow
    {
        QLineEdit* sku = nullptr;
        QSpinBox* qty = nullptr;
        QLineEdit* price = nullptr;
        QLabel* outcome = nullptr;
        QLabel* name = nullptr;
        QLabel* total = nullptr;
        QToolButton* remove = nullptr;
    };

    void schedulePreview();
    void removeLine(QToolButton* button);
    void updateEmailCompletions(const QString& text);
    void fillKnownCustomer();
    void updateItemOf(int line);
    // The order the fields describe; false with a note when something cannot be read.
    bool buildOrder(domain::NewOrder* order, QStringList* problems, QList<int>* rowOfLine) const;
    void setSaveEnabled(bool enabled);
    QStringList lapseWarnings(const domain::NewOrder& order, const services::PlacedOrder& placed,
                              const QList<int>& rowOfLine) const;

    AppContext& m_context;
    std::unique_ptr<services::ShopQueries> m_queries;
    QLineEdit* m_numberLineEdit = nullptr;
    QLineEdit* m_emailLineEdit = nullptr;
    QLineEdit* m_nameLineEdit = nullptr;
    QComboBox* m_paymentComboBox = nullptr;
    QLineEdit* m_cardLast4LineEdit = nullptr;
    QLineEdit* m_cardExpiryLineEdit = nullptr;
    QCheckBox* m_holdCheckBox = nullptr;
    QGridLayout* m_linesLayout = nullptr;
    QPushButton* m_addLineButton = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QLabel* m_lapseLabel = nullptr;
    QLabel* m_totalLabel = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
    SkuCompletion* m_skuCompletion = nullptr;
    QStringListModel* m_emailCompletions = nullptr;
    QTimer* m_previewTimer = nullptr;
    QList<LineRow> m_lines;
    int m_nextRow = 1;
    bool m_previewOk = false;
};

} // namespace bd::ui
