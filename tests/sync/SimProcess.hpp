#pragma once

#include "SpawnedProcess.hpp"
#include "TestCertificates.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace diarydesk::test {

// diarydesk-sim run as a real process on a free loopback port, for school "school-1" with the
// token "test-token", journaling every request into the test's folder.
class SimProcess {
public:
    static constexpr const char* token = "test-token";
    static constexpr const char* school = "school-1";

    // `arguments`: what to serve and which faults to inject ("--generate", "30", …).
    SimProcess(const std::filesystem::path& folder, const TestCertificates::ServerFiles& certificate,
               const std::vector<std::string>& arguments);
    ~SimProcess();

    std::string url() const; // https://127.0.0.1:PORT
    int port() const { return port_; }
    // Every request the simulator handled so far, as journaled.
    std::vector<nlohmann::json> journal() const;
    // Stops the simulator and returns what it printed.
    std::string stop();

private:
    std::filesystem::path journal_;
    std::filesystem::path output_;
    std::unique_ptr<SpawnedProcess> process_;
    int port_ = 0;
};

// Counts the journal entries for which `predicate` holds.
template <class Predicate>
long countEntries(const std::vector<nlohmann::json>& journal, Predicate predicate) {
    long count = 0;
    for (const auto& entry : journal)
        count += predicate(entry) ? 1 : 0;
    return count;
}

// Writes the simulator's token into an owner-only file in `folder`, for --token-file.
std::filesystem::path writeTokenFile(const std::filesystem::path& folder);

// sync --server URL --school school-1 --ca CA --token-file FILE --json
std::vector<std::string> syncCommand(const std::string& url, const std::filesystem::path& ca,
                                     const std::filesystem::path& tokenFile);

} // namespace diarydesk::test
