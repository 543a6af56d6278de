#pragma once

#include "storage/ApplicationRepository.hpp"

namespace soci {
class session;
}

namespace diarydesk {

class SociApplicationRepository final : public ApplicationRepository {
public:
    explicit SociApplicationRepository(soci::session& sql) : sql_(sql) {}

    std::optional<Application> find(const std::string& id) override;
    std::optional<int> versionOf(const std::string& id) override;
    std::vector<Application> all() override;
    std::vector<Application> needingMatch(std::int64_t rosterRevision) override;
    void insert(const Application& application, const std::string& receivedAt) override;
    void replace(const Application& application, const std::string& receivedAt) override;
    void setServerStatus(const std::string& id, ApplicationStatus status, int version) override;
    std::vector<ApplicationSummary> summaries() override;
    std::optional<ApplicationSummary> summary(const std::string& id) override;

private:
    std::vector<Application> selectBodies(const std::string& query, long long parameter, bool bindParameter);
    std::vector<ApplicationSummary> selectSummaries(const std::string& id);

    soci::session& sql_;
};

} // namespace diarydesk
