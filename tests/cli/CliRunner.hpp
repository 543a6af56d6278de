#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace diarydesk::test {

// What one run of diarydesk-cli did: its exit status and everything it printed.
struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs the real diarydesk-cli binary as a child process, the way a script of the IT staff
// does, with its data folder and database pointed into `home` so nothing of the user's is
// touched.
class CliRunner {
public:
    explicit CliRunner(std::filesystem::path home);

    CliRun run(const std::vector<std::string>& arguments) const;

    const std::filesystem::path& database() const { return database_; }

private:
    std::filesystem::path home_;
    std::filesystem::path database_;
};

} // namespace diarydesk::test
