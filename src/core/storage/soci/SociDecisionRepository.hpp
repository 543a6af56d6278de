#pragma once

#include "storage/DecisionRepository.hpp"

namespace soci {
class session;
}

namespace diarydesk {

class SociDecisionRepository final : public DecisionRepository {
public:
    explicit SociDecisionRepository(soci::session& sql) : sql_(sql) {}

    std::optional<Decision> forApplication(const std::string& applicationId) override;
    std::optional<Decision> find(std::int64_t id) override;
    Decision insert(const Decision& decision) override;
    void update(const Decision& decision) override;

private:
    std::optional<Decision> selectOne(const std::string& where, const std::string& textKey, long long numberKey);

    soci::session& sql_;
};

} // namespace diarydesk
