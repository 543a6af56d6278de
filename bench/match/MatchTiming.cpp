#include "MatchTiming.hpp"

#include "matching/ApplicationMatcher.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <sys/resource.h>

namespace diarydesk::bench {
namespace {

double processCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double secondsBetween(std::chrono::steady_clock::time_point start,
                      std::chrono::steady_clock::time_point end) {
    return std::chrono::duration<double>(end - start).count();
}

long minorPageFaults() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

} // namespace

MatchRun timeMatching(const std::vector<Pupil>& pupils, const std::vector<Application>& applications) {
    std::vector<Pupil> copy = pupils;
    MatchRun run;
    const long faultsStart = minorPageFaults();
    const double cpuStart = processCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    const RosterIndex roster(std::move(copy));
    const auto indexed = std::chrono::steady_clock::now();
    run.indexCpuSeconds = processCpuSeconds() - cpuStart;
    run.indexPageFaults = minorPageFaults() - faultsStart;
    // The product's own batch (MatchService calls it): the applications shared out across cores.
    const std::vector<MatchResult> results = matchAll(roster, applications);
    const auto end = std::chrono::steady_clock::now();
    run.cpuSeconds = processCpuSeconds() - cpuStart;
    run.totalPageFaults = minorPageFaults() - faultsStart;
    run.indexSeconds = secondsBetween(start, indexed);
    run.totalSeconds = secondsBetween(start, end);
    for (const MatchResult& result : results)
        ++run.verdicts[result.verdict];
    return run;
}

std::uint64_t resultsDigest(const std::vector<Pupil>& pupils, const std::vector<Application>& applications) {
    const RosterIndex roster(pupils);
    const ApplicationMatcher matcher(roster);
    std::uint64_t digest = 14695981039346656037ULL;
    for (const Application& application : applications) {
        for (const char byte : toJson(matcher.match(application)).dump()) {
            digest ^= static_cast<unsigned char>(byte);
            digest *= 1099511628211ULL;
        }
    }
    return digest;
}

RunSummary summarise(std::vector<double> values) {
    if (values.empty()) return {};
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    const double median = values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    return {values.front(), median};
}

} // namespace diarydesk::bench
