#pragma once

#include "services/Progress.hpp"

#include <wx/string.h>

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace diarydesk {
class Clock;
class Store;
} // namespace diarydesk

namespace diarydesk::ui {

// Where a job's progress goes: the worker hands it to the UI thread, a few times a second at most.
using ProgressSink = std::function<void(double fraction, const wxString& stage)>;

// What a job running on the worker thread may use: the worker's own store, the clock, and a
// progress callback for the core's long operations that also carries the cancel request.
class JobContext {
public:
    JobContext(std::string databaseLocation, const Clock& clock);
    ~JobContext();

    // Opens the store on first use (on this, the worker's, thread).
    Store& store();
    const Clock& clock() const { return clock_; }
    bool cancelled() const { return cancelled_ && cancelled_->load(); }
    // For RosterImportService and the like: reports progress, returns false once cancelled.
    ProgressCallback progress();
    // Reports progress with a text of the job's own.
    bool report(double fraction, const wxString& stage);

    // Called by the worker around each job.
    void begin(const std::atomic<bool>* cancelled, ProgressSink sink);
    void end();
    // After a storage failure the connection may be broken: the next job opens a new one.
    void dropStore();

private:
    std::string databaseLocation_;
    const Clock& clock_;
    std::unique_ptr<Store> store_;
    const std::atomic<bool>* cancelled_ = nullptr;
    ProgressSink sink_;
};

} // namespace diarydesk::ui
