#include "common/BackgroundWorker.hpp"

#include "ValidationError.hpp"
#include "logic/WxText.hpp"
#include "services/Progress.hpp"
#include "storage/StorageError.hpp"

#include <spdlog/spdlog.h>
#include <wx/intl.h>

#include <chrono>

namespace diarydesk::ui {

BackgroundWorker::BackgroundWorker(std::string databaseLocation, const Clock& clock)
    : databaseLocation_(std::move(databaseLocation))
    , clock_(clock)
    , thread_([this] { loop(); }) {}

BackgroundWorker::~BackgroundWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        jobs_.clear();
    }
    wake_.notify_all();
    thread_.join();
}

void BackgroundWorker::enqueue(std::function<void(JobContext&)> job) {
    ++*outstanding_;
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    wake_.notify_one();
}

void BackgroundWorker::deliver(std::function<void()> onUiThread) {
    // The callback, and with it the last reference to the owner's weak reference, ends on the UI
    // thread.
    wxTheApp->CallAfter([outstanding = outstanding_, callback = std::move(onUiThread)] {
        --*outstanding;
        callback();
    });
}

void BackgroundWorker::loop() {
    JobContext context(databaseLocation_, clock_);
    for (;;) {
        std::function<void(JobContext&)> job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (stopping_) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        job(context);
    }
}

JobFailure BackgroundWorker::failureOf(const std::exception& error, bool cancelled, JobContext& context) {
    if (cancelled || dynamic_cast<const OperationCancelled*>(&error))
        return JobFailure{_("Cancelled."), true};
    if (dynamic_cast<const StorageError*>(&error)) context.dropStore();
    if (!dynamic_cast<const ValidationError*>(&error))
        spdlog::warn("background job failed: {}", error.what());
    return JobFailure{fromUtf8(error.what()), false};
}

ProgressSink BackgroundWorker::progressSink(const std::shared_ptr<OwnerState>& state,
                                            const std::function<void(double, const wxString&)>& progress) {
    if (!progress) return {};
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    return [state, progress, last](double fraction, const wxString& stage) {
        const auto now = std::chrono::steady_clock::now();
        if (fraction < 1.0 && now - *last < std::chrono::milliseconds(50)) return;
        *last = now;
        wxTheApp->CallAfter([state, progress, fraction, stage = stage.Clone()] {
            if (state->owner) progress(fraction, stage);
        });
    };
}

} // namespace diarydesk::ui
