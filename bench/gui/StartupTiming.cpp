#include "StartupTiming.hpp"

#include "ChildProcess.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace diarydesk::bench {
namespace {

using SteadyClock = std::chrono::steady_clock;

const std::regex queueShownLine("queue shown: [0-9]+ applications, ([0-9]+) ms after the program started");

// The program's own figure once its log has the line; nothing before.
std::optional<double> queueShownIn(const std::filesystem::path& log) {
    std::ifstream file(log);
    const std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::smatch found;
    if (!std::regex_search(text, found, queueShownLine)) return std::nullopt;
    return std::stod(found[1].str()) / 1000.0;
}

// User and system time of a live process and all its threads so far.
double cpuSecondsOf(int processId) {
    std::ifstream stat("/proc/" + std::to_string(processId) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    // The fields after the command name, which is in parentheses and may hold spaces.
    std::istringstream fields(text.substr(text.rfind(')') + 2));
    std::string field;
    double ticks = 0.0;
    for (int number = 3; number <= 15 && fields >> field; ++number) {
        if (number >= 14) ticks += std::stod(field); // utime, stime
    }
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

} // namespace

std::optional<StartupRun> timeStartup(const std::string& program, const std::filesystem::path& database,
                                      const std::filesystem::path& dataHome) {
    const std::filesystem::path log = dataHome / "diarydesk" / "logs" / "diarydesk.log";
    std::filesystem::remove(log);
    setenv("XDG_DATA_HOME", dataHome.c_str(), 1);

    std::atomic<int> child{0};
    std::optional<double> ownFigure;
    double cpuSeconds = 0.0;
    SteadyClock::duration waited{};
    const auto started = SteadyClock::now();
    // Polls the log every 2 ms (a read of a few hundred bytes), then leaves the window up for a
    // moment (the first application's details load) before ending it.
    std::thread watcher([&] {
        const auto deadline = started + std::chrono::seconds(60);
        while (SteadyClock::now() < deadline) {
            if ((ownFigure = queueShownIn(log))) {
                waited = SteadyClock::now() - started;
                if (child.load() != 0) cpuSeconds = cpuSecondsOf(child.load());
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        while (child.load() == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        kill(child.load(), SIGTERM);
    });
    const ProcessCost cost = runProcess({program, "--db", database.string()}, {}, false,
                                        [&](int processId) { child = processId; });
    watcher.join();
    if (!ownFigure) return std::nullopt;
    return StartupRun{std::chrono::duration<double>(waited).count(), *ownFigure, cpuSeconds,
                      cost.peakMegabytes};
}

} // namespace diarydesk::bench
