#include "DecisionPusher.hpp"

#include "DiaryApiClient.hpp"
#include "RetryWindow.hpp"
#include "SyncReport.hpp"
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

DecisionPusher::DecisionPusher(Store& store, const Clock& clock, DiaryApiClient& api, RetryWindow& retries,
                               ProgressCallback progress)
    : store_(store)
    , clock_(clock)
    , api_(api)
    , retries_(retries)
    , progress_(std::move(progress)) {}

bool DecisionPusher::push(SyncReport& report) {
    const std::vector<OutboxItem> items = store_.outbox().pending();
    for (std::size_t index = 0; index < items.size(); ++index) {
        const double fraction = 0.5 + 0.5 * static_cast<double>(index) / static_cast<double>(items.size());
        Next next = Next::retrySame;
        while (next == Next::retrySame) {
            reportProgress(progress_, fraction, "отправка решений");
            next = deliverOnce(items[index], fraction, report);
        }
        if (next == Next::stopPushing) return true;
        if (next == Next::stopSync) return false;
    }
    return true;
}

std::optional<OutboxItem> DecisionPusher::beginAttempt(std::int64_t decisionId) {
    // The update comes first so the row is locked before it is read: a decision changed or
    // withdrawn at this moment by another window either commits before (and is sent as changed)
    // or finds the attempt begun (and is refused).
    auto transaction = store_.beginTransaction();
    store_.outbox().markAttemptStarted(decisionId, formatRfc3339Utc(clock_.now()));
    auto current = store_.outbox().find(decisionId);
    if (!current || current->state != OutboxState::pending) return std::nullopt; // rolled back
    transaction->commit();
    return current;
}

DecisionPusher::Next DecisionPusher::deliverOnce(const OutboxItem& item, double fraction,
                                                 SyncReport& report) {
    // Connect before the attempt is marked: an unreachable server or a refused certificate leaves
    // the decision changeable, as nothing has been sent.
    const ApiStatus connected = api_.connect();
    if (connected.outcome == ApiOutcome::tlsFailed) {
        report.tlsFailed = true;
        report.errors.push_back(connected.message);
        return Next::stopSync;
    }
    if (!connected.ok()) return retryLater(item, connected, false, fraction, report);

    const auto current = beginAttempt(item.decisionId);
    if (!current) return Next::nextDecision; // delivered, cancelled or refused meanwhile

    const DecisionAnswer answer =
        api_.postDecision(current->applicationId, current->idempotencyKey, current->payload);
    const ApiStatus& status = answer.status;
    if (status.httpStatus != 0) report.serverReachable = true;
    switch (status.outcome) {
    case ApiOutcome::ok:
        retries_.succeeded();
        recordDelivered(*current, answer);
        ++report.pushed;
        return Next::nextDecision;
    case ApiOutcome::conflict:
    case ApiOutcome::notFound:
        retries_.succeeded();
        recordConflict(*current, answer, report);
        return Next::nextDecision;
    case ApiOutcome::refused:
        retries_.succeeded();
        recordRefused(*current, status, report);
        return Next::nextDecision;
    case ApiOutcome::unauthorized:
        recordUndelivered(*current, status, "", true);
        report.authenticationFailed = true;
        report.errors.push_back(status.message);
        return Next::stopSync;
    case ApiOutcome::tlsFailed:
        recordUndelivered(*current, status, "", true);
        report.tlsFailed = true;
        report.errors.push_back(status.message);
        return Next::stopSync;
    case ApiOutcome::tooLarge:
        // The same answer would come again: left for a later run, and the next decision goes on.
        recordUndelivered(*current, status, "", true);
        report.errors.push_back(status.message);
        return Next::nextDecision;
    case ApiOutcome::rateLimited:
    case ApiOutcome::retryable:
        return retryLater(*current, status, true, fraction, report);
    }
    return Next::nextDecision;
}

DecisionPusher::Next DecisionPusher::retryLater(const OutboxItem& item, const ApiStatus& status, bool sent,
                                                double fraction, SyncReport& report) {
    spdlog::warn("decision on {} not delivered: {}", item.applicationId, status.message);
    const auto next = retries_.nextAttemptAfterFailure(status.retryAfter);
    recordUndelivered(item, status, next ? formatRfc3339Utc(*next) : std::string{}, sent);
    if (!next) {
        report.errors.push_back(status.message +
                                " (повторы в этой синхронизации исчерпаны, решения ждут следующей)");
        report.retriesExhausted = true;
        return Next::stopPushing;
    }
    retries_.waitUntil(*next, fraction,
                       status.outcome == ApiOutcome::rateLimited ? "сервер просит подождать"
                                                                 : "повтор отправки");
    return Next::retrySame;
}

void DecisionPusher::recordDelivered(const OutboxItem& item, const DecisionAnswer& answer) {
    auto transaction = store_.beginTransaction();
    store_.outbox().finish(item.decisionId, OutboxState::delivered, "", answer.status.httpStatus);
    if (const auto status = applicationStatusFromString(answer.serverStatus)) {
        store_.applications().setServerStatus(item.applicationId, *status, answer.serverVersion);
    }
    nlohmann::json details{{"http_status", answer.status.httpStatus},
                           {"server_status", answer.serverStatus},
                           {"version", answer.serverVersion},
                           {"attempts", item.attempts}};
    store_.audit().append(AuditEntry{0, formatRfc3339Utc(clock_.now()), auditActor, "decision_sent",
                                     item.applicationId, item.decisionId, details.dump()});
    transaction->commit();
    spdlog::debug("decision on {} delivered", item.applicationId);
}

void DecisionPusher::recordConflict(const OutboxItem& item, const DecisionAnswer& answer,
                                    SyncReport& report) {
    const bool unknown = answer.status.outcome == ApiOutcome::notFound;
    // A 404 means the server has no such application (any more): it is kept as withdrawn.
    const std::optional<ApplicationStatus> status = unknown
                                                        ? std::optional(ApplicationStatus::withdrawn)
                                                        : applicationStatusFromString(answer.serverStatus);
    const std::string shownStatus = unknown ? "not_found" : answer.serverStatus;

    auto transaction = store_.beginTransaction();
    if (status) store_.applications().setServerStatus(item.applicationId, *status, answer.serverVersion);
    store_.outbox().finish(item.decisionId, OutboxState::conflict, answer.status.message,
                           answer.status.httpStatus);
    nlohmann::json details{{"http_status", answer.status.httpStatus},
                           {"error", answer.status.errorCode},
                           {"server_status", shownStatus},
                           {"version", answer.serverVersion}};
    store_.audit().append(AuditEntry{0, formatRfc3339Utc(clock_.now()), auditActor,
                                     unknown ? "decision_not_found" : "decision_conflict", item.applicationId,
                                     item.decisionId, details.dump()});
    transaction->commit();
    spdlog::warn("decision on {}: {}", item.applicationId, answer.status.message);
    report.conflicts.push_back(
        SyncConflict{item.applicationId, shownStatus, answer.serverVersion, answer.status.message});
}

void DecisionPusher::recordRefused(const OutboxItem& item, const ApiStatus& status, SyncReport& report) {
    auto transaction = store_.beginTransaction();
    store_.outbox().finish(item.decisionId, OutboxState::refused, status.message, status.httpStatus);
    nlohmann::json details{{"http_status", status.httpStatus}, {"error", status.errorCode}};
    store_.audit().append(AuditEntry{0, formatRfc3339Utc(clock_.now()), auditActor, "decision_refused",
                                     item.applicationId, item.decisionId, details.dump()});
    transaction->commit();
    spdlog::warn("decision on {} refused: {}", item.applicationId, status.message);
    report.refused.push_back(item.applicationId);
    report.errors.push_back(status.message);
}

void DecisionPusher::recordUndelivered(const OutboxItem& item, const ApiStatus& status,
                                       const std::string& nextAttemptAt, bool sent) {
    auto transaction = store_.beginTransaction();
    store_.outbox().scheduleRetry(item.decisionId, nextAttemptAt, status.message, status.httpStatus);
    if (sent && status.httpStatus != 0) {
        nlohmann::json details{
            {"http_status", status.httpStatus}, {"error", status.errorCode}, {"retry_at", nextAttemptAt}};
        store_.audit().append(AuditEntry{0, formatRfc3339Utc(clock_.now()), auditActor,
                                         "decision_not_delivered", item.applicationId, item.decisionId,
                                         details.dump()});
    }
    transaction->commit();
}

} // namespace diarydesk
