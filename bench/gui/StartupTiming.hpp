#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace diarydesk::bench {

// One start of the real program: from fork to the moment its log says the queue is on screen,
// and the program's peak memory (VmHWM) over the start and a short while of showing the queue.
struct StartupRun {
    double secondsToQueue = 0.0;
    double ownFigureSeconds = 0.0;  // what the program itself logged (from its static start-up)
    double cpuSecondsToQueue = 0.0; // all its threads' CPU time by then: what other load leaves alone
    double peakMegabytes = 0.0;
};

// Starts `program --db database` on the current display with XDG_DATA_HOME (its log) in
// `dataHome`, waits for "queue shown" in its log, lets it settle and ends it with SIGTERM.
// Empty when the line did not come within 60 seconds.
std::optional<StartupRun> timeStartup(const std::string& program, const std::filesystem::path& database,
                                      const std::filesystem::path& dataHome);

} // namespace diarydesk::bench
