#pragma once

#include <string>
#include <vector>

namespace diarydesk {

// A decision the server answered with 409 (someone else decided first, or the parent withdrew
// the application) or 404 (the server does not know the application).
struct SyncConflict {
    std::string applicationId;
    std::string serverStatus; // "approved", "rejected", "withdrawn"; "not_found" after a 404
    int serverVersion = 0;    // 0 when the server gave none
    std::string message;      // plain text naming the request
};

// A decision still waiting for delivery after the run.
struct PendingDecision {
    std::string applicationId;
    int attempts = 0;       // requests sent so far, in every run
    std::string lastError;  // empty when never tried
    int lastHttpStatus = 0; // 0 when no HTTP answer
};

// What one sync run did, for the CLI's output and exit status and for the GUI's summary.
struct SyncReport {
    int pulled = 0;  // new applications stored
    int updated = 0; // stored applications replaced by a higher version
    int pushed = 0;  // decisions the server accepted in this run
    int pending = 0; // decisions still waiting for delivery after the run
    std::vector<SyncConflict> conflicts;
    std::vector<std::string> refused; // application ids whose decision the server refused (400/403/413)
    std::vector<std::string> cancelledDecisions; // unsent decisions dropped because the parent withdrew
    std::vector<PendingDecision> pendingDecisions;
    std::vector<std::string> errors; // plain messages naming the request, for the user

    bool authenticationFailed = false; // 401: the token is wrong or expired; ask for a new one
    bool tlsFailed = false;            // the server's certificate or TLS was refused: nothing was sent
    bool serverReachable = false;      // at least one HTTP answer arrived
    bool pullCompleted = false;        // every page was taken (has_more ended false)
    bool retriesExhausted = false;     // a request still failed when the retry budget ran out
    bool cancelled = false;            // the progress callback asked to stop; done work is kept
};

} // namespace diarydesk
