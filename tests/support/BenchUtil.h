#pragma once

// What every benchmark measures besides time: CPU seconds and the peak resident memory,
// from getrusage(2). Linux only, like the benchmarks.

#include <sys/resource.h>

namespace bd::bench {

// CPU seconds (user + system) of this process (RUSAGE_SELF), or of its children that
// ended (RUSAGE_CHILDREN): on a machine shared with other work, wall time says more
// about the neighbours than about the code.
inline double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The most memory this process has held at once, in MiB.
inline double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace bd::bench
