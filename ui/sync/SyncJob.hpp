#pragma once

#include "sync/SyncReport.hpp"

#include <chrono>
#include <filesystem>

namespace diarydesk::ui {

class JobContext;

// How the window asks for a sync.
struct SyncRequest {
    std::filesystem::path tokenFolder; // where the TokenStore keeps the token
    // Short next to the CLI's minute: the window syncs again on its timer, and staff who pressed
    // the button should not watch a server that is down being retried for long.
    std::chrono::milliseconds retryBudget{15'000};
};

// What a sync on the worker did. When the server, the school or the token is missing nothing is
// sent and `setUp` is false.
struct SyncOutcome {
    bool setUp = false;
    SyncReport report;
    int pending = 0; // decisions waiting to be sent after the run (also when not set up)
};

// Runs on the worker thread with the worker's own store: reads the sync settings and the stored
// token, pulls and pushes through SyncService (new applications are matched as they arrive).
// Throws ValidationError when the settings or the stored token cannot be used; the token never
// leaves this function.
SyncOutcome runSyncJob(JobContext& context, const SyncRequest& request);

// Whether the server, the school and a token are set (on the worker thread). A stored token that
// cannot be used counts as set: the sync then says what is wrong with it.
bool syncIsSetUp(JobContext& context, const std::filesystem::path& tokenFolder);

} // namespace diarydesk::ui
