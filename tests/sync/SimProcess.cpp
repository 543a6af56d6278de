#include "SimProcess.hpp"

#include "TempDir.hpp"

#include <chrono>
#include <fstream>
#include <signal.h>
#include <stdexcept>
#include <thread>

namespace diarydesk::test {
namespace {

int started = 0; // simulators started by this test run: each gets files of its own

} // namespace

SimProcess::SimProcess(const std::filesystem::path& folder, const TestCertificates::ServerFiles& certificate,
                       const std::vector<std::string>& arguments)
    : journal_(folder / ("sim-" + std::to_string(++started) + "-journal.jsonl"))
    , output_(folder / ("sim-" + std::to_string(started) + "-output.txt")) {
    const std::filesystem::path portFile = folder / ("sim-" + std::to_string(started) + "-port.txt");
    std::vector<std::string> argv{DIARYDESK_SIM_PATH,
                                  "--cert",
                                  certificate.certificate.string(),
                                  "--key",
                                  certificate.key.string(),
                                  "--token",
                                  token,
                                  "--school",
                                  school,
                                  "--port",
                                  "0",
                                  "--port-file",
                                  portFile.string(),
                                  "--journal",
                                  journal_.string()};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    process_ = std::make_unique<SpawnedProcess>(argv, std::map<std::string, std::string>{}, output_);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (port_ == 0) {
        std::ifstream in(portFile);
        if (in >> port_ && port_ > 0) break;
        port_ = 0;
        if (!process_->running() || std::chrono::steady_clock::now() > deadline) {
            throw std::runtime_error("diarydesk-sim did not start: " + readFile(output_));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

SimProcess::~SimProcess() {
    if (process_) stop();
}

std::string SimProcess::url() const {
    return "https://127.0.0.1:" + std::to_string(port_);
}

std::vector<nlohmann::json> SimProcess::journal() const {
    std::vector<nlohmann::json> entries;
    std::ifstream in(journal_);
    std::string line;
    while (std::getline(in, line)) {
        // The simulator may be writing the last line right now: a partial line is left for later.
        nlohmann::json entry = nlohmann::json::parse(line, nullptr, false);
        if (!entry.is_discarded()) entries.push_back(std::move(entry));
    }
    return entries;
}

std::string SimProcess::stop() {
    if (process_) {
        process_->signal(SIGTERM);
        process_->wait();
        process_.reset();
    }
    return readFile(output_);
}

std::filesystem::path writeTokenFile(const std::filesystem::path& folder) {
    const std::filesystem::path file = folder / "token.txt";
    writeFile(file, std::string(SimProcess::token) + "\n");
    std::filesystem::permissions(file,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    return file;
}

std::vector<std::string> syncCommand(const std::string& url, const std::filesystem::path& ca,
                                     const std::filesystem::path& tokenFile) {
    return {"sync",         "--server",         url,     "--school", SimProcess::school, "--ca", ca.string(),
            "--token-file", tokenFile.string(), "--json"};
}

} // namespace diarydesk::test
