// Imports a realistic roster of 100,000 pupils from a Windows-1251 CSV into a fresh database
// with `diarydesk-cli roster import`, and the same file into a plain table with the sqlite3
// shell's `.import`, in the same run. Prints both times, their ratio and the peak memory.
// Target (issue: foundation): within 2× of sqlite3 on this 2-core machine.
#include "ChildProcess.hpp"
#include "sampledata/RosterCsvWriter.hpp"
#include "sampledata/RosterGenerator.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

using namespace diarydesk;
using diarydesk::bench::ProcessCost;
using diarydesk::bench::runProcess;

namespace {

ProcessCost best(const std::vector<ProcessCost>& runs) {
    return *std::min_element(runs.begin(), runs.end(), [](const ProcessCost& a, const ProcessCost& b) {
        return a.seconds < b.seconds;
    });
}

double fastestCpu(const std::vector<ProcessCost>& runs) {
    double fastest = runs.front().cpuSeconds;
    for (const ProcessCost& run : runs)
        fastest = std::min(fastest, run.cpuSeconds);
    return fastest;
}

double medianWall(std::vector<ProcessCost> runs) {
    std::sort(runs.begin(), runs.end(),
              [](const ProcessCost& a, const ProcessCost& b) { return a.seconds < b.seconds; });
    const std::size_t middle = runs.size() / 2;
    return runs.size() % 2 ? runs[middle].seconds : (runs[middle - 1].seconds + runs[middle].seconds) / 2.0;
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t rows = argc > 1 ? std::stoul(argv[1]) : 100000;
    const int runs = argc > 2 ? std::stoi(argv[2]) : 3;
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "diarydesk-bench-import";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);

    const auto csv = folder / "roster-cp1251.csv";
    {
        const std::string bytes =
            sampledata::writeRosterCsv(sampledata::generateRoster(rows, 2026), TextEncoding::cp1251, ';',
                                       sampledata::RosterCsvLayout::separateNames, true, false);
        std::ofstream(csv, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        std::printf("roster: %zu rows, %.1f MiB, Windows-1251, ';'\n", rows,
                    static_cast<double>(bytes.size()) / (1024.0 * 1024.0));
    }

    std::vector<ProcessCost> ours, shell;
    for (int run = 0; run < runs; ++run) {
        const auto database = folder / ("diarydesk-" + std::to_string(run) + ".db");
        const ProcessCost cost = runProcess(
            {DIARYDESK_CLI_PATH, "--db", database.string(), "roster", "import", csv.string(), "--json"});
        if (cost.exitStatus != 0) {
            std::fprintf(stderr, "diarydesk-cli roster import failed (exit %d)\n", cost.exitStatus);
            return 1;
        }
        ours.push_back(cost);

        const auto plain = folder / ("sqlite-" + std::to_string(run) + ".db");
        const auto script = folder / "import.sql";
        std::ofstream(script) << ".mode csv\n.separator ;\n.import '" << csv.string() << "' pupils\n";
        const ProcessCost baseline = runProcess({"sqlite3", plain.string()}, script.string());
        if (baseline.exitStatus != 0) {
            std::fprintf(stderr, "sqlite3 .import failed (exit %d): is the sqlite3 package installed?\n",
                         baseline.exitStatus);
            return 1;
        }
        shell.push_back(baseline);
    }

    const ProcessCost fastest = best(ours);
    const ProcessCost baseline = best(shell);
    double peak = 0.0;
    double shellPeak = 0.0;
    for (const auto& cost : ours)
        peak = std::max(peak, cost.peakMegabytes);
    for (const auto& cost : shell)
        shellPeak = std::max(shellPeak, cost.peakMegabytes);
    const double cpuRatio = fastestCpu(ours) / fastestCpu(shell);
    std::printf("                               wall best  wall median  cpu best  peak memory\n");
    std::printf("diarydesk-cli roster import:   %7.3f s  %7.3f s    %6.3f s  %6.1f MiB\n", fastest.seconds,
                medianWall(ours), fastestCpu(ours), peak);
    std::printf("sqlite3 .import (plain table): %7.3f s  %7.3f s    %6.3f s  %6.1f MiB\n", baseline.seconds,
                medianWall(shell), fastestCpu(shell), shellPeak);
    const double ratio = fastest.seconds / baseline.seconds;
    std::printf("ratio: %.2f× wall (median %.2f×), %.2f× cpu; target within 2× (wall): %s\n", ratio,
                medianWall(ours) / medianWall(shell), cpuRatio, ratio <= 2.0 ? "met" : "NOT met");
    std::filesystem::remove_all(folder);
    return 0;
}
