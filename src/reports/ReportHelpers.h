#pragma once

// Small helpers shared by the files that build the reports (not part of the API).

#include "reports/ReportData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariant>

#include <algorithm>
#include <iterator>
#include <limits>

namespace bd::reports::detail {

using T = Column::Type;

inline Column col(const char* key, const QString& title, T type = T::Text)
{
    return Column{QString::fromLatin1(key), title, type};
}

// An identifier the packer reads whole: a SKU, an order number, a reference.
inline Column code(const char* key, const QString& title)
{
    Column c = col(key, title);
    c.whole = true;
    return c;
}

inline QVariant orNull(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

inline QVariant ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Days waited in the buckets of the aging and cancellation reports.
struct Bucket
{
    int upTo; // last day of the bucket
    const char* label;
};
constexpr Bucket buckets[] = {{7, "0\u20137 days"}, {14, "8\u201314 days"}, {30, "15\u201330 days"},
                              {60, "31\u201360 days"}, {std::numeric_limits<int>::max(), "over 60 days"}};
constexpr int bucketCount = int(std::size(buckets));

inline int bucketOf(qint64 days)
{
    for (int b = 0; b < bucketCount; ++b) {
        if (days <= buckets[b].upTo)
            return b;
    }
    return bucketCount - 1;
}

inline QString bucketLabel(int b)
{
    return QCoreApplication::translate("bd::reports::ReportService", buckets[b].label);
}

// "1 item" or "5 items" (the English plural without a translation file).
inline QString plural(qint64 n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

inline QDateTime startOf(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

} // namespace bd::reports::detail
