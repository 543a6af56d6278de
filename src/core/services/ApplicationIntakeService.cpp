#include "ApplicationIntakeService.hpp"

#include "MatchService.hpp"
#include "ValidationError.hpp"
#include "platform/Clock.hpp"
#include "platform/FileReading.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/AuditLog.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/Store.hpp"

#include <spdlog/spdlog.h>

namespace diarydesk {

ApplicationIntakeService::ApplicationIntakeService(Store& store, const Clock& clock, MatchService* matching)
    : store_(store)
    , clock_(clock)
    , matching_(matching) {}

IntakeReport ApplicationIntakeService::importFile(const std::filesystem::path& file) {
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(readWholeFile(file));
    } catch (const nlohmann::json::parse_error& error) {
        throw ValidationError(file.filename().string() + ": не JSON (байт " + std::to_string(error.byte) + ")");
    }
    DecodedApplications decoded;
    try {
        decoded = decodeApplicationList(document);
    } catch (const ValidationError& error) {
        throw ValidationError(file.filename().string() + ": " + error.what());
    }
    IntakeReport report = take(decoded.items);
    report.errors = decoded.errors;
    for (const auto& error : report.errors) {
        spdlog::warn("application {} in {} skipped: {}", error.reference, file.filename().string(), error.message);
    }
    refreshMatches();
    return report;
}

IntakeReport ApplicationIntakeService::take(const std::vector<Application>& applications) {
    const std::string now = formatRfc3339Utc(clock_.now());
    IntakeReport report;
    auto transaction = store_.beginTransaction();
    ApplicationRepository& repository = store_.applications();
    for (const Application& application : applications) {
        const auto stored = repository.versionOf(application.id);
        if (!stored) {
            repository.insert(application, now);
            ++report.added;
            continue;
        }
        if (*stored >= application.version) {
            ++report.unchanged;
            continue;
        }
        repository.replace(application, now);
        ++report.updated;
        AuditEntry entry{0, now, "intake", "application_updated", application.id, std::nullopt,
                         nlohmann::json{{"version", application.version},
                                        {"status", std::string(toString(application.status))}}
                             .dump()};
        store_.audit().append(entry);

        // A decision that has not begun sending is withdrawn with the application; one that has
        // begun is final and the server will answer it.
        if (application.status != ApplicationStatus::withdrawn) continue;
        const auto decision = store_.decisions().forApplication(application.id);
        if (!decision) continue;
        const auto item = store_.outbox().find(decision->id);
        if (item && item->state == OutboxState::pending && item->firstAttemptAt.empty()) {
            store_.outbox().finish(decision->id, OutboxState::cancelled, "заявление отозвано заявителем", 0);
            store_.audit().append(AuditEntry{0, now, "intake", "decision_cancelled", application.id, decision->id,
                                             R"({"reason":"application_withdrawn"})"});
            report.cancelledDecisions.push_back(application.id);
        }
    }
    transaction->commit();
    spdlog::info("applications taken: {} added, {} updated, {} unchanged", report.added, report.updated,
                 report.unchanged);
    return report;
}

void ApplicationIntakeService::refreshMatches() {
    if (matching_) matching_->refreshStale();
}

} // namespace diarydesk
