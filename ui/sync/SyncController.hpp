#pragma once

#include "common/BackgroundWorker.hpp"
#include "sync/SyncJob.hpp"

#include <wx/event.h>
#include <wx/timer.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>

class wxFrame;

namespace diarydesk::ui {

class Session;
class StatusLine;

// Synchronisation in the window: the Sync button (and its menu item) start a sync now, a timer
// starts one every few minutes when the server, the school and the token are set. Syncs run on a
// BackgroundWorker of their own, so a slow or unreachable server never holds up the decisions and
// reloads on the session's worker, nor the window. One sync at a time: while one runs the button
// is greyed out and another trigger is ignored. The outcome goes to the status line (last sync,
// decisions waiting, server unreachable) and, when staff should act, to a notice.
class SyncController : public wxEvtHandler {
public:
    static constexpr std::chrono::minutes defaultInterval{5};

    // `menuCommand`: the frame's menu item that starts a sync too. `tokenFolder`: where the
    // TokenStore keeps the token (empty: the data folder).
    SyncController(wxFrame& frame, Session& session, StatusLine& status, int menuCommand,
                   std::filesystem::path tokenFolder = {});
    // Asks a running sync to stop at its next safe point and waits for it.
    ~SyncController() override;
    SyncController(const SyncController&) = delete;
    SyncController& operator=(const SyncController&) = delete;

    // Set by the frame: a notice for staff, and "the applications changed, reload the queue".
    std::function<void(const wxString& text)> onNotice;
    std::function<void()> onQueueChanged;

    // Staff asked (button, menu, F5).
    void syncNow();
    // The timer: quiet when sync is not set up or the server is down (the status line says so).
    void syncInBackground();
    void startTimer(std::chrono::milliseconds interval = defaultInterval);
    // Shows in the status line whether sync is set up (after start and after the settings changed).
    void refreshState();

    // A passing failure is retried within this budget, then left for the next sync.
    void setRetryBudget(std::chrono::milliseconds budget) { request_.retryBudget = budget; }
    bool running() const { return running_; }
    // Syncs that ended (done or failed) since the window opened; tests wait on it.
    int finishedRuns() const { return finishedRuns_; }

private:
    void start(bool askedByStaff);
    void finish(const SyncOutcome& outcome, bool askedByStaff);
    void fail(const JobFailure& failure);
    void setRunning(bool running);
    void notify(const wxString& text);
    BackgroundWorker& worker();

    wxFrame& frame_;
    Session& session_;
    StatusLine& status_;
    int menuCommand_;
    SyncRequest request_;
    std::unique_ptr<BackgroundWorker> worker_;
    JobHandle job_;
    wxTimer timer_;
    wxString lastSync_;
    bool running_ = false;
    int finishedRuns_ = 0;
};

} // namespace diarydesk::ui
