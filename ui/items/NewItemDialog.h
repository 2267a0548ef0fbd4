#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bd::ui {

class AppContext;

// One new item entered by hand: SKU, name, price in the shop's currency, what is on
// hand, how it sells without stock and when more is expected. Create adds it through
// the catalogue as one action; a refusal (a SKU the shop has, a price that is not one)
// is shown under the form and the dialog stays open to correct it.
class NewItemDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewItemDialog(AppContext& context, QWidget* parent = nullptr);

    // The SKU of the item created; empty until one was.
    const QString& createdSku() const { return m_createdSku; }

    void accept() override;

private:
    void updateButtons();
    void showProblem(const QString& text);

    AppContext& m_context;
    QString m_currency;
    QLineEdit* m_skuLineEdit = nullptr;
    QLineEdit* m_nameLineEdit = nullptr;
    QLineEdit* m_priceLineEdit = nullptr;
    QSpinBox* m_onHandSpinBox = nullptr;
    QComboBox* m_policyComboBox = nullptr;
    QDateEdit* m_expectedDateEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_createButton = nullptr;
    QString m_createdSku;
};

} // namespace bd::ui
