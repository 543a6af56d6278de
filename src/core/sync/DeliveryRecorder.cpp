#include "DeliveryRecorder.hpp"

#include "DiaryApiClient.hpp"
#include "platform/Clock.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/AuditLog.hpp"
#include "storage/Store.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace diarydesk {
namespace {

constexpr const char* auditActor = "sync";

} // namespace

DeliveryRecorder::DeliveryRecorder(Store& store, const Clock& clock)
    : store_(store)
    , clock_(clock) {}

void DeliveryRecorder::delivered(const OutboxItem& item, const DecisionAnswer& answer) {
    store_.outbox().finish(item.decisionId, OutboxState::delivered, "", answer.status.httpStatus);
    // The delivered outbox entry is the record of a confirmed decision (the queue and the class
    // view read it). The application itself takes the server's status only when that says
    // something else than what was sent: rewriting every delivered application would cost a
    // read and a rewrite per decision and make its match look stale.
    const auto status = applicationStatusFromString(answer.serverStatus);
    const nlohmann::json sent = nlohmann::json::parse(item.payload, nullptr, false);
    const bool confirmsSent = sent.is_object() && sent.value("decision", "") == answer.serverStatus;
    if (status && !confirmsSent) {
        store_.applications().setServerStatus(item.applicationId, *status, answer.serverVersion);
    }
    const nlohmann::json details{{"http_status", answer.status.httpStatus},
                                 {"server_status", answer.serverStatus},
                                 {"version", answer.serverVersion},
                                 {"attempts", item.attempts}};
    store_.audit().append(AuditEntry{0, formatRfc3339Utc(clock_.now()), auditActor, "decision_sent",
                                     item.applicationId, item.decisionId, details.dump()});
}

SyncConflict DeliveryRecorder::conflict(const OutboxItem& item, const DecisionAnswer& answer) {
    const bool unknown = answer.status.outcome == ApiOutcome::notFound;
    // A 404 means the server has no such application (any more): it is kept as withdrawn.
    const std::optional<ApplicationStatus> status = unknown
                                                        ? std::optional(ApplicationStatus::withdrawn)
                                                        : applicationStatusFromString(answer.serverStatus);
    const std::string shownStatus = unknown ? "not_found" : answer.serverStatus;
    if (status) store_.applications().setServerStatus(item.applicationId, *status, answer.serverVersion);
    store_.outbox().finish(item.decisionId, OutboxState::conflict, answer.status.message,
                           answer.status.httpStatus);
    const nlohmann::json details{{"http_status", answer.status.httpStatus},
                                 {"error", answer.status.errorCode},
                                 {"server_status", shownStatus},
                                 {"version", answer.serverVersion}};
    store_.audit().append(AuditEntry{0, formatRfc3339Utc(clock_.now()), auditActor,
                                     unknown ? "decision_not_found" : "decision_conflict", item.applicationId,
                                     item.decisionId, details.dump()});
    spdlog::warn("decision on {}: {}", item.applicationId, answer.status.message);
    return SyncConflict{item.applicationId, shownStatus, answer.serverVersion, answer.status.message};
}

void DeliveryRecorder::refused(const OutboxItem& item, const ApiStatus& status) {
    store_.outbox().finish(item.decisionId, OutboxState::refused, status.message, status.httpStatus);
    const nlohmann::json details{{"http_status", status.httpStatus}, {"error", status.errorCode}};
    store_.audit().append(AuditEntry{0, formatRfc3339Utc(clock_.now()), auditActor, "decision_refused",
                                     item.applicationId, item.decisionId, details.dump()});
    spdlog::warn("decision on {} refused: {}", item.applicationId, status.message);
}

void DeliveryRecorder::undelivered(const OutboxItem& item, const ApiStatus& status,
                                   const std::string& nextAttemptAt, bool sent) {
    store_.outbox().scheduleRetry(item.decisionId, nextAttemptAt, status.message, status.httpStatus);
    if (sent && status.httpStatus != 0) {
        const nlohmann::json details{
            {"http_status", status.httpStatus}, {"error", status.errorCode}, {"retry_at", nextAttemptAt}};
        store_.audit().append(AuditEntry{0, formatRfc3339Utc(clock_.now()), auditActor,
                                         "decision_not_delivered", item.applicationId, item.decisionId,
                                         details.dump()});
    }
}

} // namespace diarydesk
