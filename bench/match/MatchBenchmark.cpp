// Matches 10,000 applications against a roster of 100,000 pupils in this process (roster index
// build + matching, several runs), and has the sqlite3 shell join the same data exactly on
// SNILS in the same run: the floor, with no fuzzy work at all. Prints both, their ratio, the
// peak memory and how the cost grows with the data.
// Target (issue: matching engine): under 0.5 s, and within 3× of the shell's indexed join.
//
//   bench-match [applications=10000] [pupils=100000] [runs=5] [--ours-only]
// --ours-only skips the baseline and the growth table: for profiling, e.g.
//   valgrind --tool=callgrind --toggle-collect='*timeMatching*' bench-match 10000 100000 1 --ours-only
// --digest prints a digest of every match result (JSON) instead: equal before and after a change
// of the engine that must not change its answers.
#include "ChildProcess.hpp"
#include "MatchTiming.hpp"
#include "SqliteJoinBaseline.hpp"
#include "sampledata/ApplicationGenerator.hpp"
#include "sampledata/RosterGenerator.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace diarydesk;
using namespace diarydesk::bench;

namespace {

constexpr double targetSeconds = 0.5;
constexpr double targetRatio = 3.0;

struct Workload {
    std::vector<Pupil> pupils;
    std::vector<Application> applications;
};

Workload generate(std::size_t applications, std::size_t pupils) {
    Workload workload;
    workload.pupils = sampledata::generateRoster(pupils, 2026);
    workload.applications = sampledata::generateApplications(workload.pupils, applications, 2027);
    return workload;
}

double residentMegabytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    }
    return 0.0;
}

// Linux lets a process start its peak resident set afresh from the current one.
void resetPeakMemory() {
    std::ofstream("/proc/self/clear_refs") << "5";
}

std::vector<MatchRun> timeRuns(const Workload& workload, int runs) {
    std::vector<MatchRun> timings;
    for (int run = 0; run < runs; ++run)
        timings.push_back(timeMatching(workload.pupils, workload.applications));
    return timings;
}

void printGrowth(std::size_t applications, std::size_t pupils, int runs, const std::vector<MatchRun>& full) {
    std::printf("\ngrowth (best of %d):             index build   matching     per application\n", runs);
    MatchRun previous;
    std::size_t previousApps = 0;
    for (const std::size_t divisor : {10, 3, 1}) {
        const std::size_t apps = applications / divisor;
        const std::size_t roster = pupils / divisor;
        const std::vector<MatchRun> timings = divisor == 1 ? full : timeRuns(generate(apps, roster), runs);
        MatchRun best;
        best.indexSeconds = summarise(timings, &MatchRun::indexSeconds).best;
        best.totalSeconds = summarise(timings, &MatchRun::totalSeconds).best;
        const double matching = best.totalSeconds - best.indexSeconds;
        std::printf("  %6zu × %7zu pupils:  %8.4f s  %8.4f s  %6.1f µs", apps, roster, best.indexSeconds,
                    matching, 1e6 * matching / static_cast<double>(apps));
        if (previousApps > 0) {
            std::printf("   data ×%.2f: index ×%.2f, matching ×%.2f",
                        static_cast<double>(apps) / static_cast<double>(previousApps),
                        best.indexSeconds / previous.indexSeconds,
                        matching / (previous.totalSeconds - previous.indexSeconds));
        }
        std::printf("\n");
        previous = best;
        previousApps = apps;
    }
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t applications = argc > 1 ? std::stoul(argv[1]) : 10000;
    const std::size_t pupils = argc > 2 ? std::stoul(argv[2]) : 100000;
    const int runs = argc > 3 ? std::max(1, std::stoi(argv[3])) : 5;
    const std::string mode = argc > 4 ? argv[4] : "";
    const bool oursOnly = mode == "--ours-only";
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "diarydesk-bench-match";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);

    const Workload workload = generate(applications, pupils);
    const double inputMegabytes = residentMegabytes();
    std::printf(
        "workload: %zu applications against %zu pupils (sample data, realistic slips); process %.1f MiB\n",
        workload.applications.size(), workload.pupils.size(), inputMegabytes);

    if (mode == "--digest") {
        std::printf("results digest: %016llx\n",
                    static_cast<unsigned long long>(resultsDigest(workload.pupils, workload.applications)));
        return 0;
    }
    resetPeakMemory();
    const std::vector<MatchRun> ours = timeRuns(workload, runs);
    const double peakMegabytes = ownPeakMegabytes();
    const RunSummary total = summarise(ours, &MatchRun::totalSeconds);
    const RunSummary index = summarise(ours, &MatchRun::indexSeconds);
    const RunSummary cpu = summarise(ours, &MatchRun::cpuSeconds);

    if (oursOnly) {
        std::printf(
            "ours: index build %.4f s, index build + matching %.4f s, cpu %.4f s (best of %d), peak %.1f MiB,"
            " page faults %ld in the index build, %ld in all\n",
            index.best, total.best, cpu.best, runs, peakMegabytes, ours.back().indexPageFaults,
            ours.back().totalPageFaults);
        return 0;
    }
    const SqliteJoinBaseline baseline(folder, workload.pupils, workload.applications);
    std::vector<SqliteJoinRun> shell;
    for (int run = 0; run < runs; ++run)
        shell.push_back(baseline.run(run));
    const RunSummary join = summarise(shell, &SqliteJoinRun::joinSeconds);
    const RunSummary joinCpu = summarise(shell, &SqliteJoinRun::joinCpuSeconds);
    const RunSummary shellIndex = summarise(shell, &SqliteJoinRun::indexSeconds);
    const RunSummary shellProcess = summarise(shell, &SqliteJoinRun::processSeconds);
    std::vector<double> indexAndJoin;
    for (const SqliteJoinRun& run : shell)
        indexAndJoin.push_back(run.indexSeconds + run.joinSeconds);
    const RunSummary shellTotal = summarise(indexAndJoin);

    std::printf("\n%d runs each                                   best       median     cpu (best)\n", runs);
    std::printf("ours: roster index build                        %7.4f s  %7.4f s\n", index.best,
                index.median);
    std::printf("ours: index build + matching every application  %7.4f s  %7.4f s  %7.4f s\n", total.best,
                total.median, cpu.best);
    std::printf("sqlite3: CREATE INDEX pupils(snils)             %7.4f s  %7.4f s\n", shellIndex.best,
                shellIndex.median);
    std::printf("sqlite3: exact join on SNILS (indexed)          %7.4f s  %7.4f s  %7.4f s\n", join.best,
                join.median, joinCpu.best);
    std::printf("sqlite3: CREATE INDEX + join                    %7.4f s  %7.4f s\n", shellTotal.best,
                shellTotal.median);
    std::printf("sqlite3: whole shell incl. start and .import    %7.4f s  %7.4f s\n", shellProcess.best,
                shellProcess.median);
    std::printf("(the shell's .timer shows milliseconds; its join found %ld pupils for %zu applications)\n",
                shell.front().joinedRows, workload.applications.size());

    std::printf("\nverdicts:");
    for (const auto& [verdict, count] : ours.front().verdicts)
        std::printf(" %s %zu;", std::string(toString(verdict)).c_str(), count);
    std::printf(
        "\npeak memory: ours %.1f MiB resident while indexing and matching (the input alone %.1f MiB);"
        " sqlite3 shell %.1f MiB\n",
        peakMegabytes, inputMegabytes, shell.front().peakMegabytes);

    const double ratio = total.best / shellTotal.best;
    std::printf(
        "\nratio (index build + matching) / (sqlite3 CREATE INDEX + join), best: %.2f× (median %.2f×);"
        " against the join alone: %.2f×\n",
        ratio, total.median / shellTotal.median, total.best / join.best);
    std::printf("target under %.1f s: %s (%.3f s);  target within %.0f×: %s\n", targetSeconds,
                total.best < targetSeconds ? "met" : "NOT met", total.best, targetRatio,
                ratio <= targetRatio ? "met" : "NOT met");

    printGrowth(applications, pupils, runs, ours);
    std::filesystem::remove_all(folder);
    return 0;
}
