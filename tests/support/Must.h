#pragma once

#include "core/Result.h"

#include <QtGlobal>

namespace bd::test {

// The value of a read a test relies on: a read that fails stops the run with the
// database's message instead of passing an empty answer on to the assertions.
template<typename T>
T must(core::Result<T> result)
{
    if (!result)
        qFatal("a read of the shop failed: %s", qPrintable(result.errorText()));
    return result.takeValue();
}

inline void must(const core::Status& status)
{
    if (!status.ok())
        qFatal("a read of the shop failed: %s", qPrintable(status.errorText()));
}

} // namespace bd::test
