#pragma once

#include "domain/Types.h"
#include "items/ItemEditCommand.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace bd::services {
class ShopQueries;
}

namespace bd::ui {

class AppContext;

// Edits one item's policy, backorder limit and expected date, whether its stock is
// counted (switched on with a count of what is on hand), and what the follow-up
// e-mails sell with it: its related items and accessories (added by SKU, completed as
// typed) and its highlight. OK hands the values to the apply function (the page, which
// runs them through the core); the dialog closes only when that succeeded, so a
// refused value can be corrected.
class ItemDialog : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<bool(const ItemSettings& settings)>;

    // current: the item's settings as the shop has them (ItemSettingsService::read).
    ItemDialog(AppContext& context, const domain::Item& item, const ItemSettings& current, Apply apply,
               QWidget* parent = nullptr);
    ~ItemDialog() override;

    ItemSettings settings() const;
    const QString& sku() const { return m_sku; }

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateLimitEnabled();
    // Adds the SKU typed in the related field, when the shop's rules allow it.
    void addRelated();
    void removeRelated();
    void appendRelated(const QString& sku);

    AppContext& m_context;
    std::unique_ptr<services::ShopQueries> m_queries;
    QString m_sku;
    Apply m_apply;
    ItemSettings m_current;
    QComboBox* m_policyComboBox = nullptr;
    QSpinBox* m_limitSpinBox = nullptr;
    QDateEdit* m_expectedDateEdit = nullptr;
    QCheckBox* m_trackedCheckBox = nullptr;
    QSpinBox* m_countSpinBox = nullptr;
    QLineEdit* m_highlightLineEdit = nullptr;
    QListWidget* m_relatedListWidget = nullptr;
    QLineEdit* m_relatedSkuLineEdit = nullptr;
    QPushButton* m_addRelatedButton = nullptr;
    QPushButton* m_removeRelatedButton = nullptr;
    QLabel* m_relatedErrorLabel = nullptr;
    bool m_wasTracked = true;
};

} // namespace bd::ui
