#pragma once

#include "RetryPolicy.hpp"
#include "SyncReport.hpp"
#include "services/Progress.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace diarydesk {

class Clock;
class HttpsClient;
class MatchService;
class Store;

// Where to sync and as whom. The token is held in memory only for the run.
struct SyncConnection {
    std::string serverUrl; // https://…
    std::string schoolId;
    std::string token;
    std::filesystem::path caFile; // empty: the system trust store
};

struct SyncOptions {
    bool pull = true;
    bool push = true;
    int pageSize = 100; // 1..500
    RetryPolicy retry;  // retryBudget: 60 s by default
    // Waits between attempts; empty: really sleeps. Tests pass one that advances their clock.
    std::function<void(std::chrono::milliseconds)> sleep;
};

// One sync with the central server: pulls new applications page by page (each page committed
// together with the cursor after it), then delivers pending decisions from the outbox, each
// marked as being sent (and so final) in a committed transaction before its request goes out.
// Retries what failed for a passing reason within the retry budget; stops at 401 or a refused
// certificate. The Store belongs to the calling thread (the GUI runs this on a worker with a
// Store of its own).
class SyncService {
public:
    SyncService(Store& store, const Clock& clock, MatchService* matching = nullptr);

    // Connects with a BeastHttpsClient. Throws ValidationError when the URL, the school id or the
    // CA file is unusable, before anything is sent; everything the server or the network does
    // ends up in the report. `progress` gets (0..1, stage) and may return false to cancel: the run
    // then stops at the next safe point and returns with `cancelled` set.
    SyncReport run(const SyncConnection& connection, const SyncOptions& options = {},
                   const ProgressCallback& progress = {});
    // The same over a given client (tests, the benchmark).
    SyncReport run(HttpsClient& client, const SyncConnection& connection, const SyncOptions& options = {},
                   const ProgressCallback& progress = {});

    // The decisions still waiting for delivery, oldest first.
    std::vector<PendingDecision> pendingDecisions();

private:
    Store& store_;
    const Clock& clock_;
    MatchService* matching_;
};

} // namespace diarydesk
