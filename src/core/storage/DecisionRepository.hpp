#pragma once

#include "Decision.hpp"

#include <optional>
#include <string>

namespace diarydesk {

// The school's current decision per application (history lives in the audit log).
class DecisionRepository {
public:
    virtual ~DecisionRepository() = default;

    virtual std::optional<Decision> forApplication(const std::string& applicationId) = 0;
    virtual std::optional<Decision> find(std::int64_t id) = 0;
    // Stores a new decision and returns it with its id.
    virtual Decision insert(const Decision& decision) = 0;
    // Overwrites a decision (same id) that has not been sent yet.
    virtual void update(const Decision& decision) = 0;
};

} // namespace diarydesk
