#pragma once

#include "SpawnedProcess.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace diarydesk::test {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// diarydesk-cli as IT staff's scripts run it, with its data folder (logs, stored token) and its
// default database in `home`, and no token in the environment unless a test puts one there.
class CliProcess {
public:
    explicit CliProcess(std::filesystem::path home);

    const std::filesystem::path& database() const { return database_; }
    const std::filesystem::path& home() const { return home_; }

    CliResult run(const std::vector<std::string>& arguments,
                  const std::map<std::string, std::string>& environment = {}) const;
    // Starts a run without waiting for it (to kill it midway); its output goes to `output`.
    std::unique_ptr<SpawnedProcess> start(const std::vector<std::string>& arguments,
                                          const std::filesystem::path& output) const;

private:
    std::map<std::string, std::string> environment() const;

    std::filesystem::path home_;
    std::filesystem::path database_;
};

} // namespace diarydesk::test
