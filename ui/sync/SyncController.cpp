#include "sync/SyncController.hpp"

#include "app/Session.hpp"
#include "main/StatusLine.hpp"
#include "platform/DataFolder.hpp"
#include "sync/SyncTexts.hpp"

#include <wx/button.h>
#include <wx/datetime.h>
#include <wx/frame.h>
#include <wx/intl.h>
#include <wx/menu.h>

namespace diarydesk::ui {

SyncController::SyncController(wxFrame& frame, Session& session, StatusLine& status, int menuCommand,
                               std::filesystem::path tokenFolder)
    : frame_(frame)
    , session_(session)
    , status_(status)
    , menuCommand_(menuCommand)
    , timer_(this) {
    request_.tokenFolder = tokenFolder.empty() ? dataFolder() : std::move(tokenFolder);
    status_.syncButton()->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { syncNow(); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { syncInBackground(); });
}

SyncController::~SyncController() {
    timer_.Stop();
    job_.cancel();
}

BackgroundWorker& SyncController::worker() {
    // After staff switched databases in the settings, syncs go to the new one.
    if (!worker_ || worker_->databaseLocation() != session_.databaseLocation())
        worker_ = std::make_unique<BackgroundWorker>(session_.databaseLocation(), session_.clock());
    return *worker_;
}

void SyncController::syncNow() {
    start(true);
}

void SyncController::syncInBackground() {
    start(false);
}

void SyncController::startTimer(std::chrono::milliseconds interval) {
    timer_.Start(static_cast<int>(interval.count()));
}

void SyncController::refreshState() {
    if (running_) return;
    worker().run<bool>(
        this, [folder = request_.tokenFolder](JobContext& context) { return syncIsSetUp(context, folder); },
        {[this](bool& setUp) {
             if (running_) return;
             if (!setUp) {
                 status_.setSyncState(_("Sync: not set up"));
             } else if (lastSync_.empty()) {
                 status_.setSyncState(_("Sync: not yet run"));
             }
         },
         {},
         {}});
}

void SyncController::start(bool askedByStaff) {
    if (running_) return;
    setRunning(true);
    job_ = worker().run<SyncOutcome>(
        this, [request = request_](JobContext& context) { return runSyncJob(context, request); },
        {[this, askedByStaff](SyncOutcome& outcome) { finish(outcome, askedByStaff); },
         [this](const JobFailure& failure) { fail(failure); },
         {}});
}

void SyncController::finish(const SyncOutcome& outcome, bool askedByStaff) {
    const SyncReport& report = outcome.report;
    if (outcome.setUp && report.serverReachable && !report.tlsFailed && !report.authenticationFailed)
        lastSync_ = wxDateTime::Now().Format("%H:%M");
    setRunning(false);
    ++finishedRuns_;
    status_.setSyncState(syncStateText(outcome, lastSync_));
    status_.setPendingDecisions(outcome.pending);
    notify(syncNoticeText(outcome, askedByStaff));
    const bool queueChanged = report.pulled + report.updated + report.pushed > 0 ||
                              !report.conflicts.empty() || !report.refused.empty() ||
                              !report.cancelledDecisions.empty();
    if (queueChanged && onQueueChanged) onQueueChanged();
}

void SyncController::fail(const JobFailure& failure) {
    setRunning(false);
    ++finishedRuns_;
    status_.setSyncState(failure.cancelled ? _("Sync interrupted") : _("Sync failed"));
    if (!failure.cancelled) notify(wxString::Format(_("Sync failed: %s"), failure.message));
}

void SyncController::setRunning(bool running) {
    running_ = running;
    status_.syncButton()->Enable(!running);
    if (wxMenuBar* menu = frame_.GetMenuBar()) menu->Enable(menuCommand_, !running);
    if (running) status_.setSyncState(_("Syncing with the server..."));
}

void SyncController::notify(const wxString& text) {
    if (!text.empty() && onNotice) onNotice(text);
}

} // namespace diarydesk::ui
