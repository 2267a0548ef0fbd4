#include "ColumnMappingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd::ui {

ColumnMappingDialog::ColumnMappingDialog(const QString& file, const QString& shape, const QStringList& required,
                                         const QStringList& optional, const QStringList& header, QWidget* parent)
    : QDialog(parent)
    , m_required(required)
{
    setWindowTitle(tr("Map columns of %1").arg(QFileInfo(file).fileName()));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 is not a %2 as it is. Choose which of its columns holds each of these; the ones "
                                "marked * are needed.")
                                 .arg(QFileInfo(file).fileName(), shape),
                             this);
    intro->setObjectName(QStringLiteral("mappingIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const QString none = tr("(none)");
    for (const QString& column : required + optional) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("columnComboBox_") + column);
        combo->addItem(none, QString());
        for (const QString& fileColumn : header) {
            if (!fileColumn.isEmpty())
                combo->addItem(fileColumn, fileColumn);
        }
        // A column the file has by the shape's own name holds it.
        for (int i = 1; i < combo->count(); ++i) {
            if (combo->itemData(i).toString().trimmed().compare(column, Qt::CaseInsensitive) == 0) {
                combo->setCurrentIndex(i);
                break;
            }
        }
        form->addRow(required.contains(column) ? column + QStringLiteral(" *") : column, combo);
        m_combos.append({column, combo});
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateButton);
    }
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_mapButton = buttons->addButton(tr("Read the file this way"), QDialogButtonBox::AcceptRole);
    m_mapButton->setObjectName(QStringLiteral("mapButton"));
    m_mapButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButton();
}

QList<std::pair<QString, QString>> ColumnMappingDialog::mapping() const
{
    QList<std::pair<QString, QString>> out;
    for (const auto& [column, combo] : m_combos) {
        const QString fileColumn = combo->currentData().toString();
        if (!fileColumn.isEmpty() && fileColumn.trimmed().compare(column, Qt::CaseInsensitive) != 0)
            out.append({column, fileColumn});
    }
    return out;
}

QComboBox* ColumnMappingDialog::comboFor(const QString& column) const
{
    for (const auto& [name, combo] : m_combos) {
        if (name == column)
            return combo;
    }
    return nullptr;
}

// Every column the shape needs has one of the file's.
void ColumnMappingDialog::updateButton()
{
    bool complete = true;
    for (const auto& [column, combo] : m_combos) {
        if (m_required.contains(column) && combo->currentData().toString().isEmpty())
            complete = false;
    }
    m_mapButton->setEnabled(complete);
}

} // namespace bd::ui
