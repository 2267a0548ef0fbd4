#pragma once

#include <QHeaderView>
#include <QStringList>
#include <QTreeWidget>

namespace bd::ui {

// A flat list in a detail pane (an order's lines, e-mails and history; a customer's
// orders): rows without branches, of one height, striped, the last column taking
// what is left. Tests find it by `objectName`.
inline QTreeWidget* makeDetailTree(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace bd::ui
