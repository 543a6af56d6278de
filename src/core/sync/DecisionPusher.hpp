#pragma once

#include "DeliveryRecorder.hpp"
#include "DiaryApiClient.hpp"
#include "services/Progress.hpp"
#include "storage/OutboxRepository.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace diarydesk {

class Clock;
class RetryWindow;
class Store;
struct SyncReport;

// The push half of a sync: delivers the outbox's pending decisions, oldest first, one request
// at a time over the kept-alive connection.
//
// Before a decision's request goes out, its attempt is committed as begun: from then on the
// decision is final locally and is only ever resent with the same Idempotency-Key, so a crash
// at any moment loses nothing and applies nothing twice. A database commit waits for the disk
// (about 5 ms here), far longer than a request on a good link, so attempts are begun for a batch
// of decisions at once, in the same transaction that records the server's answers to the batch
// before. Batches are large while the server answers (from the start when it has just answered
// the whole pull), and any failure brings them back to one decision, growing again once one
// batch went through: a server found failing freezes only the decision being tried.
// Answers not yet recorded when the process dies are simply asked again: the idempotency key
// makes the server repeat them.
class DecisionPusher {
public:
    DecisionPusher(Store& store, const Clock& clock, DiaryApiClient& api, RetryWindow& retries,
                   ProgressCallback progress);

    // Returns false when the whole sync must stop (401, refused certificate).
    bool push(SyncReport& report);

    static constexpr std::size_t largestBatch = 256;

private:
    enum class Next { carryOn, retrySame, stopPushing, stopSync };
    struct Answered {
        OutboxItem item;
        DecisionAnswer answer;
    };

    Next pushAll(const std::vector<OutboxItem>& items, SyncReport& report);
    Next connectBeforeAttempt(const OutboxItem& item, double fraction, SyncReport& report);
    std::vector<OutboxItem> beginAttempts(const std::vector<OutboxItem>& items, std::size_t from,
                                          std::size_t count, SyncReport& report);
    std::optional<OutboxItem> beginAttempt(std::int64_t decisionId);
    Next deliver(OutboxItem item, double fraction, SyncReport& report, bool& smooth);
    Next sendOnce(const OutboxItem& item, double fraction, SyncReport& report);
    Next retryLater(const OutboxItem& item, const ApiStatus& status, bool sent, double fraction,
                    SyncReport& report);
    void recordAnswers(SyncReport& report);
    void recordUndelivered(const OutboxItem& item, const ApiStatus& status, const std::string& nextAttemptAt,
                           bool sent);

    Store& store_;
    const Clock& clock_;
    DiaryApiClient& api_;
    RetryWindow& retries_;
    ProgressCallback progress_;
    DeliveryRecorder recorder_;
    std::vector<Answered> answered_; // answers of the current batch, not yet recorded
};

} // namespace diarydesk
