#pragma once

#include "Application.hpp"
#include "Pupil.hpp"
#include "matching/MatchResult.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace diarydesk::bench {

// What one run of "build the roster index, then match every application" cost in this process:
// wall time on the steady clock and CPU time of the process (user + system).
struct MatchRun {
    double indexSeconds = 0.0;
    double totalSeconds = 0.0; // index build + matching
    double cpuSeconds = 0.0;   // index build + matching
    double indexCpuSeconds = 0.0;
    long indexPageFaults = 0; // minor page faults: fresh memory the kernel had to map
    long totalPageFaults = 0;
    std::map<Verdict, std::size_t> verdicts;
};

// Copies `pupils` outside the timed part (the index takes its pupils by value), then times the
// index build and the matching of every application on one thread.
MatchRun timeMatching(const std::vector<Pupil>& pupils, const std::vector<Application>& applications);

// A digest (FNV-1a) of the JSON of every match result, in application order.
std::uint64_t resultsDigest(const std::vector<Pupil>& pupils, const std::vector<Application>& applications);

// Best and median of several runs of one measurement.
struct RunSummary {
    double best = 0.0;
    double median = 0.0;
};
RunSummary summarise(std::vector<double> values);

// Best and median of one figure of several runs.
template <class Run>
RunSummary summarise(const std::vector<Run>& runs, double Run::*figure) {
    std::vector<double> values;
    for (const Run& run : runs)
        values.push_back(run.*figure);
    return summarise(std::move(values));
}

} // namespace diarydesk::bench
