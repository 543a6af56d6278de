// The program as staff start it: `diarydesk --db FILE` in a process of its own, found on the
// display by its title, closed with Ctrl+Q.
#include "CatchCompat.hpp"
#include "GuiDriver.hpp"
#include "SampleSchool.hpp"
#include "TempDir.hpp"
#include "platform/Clock.hpp"
#include "storage/SettingsRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <wx/process.h>
#include <wx/utils.h>

#include <cstdio>
#include <filesystem>
#include <thread>

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

// The first line a command prints, without its line break.
std::string firstLineOf(const std::string& command) {
    std::string line;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[512];
        if (fgets(buffer, sizeof buffer, pipe)) line = buffer;
        pclose(pipe);
    }
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return line;
}

} // namespace

TEST_CASE("diarydesk --db opens its window on that database, titled with the school") {
    const TempDir folder;
    const std::string database = (folder / "school.db").string();
    {
        const SystemClock clock;
        const auto store = openStore(database);
        prepareSampleSchool(*store, clock, 100, 10);
        store->settings().set("sync.school_id", "school-1234");
    }

    auto* process = new wxProcess;
    // A home of its own: the window's remembered size and sash stay out of the real one's.
    wxExecuteEnv environment;
    wxGetEnvMap(&environment.env);
    std::filesystem::create_directories(folder / "home");
    environment.env["HOME"] = (folder / "home").string();
    const long pid = wxExecute(wxString::Format("%s --db %s", DIARYDESK_PROGRAM, database), wxEXEC_ASYNC,
                               process, &environment);
    REQUIRE(pid > 0);
    bool exited = false;
    int exitCode = -1;
    process->Bind(wxEVT_END_PROCESS, [&](wxProcessEvent& event) {
        exited = true;
        exitCode = event.GetExitCode();
        event.Skip(); // wxProcess deletes itself once nobody else handled its end
    });

    std::string window;
    REQUIRE(waitUntil([&] {
        window = firstLineOf("xdotool search --onlyvisible --pid " + std::to_string(pid) +
                             " --name DiaryDesk 2>/dev/null");
        return !window.empty();
    }));
    // The title names the school once the queue is loaded.
    std::string title;
    CHECK(waitUntil([&] {
        title = firstLineOf("xdotool getwindowname " + window);
        return title.find("school-1234") != std::string::npos;
    }));
    CHECK(title.rfind("DiaryDesk", 0) == 0);
    pumpEvents(std::chrono::milliseconds(500));
    screenshot("20-program-started");

    CHECK(std::system(("xdotool windowfocus --sync " + window + " key --clearmodifiers ctrl+q").c_str()) ==
          0);
    const bool closed = waitUntil([&] { return exited; }, std::chrono::seconds(10));
    if (!closed) {
        wxProcess::Kill(static_cast<int>(pid), wxSIGKILL);
        waitUntil([&] { return exited; }, std::chrono::seconds(5)); // the handler above refers to locals
    }
    CHECK(closed);
    CHECK(exitCode == 0);
}
