#pragma once

#include "matching/MatchResult.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace diarydesk {

// Stored match results, each tied to the application version and roster revision it used.
class MatchRepository {
public:
    virtual ~MatchRepository() = default;
    virtual void save(const std::vector<MatchResult>& results, std::int64_t rosterRevision,
                      const std::string& computedAt) = 0;
    virtual std::optional<MatchResult> find(const std::string& applicationId) = 0;
};

} // namespace diarydesk
