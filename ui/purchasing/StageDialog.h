#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace bd::ui {

class AppContext;

// Records where a purchase order is on its way (ordered … at the warehouse), with the
// date, a note for the customers and, when the stage brings one, a new expected date.
// OK records it as one action: the waiting customers the order serves get a stock
// update; the dialog stays open with the problem when it cannot be recorded.
class StageDialog : public QDialog
{
    Q_OBJECT

public:
    StageDialog(AppContext& context, const QString& poNumber, QWidget* parent = nullptr);

    // How many waiting orders the recorded stage told (after accepted()).
    int ordersTold() const { return m_ordersTold; }

private:
    void record();

    AppContext& m_context;
    QString m_poNumber;
    QComboBox* m_stageCombo = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QCheckBox* m_expectedCheck = nullptr;
    QDateEdit* m_expectedEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    int m_ordersTold = 0;
};

} // namespace bd::ui
