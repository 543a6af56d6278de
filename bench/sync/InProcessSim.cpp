#include "InProcessSim.hpp"

#include "ApplicationSource.hpp"

namespace diarydesk::bench {
namespace {

sim::SimOptions generated(std::size_t count) {
    sim::SimOptions options;
    options.generate = count;
    return options;
}

} // namespace

InProcessSim::InProcessSim(const std::filesystem::path& certificate, const std::filesystem::path& key,
                           const std::string& token, std::size_t count)
    : feed_(sim::loadApplications(generated(count)))
    , faults_(sim::FaultOptions{})
    , api_(token, sim::SimOptions{}.schoolId, feed_, faults_)
    , journal_("")
    , server_(std::make_unique<sim::SimServer>(
          sim::SimServerSettings{"127.0.0.1", 0, certificate.string(), key.string(), {}}, api_, journal_))
    , thread_([this] { server_->run(); }) {}

InProcessSim::~InProcessSim() {
    stop();
}

std::string InProcessSim::url() const {
    return "https://127.0.0.1:" + std::to_string(server_->port());
}

void InProcessSim::stop() {
    if (!thread_.joinable()) return;
    server_->stop();
    thread_.join();
}

} // namespace diarydesk::bench
