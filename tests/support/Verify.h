#pragma once

// What most tests of the core share: a check that an action of the core succeeded
// (failing with the core's own message), and UTC times written briefly.

#include <QDateTime>
#include <QTest>

// Fails the current test with the core's own message when an action did not succeed.
#define BD_VERIFY_OK(expr)                                                                                   \
    do {                                                                                                     \
        const auto& bdResult_ = (expr);                                                                      \
        QVERIFY2(bdResult_.ok(), qPrintable(bdResult_.errorText()));                                         \
    } while (false)

namespace bd::test {

inline QDateTime utc(int year, int month, int day, int hour = 9, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace bd::test
