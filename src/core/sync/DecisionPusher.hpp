#pragma once

#include "services/Progress.hpp"
#include "storage/OutboxRepository.hpp"

#include <optional>

namespace diarydesk {

class Clock;
class DiaryApiClient;
class RetryWindow;
class Store;
struct ApiStatus;
struct DecisionAnswer;
struct SyncReport;

// The push half of a sync: delivers the outbox's pending decisions, oldest first, one request
// at a time over the kept-alive connection. Before a decision's request goes out, its first
// attempt is committed: from then on the decision is final locally and is only ever resent with
// the same Idempotency-Key, so a crash at any moment loses nothing and applies nothing twice.
// Every server answer is recorded in the outbox and the audit log.
class DecisionPusher {
public:
    DecisionPusher(Store& store, const Clock& clock, DiaryApiClient& api, RetryWindow& retries,
                   ProgressCallback progress);

    // Returns false when the whole sync must stop (401, refused certificate).
    bool push(SyncReport& report);

private:
    enum class Next { nextDecision, retrySame, stopPushing, stopSync };

    std::optional<OutboxItem> beginAttempt(std::int64_t decisionId);
    Next deliverOnce(const OutboxItem& item, double fraction, SyncReport& report);
    Next retryLater(const OutboxItem& item, const ApiStatus& status, bool sent, double fraction,
                    SyncReport& report);

    void recordDelivered(const OutboxItem& item, const DecisionAnswer& answer);
    void recordConflict(const OutboxItem& item, const DecisionAnswer& answer, SyncReport& report);
    void recordRefused(const OutboxItem& item, const ApiStatus& status, SyncReport& report);
    void recordUndelivered(const OutboxItem& item, const ApiStatus& status, const std::string& nextAttemptAt,
                           bool sent);

    Store& store_;
    const Clock& clock_;
    DiaryApiClient& api_;
    RetryWindow& retries_;
    ProgressCallback progress_;
};

} // namespace diarydesk
