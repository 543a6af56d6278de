#include "CatchCompat.hpp"
#include "roster/RosterParser.hpp"
#include "sampledata/RosterCsvWriter.hpp"
#include "sampledata/RosterGenerator.hpp"

#include <chrono>
#include <ctime>
#include <iostream>

// Prints figures only; run with `sampledata_tests "[bench]"`. Not a timed assertion: machines
// differ, and the import benchmark in bench/ compares against sqlite3.
TEST_CASE("parse speed of a 100,000-row cp1251 roster", "[.][bench]") {
    using Clock = std::chrono::steady_clock;
    const auto pupils = diarydesk::sampledata::generateRoster(100000, 1);
    for (const bool withIdColumn : {true, false}) {
        const std::string bytes = diarydesk::sampledata::writeRosterCsv(
            pupils, diarydesk::TextEncoding::cp1251, ';',
            diarydesk::sampledata::RosterCsvLayout::separateNames, withIdColumn, false);
        // Process CPU time is printed too: on a busy machine the wall time says little.
        double bestWall = 1e9;
        double bestCpu = 1e9;
        std::size_t rows = 0;
        for (int run = 0; run < 5; ++run) {
            const auto start = Clock::now();
            const std::clock_t cpuStart = std::clock();
            const auto result = diarydesk::parseRoster(bytes);
            const double cpu = 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            const std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
            bestWall = std::min(bestWall, elapsed.count());
            bestCpu = std::min(bestCpu, cpu);
            rows = result.rows.size();
        }
        std::cout << (withIdColumn ? "with id column: " : "derived ids:    ") << rows << " rows, "
                  << bytes.size() / 1024 << " KiB, best of 5: " << bestWall << " ms wall, " << bestCpu
                  << " ms CPU\n";
        CHECK(rows == pupils.size());
    }
}
