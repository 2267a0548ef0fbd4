#pragma once

#include "domain/Types.h"
#include "items/ItemEdit.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace bd::ui {

// Edits one item's policy, backorder limit and expected date, and whether its stock
// is counted (switched on with a count of what is on hand). OK hands the values
// to the apply function (the page, which runs them through the core); the dialog
// closes only when that succeeded, so a refused value can be corrected.
class ItemDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<bool(const ItemSettings& settings)>;

    ItemDialog(const domain::Item& item, Apply apply, QWidget* parent = nullptr);

    ItemSettings settings() const;
    const QString& sku() const { return m_sku; }

    void accept() override;

private:
    void updateLimitEnabled();

    QString m_sku;
    Apply m_apply;
    QComboBox* m_policyComboBox = nullptr;
    QSpinBox* m_limitSpinBox = nullptr;
    QDateEdit* m_expectedDateEdit = nullptr;
    QCheckBox* m_trackedCheckBox = nullptr;
    QSpinBox* m_countSpinBox = nullptr;
    bool m_wasTracked = true;
};

} // namespace bd::ui
