#pragma once

#include "SyncReport.hpp"
#include "storage/OutboxRepository.hpp"

#include <string>

namespace diarydesk {

class Clock;
class Store;
struct ApiStatus;
struct DecisionAnswer;

// Writes what the server answered about a decision into the outbox, the application's
// server status and the audit log. Opens no transaction: the caller groups answers into one.
class DeliveryRecorder {
public:
    DeliveryRecorder(Store& store, const Clock& clock);

    void delivered(const OutboxItem& item, const DecisionAnswer& answer);
    // 409 or 404: the server's status is recorded on the application; returned for the user.
    SyncConflict conflict(const OutboxItem& item, const DecisionAnswer& answer);
    // 400/403/413 and other refusals: not retried, shown.
    void refused(const OutboxItem& item, const ApiStatus& status);
    // Still pending: when the next attempt may start (empty: the next run) and why this one
    // failed. `sent`: the request went out (audited when an HTTP answer came back).
    void undelivered(const OutboxItem& item, const ApiStatus& status, const std::string& nextAttemptAt,
                     bool sent);

private:
    Store& store_;
    const Clock& clock_;
};

} // namespace diarydesk
