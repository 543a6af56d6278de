#pragma once

#include "services/Progress.hpp"

#include <string>

namespace diarydesk {

class Clock;
class DiaryApiClient;
class MatchService;
class RetryWindow;
class Store;
struct ApplicationPage;
struct SyncReport;

// The pull half of a sync: pages through the school's applications from the stored cursor,
// committing each page's items and the cursor after them in one transaction, so a crash between
// pages neither loses nor repeats anything. The highest version of each application is kept
// (ApplicationIntakeService).
class ApplicationPuller {
public:
    // `cursorScope` names the server and school the stored cursor belongs to: a cursor of
    // another server or school is not reused.
    ApplicationPuller(Store& store, const Clock& clock, DiaryApiClient& api, RetryWindow& retries,
                      std::string cursorScope, ProgressCallback progress);

    // Returns false when the whole sync must stop (401, refused certificate).
    bool pull(int pageSize, MatchService* matching, SyncReport& report);

    static constexpr const char* cursorKey = "sync.cursor";
    static constexpr const char* cursorScopeKey = "sync.cursor_scope";

private:
    std::string storedCursor();
    void takePage(const ApplicationPage& page, const std::string& cursor, SyncReport& report);

    Store& store_;
    const Clock& clock_;
    DiaryApiClient& api_;
    RetryWindow& retries_;
    std::string cursorScope_;
    ProgressCallback progress_;
};

} // namespace diarydesk
