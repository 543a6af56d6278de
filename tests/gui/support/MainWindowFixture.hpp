#pragma once

#include "TempDir.hpp"
#include "storage/ApplicationSummary.hpp"

#include <functional>
#include <memory>
#include <string>

namespace diarydesk {
class Clock;
class Store;
} // namespace diarydesk

namespace diarydesk::ui {
class MainFrame;
class Session;
} // namespace diarydesk::ui

namespace diarydesk::test {

// The real main window on a database the test prepares: a SQLite file in a temporary folder,
// filled by `prepare` (by default the sample school), a Session as the program makes one, and
// the MainFrame shown with its queue loaded. The window is closed, and the worker finished, at
// the end.
class MainWindowFixture {
public:
    using Preparation = std::function<void(Store& store, const Clock& clock)>;

    explicit MainWindowFixture(const Preparation& prepare = defaultPreparation());
    ~MainWindowFixture();
    MainWindowFixture(const MainWindowFixture&) = delete;
    MainWindowFixture& operator=(const MainWindowFixture&) = delete;

    static Preparation defaultPreparation();

    ui::MainFrame& frame() { return *frame_; }
    ui::Session& session() { return *session_; }
    const std::string& databaseFile() const { return databaseFile_; }
    const TempDir& folder() const { return folder_; }

    // Pumps events until the worker has handed back every result (throws after the timeout).
    void waitForWorker();
    // Selects the application through the queue and waits for the detail pane to show it.
    void select(const std::string& applicationId);
    // Gives the queue the keyboard focus, as F6 does.
    void focusQueue();

    // A store of the test's own on the same database, to assert on what the window did.
    std::unique_ptr<Store> openStore() const;
    ApplicationSummary summaryOf(const std::string& applicationId) const;

private:
    TempDir folder_;
    std::string databaseFile_;
    std::unique_ptr<ui::Session> session_;
    ui::MainFrame* frame_ = nullptr;
};

} // namespace diarydesk::test
