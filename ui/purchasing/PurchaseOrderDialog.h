#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace bd::ui {

class AppContext;

// A new purchase order, or the lines and expected dates of an existing one. Saved as
// one action through services::CatalogService; what the core refuses is shown and
// nothing is saved.
class PurchaseOrderDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty number: a new purchase order.
    PurchaseOrderDialog(AppContext& context, const QString& number, QWidget* parent = nullptr);

    QString number() const;
    // Adds an empty line (new orders and new lines of existing ones).
    void addLine(const QString& sku = {}, int qty = 0, const QDate& expected = {});
    // Saves; true when it was. On refusal the reasons show in the dialog.
    bool save();

private:
    void removeLine();

    AppContext& m_context;
    bool m_existing = false;
    int m_savedRows = 0;
    QLineEdit* m_numberEdit = nullptr;
    QLineEdit* m_supplierEdit = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace bd::ui
