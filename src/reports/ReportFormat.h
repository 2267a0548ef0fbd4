#pragma once

#include "domain/LocaleFormat.h"
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

    const QLocale& locale() const { return m_format.locale(); }
    QString display(const QVariant& value, Column::Type type) const;
    // For CSV: ISO dates, '.' decimals, amounts with the currency's decimals.
    QString plain(const QVariant& value, Column::Type type) const;

    QString date(const QDate& date) const { return m_format.date(date); }
    QString dateTime(const QDateTime& at) const { return m_format.dateTime(at); }
    QString money(qint64 minor) const { return m_format.money(minor, m_currency); }
    QString percent(double fraction) const;
    // "01/11/2026 – 30/11/2026", or "as of 27/11/2026" for a report of how things stand.
    QString period(const Report& report) const;
    // US and Canadian shops print on Letter, everybody else on A4.
    bool letterPaper() const;

private:
    domain::LocaleFormat m_format;
    QString m_currency;
};

} // namespace bd::reports
