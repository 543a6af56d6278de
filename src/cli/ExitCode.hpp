#pragma once

namespace diarydesk::cli {

// diarydesk-cli's exit statuses; scripts rely on them, so they never change meaning.
enum ExitCode : int {
    exitDone = 0,
    exitFailed = 1,      // failed, and nothing changed
    exitUsage = 2,       // the command line was wrong
    exitPartial = 3,     // done, but some rows or items were rejected (listed)
    exitPending = 4,     // sync: some decisions are still waiting to be delivered
};

} // namespace diarydesk::cli
