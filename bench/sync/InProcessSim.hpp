#pragma once

#include "ApplicationFeed.hpp"
#include "FaultPlan.hpp"
#include "RequestJournal.hpp"
#include "SimApi.hpp"
#include "SimServer.hpp"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

namespace diarydesk::bench {

// The simulator's server on a thread of the benchmark, fresh for each side of the comparison,
// serving `count` generated applications on a free loopback port, no faults, no journal file.
class InProcessSim {
public:
    InProcessSim(const std::filesystem::path& certificate, const std::filesystem::path& key,
                 const std::string& token, std::size_t count);
    ~InProcessSim();

    std::string url() const;
    // Stops serving; the totals are final after this.
    void stop();
    const sim::RequestJournal& journal() const { return journal_; }

private:
    sim::ApplicationFeed feed_;
    sim::FaultPlan faults_;
    sim::SimApi api_;
    sim::RequestJournal journal_;
    std::unique_ptr<sim::SimServer> server_;
    std::thread thread_;
};

} // namespace diarydesk::bench
