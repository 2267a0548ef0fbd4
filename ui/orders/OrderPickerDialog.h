#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace bd::services {
class ShopQueries;
} // namespace bd::services

namespace bd::ui {

// Picks an order by its number or its customer's name or e-mail: one with units to
// ship (what the toolbar's Ship… asks when no order is selected), or one with units
// shipped (for a return). The oldest order first; Enter takes the highlighted one.
class OrderPickerDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Number, Customer, Placed, Allocated, Shipped, Waiting, ColumnCount };
    enum class Purpose { Ship, Return };

    OrderPickerDialog(services::ShopQueries& queries, Purpose purpose, QWidget* parent = nullptr);

    // The highlighted order's number; empty when none.
    QString currentNumber() const;
    void accept() override;

Q_SIGNALS:
    void picked(const QString& orderNumber);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill();

    services::ShopQueries& m_queries;
    Purpose m_purpose;
    QLineEdit* m_searchLineEdit = nullptr;
    QTreeWidget* m_ordersTree = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
    QPushButton* m_okButton = nullptr;
};

} // namespace bd::ui
