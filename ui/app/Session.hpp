#pragma once

#include "common/BackgroundWorker.hpp"
#include "platform/Clock.hpp"

#include <memory>
#include <string>

namespace diarydesk::ui {

// What the windows of one running program share: the database in use, its worker, the clock and
// who is deciding (for the audit log and the decision's decided_by).
class Session {
public:
    Session(std::string databaseLocation, std::string staffName);

    BackgroundWorker& worker() { return *worker_; }
    const std::string& databaseLocation() const { return databaseLocation_; }
    const Clock& clock() const { return clock_; }

    const std::string& staffName() const { return staffName_; }
    void setStaffName(std::string name) { staffName_ = std::move(name); }

    // Another database: a new worker with its own store; jobs of the old one are dropped.
    void switchDatabase(std::string databaseLocation);

private:
    SystemClock clock_;
    std::string databaseLocation_;
    std::string staffName_;
    std::unique_ptr<BackgroundWorker> worker_;
};

} // namespace diarydesk::ui
