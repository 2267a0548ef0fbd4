#pragma once

#include "reports/ReportData.h"

#include <QCoreApplication>
#include <QLocale>

namespace bd::reports {

// How report values look: in the shop's locale (shop.locale, shop.currency) for PDF,
// print and HTML; plainly for CSV (ISO dates, '.' decimals, no grouping).
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    ReportFormat(const QString& localeName, const QString& currency);
    explicit ReportFormat(const Report& report)
        : ReportFormat(report.locale, report.currency)
    {
    }

    const QLocale& locale() const { return m_locale; }
    QString display(const QVariant& value, Column::Type type) const;
    static QString plain(const QVariant& value, Column::Type type);

    QString date(const QDate& date) const;
    QString dateTime(const QDateTime& at) const;
    QString money(qint64 minor) const;
    QString percent(double fraction) const;
    // "01/11/2026 – 30/11/2026", or "as of 27/11/2026" for a report of how things stand.
    QString period(const Report& report) const;
    // US and Canadian shops print on Letter, everybody else on A4.
    bool letterPaper() const;

private:
    QLocale m_locale;
    QString m_currency;
    QString m_symbol;
};

} // namespace bd::reports
