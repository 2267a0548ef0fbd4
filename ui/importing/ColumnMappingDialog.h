#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QPushButton;

namespace bd::ui {

// The window's --map: a list from another program (an accounting program's item list,
// "varenr;beskrivelse;salgspris") read as one of our files. For each column of the
// nearest shape, the merchant picks the file's column that holds it; the ones the shape
// needs must be chosen, the others may stay empty. A column the file already has by
// the shape's name is chosen from the start.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const QString& file, const QString& shape, const QStringList& required,
                        const QStringList& optional, const QStringList& header, QWidget* parent);

    // {column of the shape -> the file's column} for every column read by another name.
    QList<std::pair<QString, QString>> mapping() const;
    // The choice for a column of the shape ("columnComboBox_sku"), for tests.
    QComboBox* comboFor(const QString& column) const;

private:
    void updateButton();

    QStringList m_required;
    QList<std::pair<QString, QComboBox*>> m_combos;
    QPushButton* m_mapButton = nullptr;
};

} // namespace bd::ui
