#pragma once

#include "storage/MatchRepository.hpp"

namespace soci {
class session;
}

namespace diarydesk {

class SociMatchRepository final : public MatchRepository {
public:
    explicit SociMatchRepository(soci::session& sql) : sql_(sql) {}

    void save(const std::vector<MatchResult>& results, std::int64_t rosterRevision,
              const std::string& computedAt) override;
    std::optional<MatchResult> find(const std::string& applicationId) override;

private:
    soci::session& sql_;
};

} // namespace diarydesk
