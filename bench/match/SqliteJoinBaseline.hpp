#pragma once

#include "Application.hpp"
#include "Pupil.hpp"

#include <filesystem>
#include <vector>

namespace diarydesk::bench {

// The floor for matching: the sqlite3 shell imports the pupils and the applications from CSV
// into plain tables and joins them on SNILS, exactly, with no fuzzy work at all. SNILS are
// written as 11 bare digits on both sides (the shell would not otherwise see "123-456-789 64"
// and "12345678964" as equal), which only helps the baseline.
struct SqliteJoinRun {
    double indexSeconds = 0.0; // CREATE INDEX on pupils(snils), the shell's .timer "real"
    double indexCpuSeconds = 0.0;
    double joinSeconds = 0.0;    // the join itself, best of the repeats in one shell
    double joinCpuSeconds = 0.0; // user + sys of that join
    double processSeconds = 0.0; // the whole shell: start, two .import, index, joins
    double processCpuSeconds = 0.0;
    double peakMegabytes = 0.0;
    long joinedRows = 0;
};

class SqliteJoinBaseline {
public:
    // Writes pupils.csv and applications.csv (UTF-8) into `folder`.
    SqliteJoinBaseline(const std::filesystem::path& folder, const std::vector<Pupil>& pupils,
                       const std::vector<Application>& applications);

    // One run of the shell on a fresh database file. Throws std::runtime_error when the shell
    // fails or prints no timings.
    SqliteJoinRun run(int attempt) const;

private:
    std::filesystem::path folder_;
};

} // namespace diarydesk::bench
