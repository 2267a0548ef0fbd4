#pragma once

#include <QStyledItemDelegate>

class QComboBox;
class QDateEdit;

namespace bd::ui {

// The items table's cells: a combo box for the policy, a spin box for the backorder
// limit ("No limit" below zero), a date edit for the expected date ("None" at its
// minimum), and the status as a coloured pill.
class ItemsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The date a date edit shows as "None".
    static QDate noDate();
    // The editors an item's policy and expected date have wherever they are edited (a
    // cell, the item dialog, the new item dialog): the three policies by name; the
    // window's date form, "None" at noDate().
    static QComboBox* makePolicyEditor(QWidget* parent, const QString& objectName);
    static QDateEdit* makeExpectedDateEditor(QWidget* parent, const QString& objectName);
    // Pill colours for a status, readable on this palette.
    static void pillColours(int status, const QPalette& palette, QColor* background, QColor* text);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace bd::ui
