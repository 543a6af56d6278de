#pragma once

#include "common/JobContext.hpp"

#include <wx/app.h>
#include <wx/event.h>
#include <wx/string.h>
#include <wx/weakref.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace diarydesk {
class Clock;
}

namespace diarydesk::ui {

// Lets the window ask a job to stop; the job sees it through its progress callback.
class JobHandle {
public:
    JobHandle() = default;
    explicit JobHandle(std::shared_ptr<std::atomic<bool>> cancelled)
        : cancelled_(std::move(cancelled)) {}
    void cancel() const {
        if (cancelled_) *cancelled_ = true;
    }

private:
    std::shared_ptr<std::atomic<bool>> cancelled_;
};

// How a job ended when it did not deliver a result.
struct JobFailure {
    wxString message;       // plain text for staff (the core's messages are Russian already)
    bool cancelled = false; // staff asked it to stop
};

// The one way the window does database, file and network work: on a worker thread with its own
// Store (opened there, one connection per thread, as the Store demands), one job after another
// in the order they were asked for, so a decision and the reload that follows it never overtake
// each other. Results come back on the UI thread through the application's CallAfter and are
// dropped if the window that asked is gone by then (wxWeakRef). Long jobs report progress and
// can be cancelled.
class BackgroundWorker {
public:
    BackgroundWorker(std::string databaseLocation, const Clock& clock);
    // Cancels what is queued, waits for the running job and closes the worker's store.
    ~BackgroundWorker();
    BackgroundWorker(const BackgroundWorker&) = delete;
    BackgroundWorker& operator=(const BackgroundWorker&) = delete;

    template <class Result>
    struct Callbacks {
        std::function<void(Result&)> done;
        std::function<void(const JobFailure&)> failed;
        std::function<void(double fraction, const wxString& stage)> progress;
    };

    // Runs `work` on the worker thread; then `done`, `failed` and `progress` run on the UI thread
    // while `owner` still exists.
    template <class Result>
    JobHandle run(wxEvtHandler* owner, std::function<Result(JobContext&)> work, Callbacks<Result> callbacks) {
        auto cancelled = std::make_shared<std::atomic<bool>>(false);
        enqueue([this, state = std::make_shared<OwnerState>(owner), cancelled,
                 shared = std::make_shared<Callbacks<Result>>(std::move(callbacks)),
                 work = std::move(work)](JobContext& context) mutable {
            // The worker lets go of every reference to the owner's state before handing the
            // last one to the UI thread: a wxWeakRef must die on the thread it was made on.
            auto ownerState = std::move(state);
            context.begin(cancelled.get(), progressSink(ownerState, shared->progress));
            std::shared_ptr<Result> result;
            std::shared_ptr<JobFailure> failure;
            try {
                result = std::make_shared<Result>(work(context));
            } catch (const std::exception& error) {
                failure = std::make_shared<JobFailure>(failureOf(error, *cancelled, context));
            }
            context.end();
            deliver([ownerState = std::move(ownerState), shared = std::move(shared), result, failure] {
                if (!ownerState->owner) return;
                if (result && shared->done) shared->done(*result);
                if (failure && shared->failed) shared->failed(*failure);
            });
        });
        return JobHandle(cancelled);
    }

    const std::string& databaseLocation() const { return databaseLocation_; }
    // Jobs asked for whose results have not been handed back yet (tests wait for zero).
    int outstanding() const { return outstanding_->load(); }

private:
    // Made and dereferenced on the UI thread only; the worker just carries it along.
    struct OwnerState {
        explicit OwnerState(wxEvtHandler* handler)
            : owner(handler) {}
        wxWeakRef<wxEvtHandler> owner;
    };

    void enqueue(std::function<void(JobContext&)> job);
    void deliver(std::function<void()> onUiThread);
    void loop();
    static JobFailure failureOf(const std::exception& error, bool cancelled, JobContext& context);
    static ProgressSink progressSink(const std::shared_ptr<OwnerState>& state,
                                     const std::function<void(double, const wxString&)>& progress);

    std::string databaseLocation_;
    const Clock& clock_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void(JobContext&)>> jobs_;
    bool stopping_ = false;
    // Shared with the callbacks in flight, which may run after the worker is gone.
    std::shared_ptr<std::atomic<int>> outstanding_ = std::make_shared<std::atomic<int>>(0);
    std::thread thread_;
};

} // namespace diarydesk::ui
