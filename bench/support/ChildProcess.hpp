#pragma once

#include <functional>
#include <string>
#include <vector>

namespace diarydesk::bench {

// What one run of another program cost, measured by the kernel (wait4): wall time, CPU time and
// the peak resident memory of that program alone (its VmHWM when it exits, not counting the
// copy of the benchmark it started as).
struct ProcessCost {
    int exitStatus = -1;
    double seconds = 0.0;
    double cpuSeconds = 0.0; // user + system: robust against other load on the machine
    double peakMegabytes = 0.0;
};

// Runs `argv` (argv[0] looked up in PATH), its stdin from `stdinFile` if given, stdout and
// stderr discarded unless `keepOutput`. `started` gets the child's process id as soon as it
// runs (a benchmark that ends a program itself, such as a window, sends it a signal). Throws
// std::runtime_error when it cannot start.
ProcessCost runProcess(const std::vector<std::string>& argv, const std::string& stdinFile = {},
                       bool keepOutput = false, const std::function<void(int processId)>& started = {});

// Peak resident memory of this process so far (VmHWM), in MiB.
double ownPeakMegabytes();

} // namespace diarydesk::bench
