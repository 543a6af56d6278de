#pragma once

#include "Application.hpp"
#include "ApplicationSummary.hpp"

#include <optional>
#include <string>
#include <vector>

namespace diarydesk {

class ApplicationRepository {
public:
    virtual ~ApplicationRepository() = default;

    virtual std::optional<Application> find(const std::string& id) = 0;
    // The stored version of an application, if it is stored.
    virtual std::optional<int> versionOf(const std::string& id) = 0;
    virtual std::vector<Application> all() = 0;
    // Applications whose match result is missing or older than the application or the roster.
    virtual std::vector<Application> needingMatch(std::int64_t rosterRevision) = 0;

    virtual void insert(const Application& application, const std::string& receivedAt) = 0;
    virtual void replace(const Application& application, const std::string& receivedAt) = 0;
    // Records the status the server reported for an application (after a 409 or a 404).
    virtual void setServerStatus(const std::string& id, ApplicationStatus status, int version) = 0;

    // The queue: every application with its decision, delivery state and match, oldest first.
    virtual std::vector<ApplicationSummary> summaries() = 0;
    virtual std::optional<ApplicationSummary> summary(const std::string& id) = 0;
};

} // namespace diarydesk
