#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace diarydesk {

// Delivery state of a decision to the central server.
enum class OutboxState {
    pending,   // to be sent (again)
    delivered, // the server answered 200
    conflict,  // the server answered 409; its status is recorded on the application
    refused,   // 400/403/413: the server will not take this request; staff must look
    cancelled, // withdrawn by the parent before the first attempt began
};

std::string_view toString(OutboxState state);
std::optional<OutboxState> outboxStateFromString(std::string_view name);

struct OutboxItem {
    std::int64_t decisionId = 0;
    std::string applicationId;
    std::string idempotencyKey;
    std::string payload; // the request body, fixed when the decision was made
    OutboxState state = OutboxState::pending;
    int attempts = 0;
    std::string firstAttemptAt; // empty until sending first began; from then the decision is final
    std::string nextAttemptAt;  // empty: as soon as possible
    std::string lastError;      // plain text, no personal data
    int lastHttpStatus = 0;
};

// The durable outbox: written in the same transaction as the decision, so no decision is lost,
// and sent with the decision's own Idempotency-Key, so none is applied twice.
class OutboxRepository {
public:
    virtual ~OutboxRepository() = default;

    virtual void enqueue(const OutboxItem& item) = 0;
    // Replaces key and payload of an item whose first attempt has not begun.
    virtual void replacePending(std::int64_t decisionId, const std::string& idempotencyKey,
                                const std::string& payload) = 0;
    virtual std::optional<OutboxItem> find(std::int64_t decisionId) = 0;
    // Pending items, oldest decision first.
    virtual std::vector<OutboxItem> pending() = 0;
    virtual int countPending() = 0;

    // Must be committed before the request goes out: from then on the decision is final.
    virtual void markAttemptStarted(std::int64_t decisionId, const std::string& at) = 0;
    virtual void scheduleRetry(std::int64_t decisionId, const std::string& nextAttemptAt, const std::string& error,
                               int httpStatus) = 0;
    virtual void finish(std::int64_t decisionId, OutboxState state, const std::string& error, int httpStatus) = 0;
};

} // namespace diarydesk
