#pragma once

#include "ExitCode.hpp"
#include "platform/Clock.hpp"

#include <memory>
#include <string>

namespace diarydesk {
class MatchService;
class Store;
} // namespace diarydesk

namespace diarydesk::cli {

// What every command shares: the database (opened on first use), the clock, the matching
// service, and where the exit status goes.
class CliContext {
public:
    CliContext();
    ~CliContext();

    std::string databaseLocation; // --db, else $DIARYDESK_DB, else the data folder's diarydesk.db
    bool verbose = false;
    ExitCode exitCode = exitDone;

    Store& store();
    MatchService& matching();
    const Clock& clock() const { return clock_; }

    // The operating-system user, for the audit log when no --user is given.
    static std::string systemUser();

private:
    SystemClock clock_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<MatchService> matching_;
};

} // namespace diarydesk::cli
