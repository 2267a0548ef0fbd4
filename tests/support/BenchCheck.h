#pragma once

// The shop's own check (`backorderdesk-cli check`) after a benchmark changed it: a
// benchmark that left the shop inconsistent fails, however fast it was.

#include "services/InsightService.h"
#include "services/Shop.h"

#include <QString>

namespace bd::bench {

struct CheckOutcome
{
    bool ok = false;
    QString text; // "OK", the number of problems, or why the check could not run
};

inline CheckOutcome checkShop(services::Shop& shop)
{
    const core::Result<services::CheckReport> check = services::InsightService(shop).check();
    if (!check.ok())
        return { false, check.errorText() };
    if (!check->ok())
        return { false, QStringLiteral("%1 problems").arg(check->problems.size()) };
    return { true, QStringLiteral("OK") };
}

} // namespace bd::bench
