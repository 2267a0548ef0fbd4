#pragma once

#include <QAbstractButton>

namespace bd::ui {

// One figure of the dashboard: a large number over a caption, on a panel that opens
// the matching list when clicked (or when Space is pressed while it has focus).
class DashboardTile : public QAbstractButton
{
    Q_OBJECT

public:
    DashboardTile(const QString& caption, const QString& route, QWidget* parent = nullptr);

    const QString& route() const { return m_route; }
    const QString& value() const { return m_value; }
    // The number shown, the line under the caption, and whether it needs attention
    // (drawn in the highlight colour).
    void setValue(const QString& value, const QString& detail = {}, bool attention = false);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QString m_caption;
    QString m_route;
    QString m_value;
    QString m_detail;
    bool m_attention = false;
    bool m_hovered = false;
};

} // namespace bd::ui
