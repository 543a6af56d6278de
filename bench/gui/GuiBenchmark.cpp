// The GUI's speed with 10,000 applications and 100,000 pupils in the database (issue: GUI
// speed). Targets: from start to the queue drawn under 1 s; filtering as you type under 100 ms
// per keystroke; memory under 200 MB. Needs a display (scripts/bench gives it a private Xvfb).
//   1. The real `diarydesk --db FILE`, started several times: fork to its "queue shown" log line
//      (written once the rows are in the list), its own figure, its peak memory (VmHWM).
//   2. In this process, the real main window on the same database: when the rows arrive, when
//      the log line comes and when GTK draws the list (its next frame, which the real program's
//      figure adds); then queries typed into the search box keystroke by keystroke, each timed to
//      the list drawn again.
#include "BenchDatabase.hpp"
#include "DrawCounter.hpp"
#include "QueueShownSink.hpp"
#include "QueueTyping.hpp"
#include "StartupTiming.hpp"
#include "app/Session.hpp"
#include "logic/QueueRow.hpp"
#include "main/MainFrame.hpp"
#include "queue/QueuePanel.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <spdlog/spdlog.h>
#include <wx/app.h>
#include <wx/dataview.h>
#include <wx/evtloop.h>
#include <wx/init.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace diarydesk;
using namespace diarydesk::bench;
using SteadyClock = std::chrono::steady_clock;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

double millisecondsOf(SteadyClock::duration duration) {
    return std::chrono::duration<double, std::milli>(duration).count();
}

const char* verdict(bool met) {
    return met ? "met" : "NOT met";
}

// The SNILS digits of the first application from `start` on that gives one.
std::string snilsDigitsFrom(const std::vector<ui::QueueRow>& rows, std::size_t start) {
    for (std::size_t index = start; index < rows.size(); ++index) {
        std::string digits;
        for (const char c : rows[index].summary.childSnils)
            if (c >= '0' && c <= '9') digits += c;
        if (digits.size() == 11) return digits;
    }
    throw std::runtime_error("no application gives a SNILS");
}

struct StartFigures {
    double medianToLogLine = 0.0; // seconds
    double peakMegabytes = 0.0;
};

struct WindowFigures {
    double drawAfterLogLine = 0.0; // ms from the "queue shown" line to the list drawn
    double keystrokeMedian = 0.0;  // ms
    double keystrokeMax = 0.0;
};

// What the window's loading job does, timed step by step on a fresh connection as the window's
// worker has it: opening the store, the summaries from the database, the rows with their search
// and sort keys.
void timeQueueLoad(const std::string& database) {
    const auto start = SteadyClock::now();
    const std::unique_ptr<Store> store = openStore(database);
    const auto opened = SteadyClock::now();
    std::vector<ApplicationSummary> summaries = store->applications().summaries();
    const auto read = SteadyClock::now();
    const std::vector<ui::QueueRow> rows = ui::makeQueueRows(std::move(summaries));
    std::printf("   the loading job alone: open %.0f ms, summaries %.0f ms, queue rows %.0f ms\n",
                millisecondsOf(opened - start), millisecondsOf(read - opened),
                millisecondsOf(SteadyClock::now() - read));
}

class BenchApp : public wxApp {
public:
    bool OnInit() override {
        SetAppName("DiaryDeskBench");
        return true;
    }
};

std::optional<StartFigures> startProgram(const std::filesystem::path& database,
                                         const std::filesystem::path& folder, int runs) {
    std::vector<double> toQueue, ownFigure, cpu;
    double peak = 0.0;
    for (int run = 0; run < runs; ++run) {
        const auto started = timeStartup(DIARYDESK_GUI_PATH, database, folder / "data");
        if (!started) {
            std::fprintf(stderr,
                         "diarydesk did not log \"queue shown\" within a minute (is there a display?)\n");
            return std::nullopt;
        }
        toQueue.push_back(started->secondsToQueue);
        ownFigure.push_back(started->ownFigureSeconds);
        cpu.push_back(started->cpuSecondsToQueue);
        peak = std::max(peak, started->peakMegabytes);
    }
    std::printf("\n1. diarydesk --db (the real program), %d starts\n", runs);
    std::printf(
        "   start to \"queue shown\" (rows in the list): median %.3f s (fastest %.3f, slowest %.3f)\n",
        median(toQueue), *std::min_element(toQueue.begin(), toQueue.end()),
        *std::max_element(toQueue.begin(), toQueue.end()));
    std::printf("   the program's own figure (from its static start-up): median %.3f s\n", median(ownFigure));
    std::printf("   its CPU time by then (all threads): median %.3f s\n", median(cpu));
    std::printf("   peak memory: %.1f MiB (highest of the starts)\n", peak);
    timeQueueLoad(database.string());
    return StartFigures{median(toQueue), peak};
}

// The real main window in this process: opening it, then typing.
WindowFigures typeIntoWindow(const std::string& database) {
    auto sink = std::make_shared<QueueShownSink>();
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("bench", sink));
    ui::Session session(database, "bench");
    const auto opened = SteadyClock::now();
    auto* frame = new ui::MainFrame(session);
    frame->Show();
    frame->reloadQueue();
    auto* list = wxDynamicCast(wxWindow::FindWindowByName("queue", frame), wxDataViewCtrl);
    if (!list) throw std::runtime_error("the main window has no list named \"queue\"");
    DrawCounter draws(*list);
    ui::QueuePanel& queue = frame->queue();
    if (!pumpUntil([&] { return queue.loaded(); }, 30000)) throw std::runtime_error("the queue did not load");
    const auto rowsSet = SteadyClock::now();
    const unsigned drawsBefore = draws.draws();
    if (!pumpUntil([&] { return draws.draws() > drawsBefore && sink->logged(); }, 5000))
        throw std::runtime_error("the list was not drawn or \"queue shown\" not logged");
    const double drawAfterLogLine = millisecondsOf(draws.lastDraw() - *sink->logged());
    std::printf("\n2. the main window in this process (%u applications shown)\n", queue.visibleCount());
    std::printf("   from the window made: rows in the list %.0f ms, list drawn %.0f ms, log line %.0f ms\n",
                millisecondsOf(rowsSet - opened), millisecondsOf(draws.lastDraw() - opened),
                millisecondsOf(*sink->logged() - opened));
    pumpUntil([] { return false; }, 1500); // the first application's details, stale matches

    const auto& rows = queue.model().rows();
    const ApplicationSummary& someone = rows.at(rows.size() / 3).summary;
    const std::string snils = snilsDigitsFrom(rows, rows.size() / 3);
    const std::vector<TypedQuery> typed{
        typeQuery(queue, draws, "surname", someone.child.last),
        typeQuery(queue, draws, "surname and name", someone.child.last + " " + someone.child.first),
        typeQuery(queue, draws, "SNILS prefix", snils.substr(0, 3) + "-" + snils.substr(3, 3)),
        typeQuery(queue, draws, "application id", rows.at(rows.size() / 2).summary.id),
    };
    std::vector<double> all;
    std::printf("   typing into the search box, keystroke to list drawn again:\n");
    for (const TypedQuery& query : typed) {
        std::printf("   %-17s %2zu keys: median %6.1f ms, max %6.1f ms, %5u shown after \"%s\"\n",
                    query.label.c_str(), query.milliseconds.size(), median(query.milliseconds),
                    *std::max_element(query.milliseconds.begin(), query.milliseconds.end()), query.shownAfter,
                    query.text.c_str());
        all.insert(all.end(), query.milliseconds.begin(), query.milliseconds.end());
    }
    const double slowest = *std::max_element(all.begin(), all.end());
    frame->Destroy();
    pumpUntil([] { return false; }, 200);
    return WindowFigures{drawAfterLogLine, median(all), slowest};
}

} // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress as it comes, also through a pipe
    const std::size_t pupils = argc > 1 ? std::stoul(argv[1]) : 100000;
    const std::size_t applications = argc > 2 ? std::stoul(argv[2]) : 10000;
    const int runs = argc > 3 ? std::stoi(argv[3]) : 5;
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "diarydesk-bench-gui";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder / "home");
    // The programs' settings and remembered layout stay in this folder.
    setenv("HOME", (folder / "home").c_str(), 1);
    setenv("XDG_CONFIG_HOME", (folder / "home" / "config").c_str(), 1);

    const auto database = folder / "school.db";
    const auto making = SteadyClock::now();
    makeSchoolDatabase(database, pupils, applications);
    double load = 0.0;
    std::ifstream("/proc/loadavg") >> load;
    std::printf("machine: load average %.1f on %u cores (wall times grow with it; CPU times much less)\n",
                load, std::thread::hardware_concurrency());
    std::printf("database: %zu pupils, %zu applications, matched (made in %.1f s)\n", pupils, applications,
                millisecondsOf(SteadyClock::now() - making) / 1000.0);

    const std::optional<StartFigures> start = startProgram(database, folder, runs);
    int status = start ? 0 : 1;
    if (start) {
        int wxArgc = 1;
        char* wxArgv[] = {argv[0], nullptr};
        wxApp::SetInstance(new BenchApp);
        if (!wxEntryStart(wxArgc, wxArgv) || !wxTheApp->CallOnInit()) return 2;
        {
            wxGUIEventLoop loop;
            const wxEventLoopActivator active(&loop);
            const WindowFigures window = typeIntoWindow(database.string());
            // The log line comes when the rows are in the list; GTK draws them in its next frame.
            const double toDrawn = start->medianToLogLine + window.drawAfterLogLine / 1000.0;
            std::printf("\nagainst the targets\n");
            std::printf(
                "   start to queue drawn: %.3f s (median to the log line + %.0f ms to the draw); < 1 s: %s\n",
                toDrawn, window.drawAfterLogLine, verdict(toDrawn < 1.0));
            std::printf("   per keystroke: median %.1f ms, max %.1f ms; < 100 ms: %s\n",
                        window.keystrokeMedian, window.keystrokeMax, verdict(window.keystrokeMax < 100.0));
            std::printf("   peak memory: %.1f MiB = %.1f MB; < 200 MB: %s\n", start->peakMegabytes,
                        start->peakMegabytes * 1.048576, verdict(start->peakMegabytes * 1.048576 < 200.0));
        }
        wxTheApp->OnExit();
        wxEntryCleanup();
    }
    std::filesystem::remove_all(folder);
    return status;
}
