#include "CatchCompat.hpp"
#include "LabelledSet.hpp"
#include "matching/ApplicationMatcher.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <thread>

using namespace diarydesk;
using namespace diarydesk::testing;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The peak resident set of this process in MiB, where the platform tells it.
long peakResidentMiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6)) / 1024;
    }
    return -1;
}

} // namespace

// Not a timed test: prints the figures. Run with `matching_tests "[bench]"`.
TEST_CASE("matching 10,000 applications against 100,000 pupils", "[.][bench]") {
    LabelledSetOptions options;
    options.seed = 7;
    options.pupils = 100000;
    options.applications = 9500;
    options.strangers = 400;
    options.snilsMisuse = 100;
    LabelledSet set = generateLabelledSet(options);
    std::printf("generated %zu pupils, %zu applications; peak so far %ld MiB\n", set.roster.size(),
                set.applications.size(), peakResidentMiB());

    const auto start = std::chrono::steady_clock::now();
    const RosterIndex roster(std::move(set.roster));
    const double indexSeconds = secondsSince(start);
    const ApplicationMatcher matcher(roster);
    std::map<Verdict, std::size_t> verdicts;
    for (const LabelledApplication& labelled : set.applications)
        ++verdicts[matcher.match(labelled.application).verdict];
    const double totalSeconds = secondsSince(start);
    std::printf("index %.3f s, index + matching on one thread %.3f s (%.1f µs per application)\n",
                indexSeconds, totalSeconds,
                1e6 * (totalSeconds - indexSeconds) / static_cast<double>(set.applications.size()));
    std::printf("largest birth-date block %zu, largest name block %zu\n", roster.largestBirthDateBlock(),
                roster.largestNameBlock());

    const auto parallelStart = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (std::size_t thread = 0; thread < 2; ++thread) {
        threads.emplace_back([&, thread] {
            for (std::size_t i = thread; i < set.applications.size(); i += 2)
                matcher.match(set.applications[i].application);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    std::printf("matching on two threads %.3f s\n", secondsSince(parallelStart));
    for (const auto& [verdict, count] : verdicts)
        std::printf("  %s: %zu\n", std::string(toString(verdict)).c_str(), count);
    std::printf("peak resident set %ld MiB\n", peakResidentMiB());
    CHECK(verdicts.size() > 1);
}
