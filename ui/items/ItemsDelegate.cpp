#include "ItemsDelegate.h"

#include "common/DateField.h"
#include "models/ItemsModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QPainter>
#include <QSpinBox>

namespace bd::ui {

QDate ItemsDelegate::noDate()
{
    return QDate(2000, 1, 1);
}

void ItemsDelegate::pillColours(int status, const QPalette& palette, QColor* background, QColor* text)
{
    int hue = 0;
    int saturation = 160;
    switch (ItemsModel::StockStatus(status)) {
    case ItemsModel::StockStatus::InStock:
        hue = 130;
        break;
    case ItemsModel::StockStatus::Backorder:
        hue = 35;
        saturation = 200;
        break;
    case ItemsModel::StockStatus::Preorder:
        hue = 215;
        break;
    case ItemsModel::StockStatus::SoldOut:
        hue = 0;
        break;
    case ItemsModel::StockStatus::NotTracked:
        saturation = 0; // grey: no stock to speak of
        break;
    }
    // A pale pill with dark lettering on a light palette, the other way round on a
    // dark one: readable either way.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    *background = QColor::fromHsl(hue, saturation, dark ? 70 : 210);
    *text = QColor::fromHsl(hue, saturation, dark ? 215 : 45);
}

QComboBox* ItemsDelegate::makePolicyEditor(QWidget* parent, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (domain::Policy policy : { domain::Policy::Stop, domain::Policy::Backorder, domain::Policy::Preorder })
        combo->addItem(ItemsModel::policyName(policy), int(policy));
    return combo;
}

QDateEdit* ItemsDelegate::makeExpectedDateEditor(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    useWindowDateFormat(edit);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate());
    edit->setSpecialValueText(tr("None"));
    return edit;
}

QWidget* ItemsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    switch (index.column()) {
    case ItemsModel::Policy:
        return makePolicyEditor(parent, QStringLiteral("policyEditor"));
    case ItemsModel::BackorderLimit: {
        auto* spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("limitEditor"));
        spin->setRange(-1, 1000000);
        spin->setSpecialValueText(tr("No limit"));
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    case ItemsModel::ExpectedDate:
        return makeExpectedDateEditor(parent, QStringLiteral("expectedEditor"));
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ItemsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    switch (index.column()) {
    case ItemsModel::Policy:
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(combo->findData(value.toInt()));
        return;
    case ItemsModel::BackorderLimit:
        if (auto* spin = qobject_cast<QSpinBox*>(editor))
            spin->setValue(value.isNull() ? -1 : value.toInt());
        return;
    case ItemsModel::ExpectedDate:
        if (auto* edit = qobject_cast<QDateEdit*>(editor))
            edit->setDate(value.toDate().isValid() ? value.toDate() : noDate());
        return;
    default:
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ItemsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    switch (index.column()) {
    case ItemsModel::Policy:
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            if (combo->currentData() != index.data(Qt::EditRole))
                model->setData(index, combo->currentData());
        }
        return;
    case ItemsModel::BackorderLimit:
        if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            const QVariant limit = spin->value() < 0 ? QVariant() : QVariant(spin->value());
            if (limit != index.data(Qt::EditRole))
                model->setData(index, limit);
        }
        return;
    case ItemsModel::ExpectedDate:
        if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
            const QDate date = edit->date() == noDate() ? QDate() : edit->date();
            if (date != index.data(Qt::EditRole).toDate())
                model->setData(index, date);
        }
        return;
    default:
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void ItemsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != ItemsModel::Status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background (selection, alternating rows) without its text, then the pill.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QColor background, foreground;
    pillColours(index.data(ItemsModel::StockStatusRole).toInt(), opt.palette, &background, &foreground);
    const QFontMetrics metrics(opt.font);
    const int height = metrics.height() + 2;
    const int width = std::min(metrics.horizontalAdvance(text) + metrics.height(), opt.rect.width() - 4);
    QRect pill(0, 0, width, std::min(height, opt.rect.height() - 2));
    pill.moveCenter(opt.rect.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(foreground);
    painter->setFont(opt.font);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - 4));
    painter->restore();
}

QSize ItemsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ItemsModel::Status)
        size.rwidth() += option.fontMetrics.height() + 8;
    return size;
}

} // namespace bd::ui
