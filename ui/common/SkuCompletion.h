#pragma once

#include <QObject>

class QLineEdit;
class QStringListModel;

namespace bd::services {
class ShopQueries;
} // namespace bd::services

namespace bd::ui {

class AppContext;

// Completes SKUs as they are typed, from the shop's items, a few at a time: the same
// in every field that takes a SKU (New order's lines, Receive's lines).
class SkuCompletion : public QObject
{
    Q_OBJECT

public:
    // queries may be null (no shop open): then nothing is offered.
    SkuCompletion(AppContext& context, services::ShopQueries* queries, QObject* parent = nullptr);

    // Offers completions in this field from now on.
    void attach(QLineEdit* edit);

private:
    void update(const QString& text);

    AppContext& m_context;
    services::ShopQueries* m_queries = nullptr;
    QStringListModel* m_skus = nullptr;
};

} // namespace bd::ui
