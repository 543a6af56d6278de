#pragma once

#include <filesystem>

namespace diarydesk {

struct LoggingOptions {
    std::filesystem::path folder; // the log file goes to <folder>/diarydesk.log, rotated
    bool verbose = false;         // also debug messages in the file and on stderr
    bool quietStderr = false;     // nothing on stderr (the GUI)
};

// Sets up the default spdlog logger: a rotating file (info and above; 5 files of 5 MiB) and
// stderr for warnings and errors, both through the RedactingFormatter. Safe to call again.
void setUpLogging(const LoggingOptions& options);

} // namespace diarydesk
