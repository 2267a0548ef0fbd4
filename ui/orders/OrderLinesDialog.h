#pragma once

#include "domain/Types.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace bd::ui {

class AppContext;
class LineQuantitiesTable;

// What the Ship and Return dialogs share: the order's lines with a quantity to choose
// per line, a sentence on what the choice does, and an OK button that is the default
// (Enter) whenever it is enabled. A subclass adds its fields and decides when OK may.
class OrderLinesDialog : public QDialog
{
    Q_OBJECT

public:
    QString orderNumber() const { return m_order.number; }
    // The spin box of a line's quantity; null when the order has no such line.
    QSpinBox* quantitySpinBox(const QString& sku) const;

protected:
    // headers: the lines' columns, the quantity's last. okName: the OK button's object name.
    OrderLinesDialog(AppContext& context, const QString& orderNumber, const QStringList& headers,
                     const QString& okText, const QString& okName, QWidget* parent);

    // Where a subclass puts its fields, between the lines and the summary.
    QVBoxLayout* fieldsLayout() const { return m_fieldsLayout; }
    // Reads the order; false, with the reason shown and OK off, when it cannot.
    bool loadOrder();
    // The customer as the merchant knows them: the name, else the e-mail.
    QString customerName() const;
    // Called whenever a quantity changes.
    virtual void updateState() = 0;

    AppContext& m_context;
    domain::Order m_order;
    QLabel* m_introLabel = nullptr;
    LineQuantitiesTable* m_linesTable = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QPushButton* m_okButton = nullptr;

private:
    QVBoxLayout* m_fieldsLayout = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace bd::ui
