#pragma once

#include "storage/OutboxRepository.hpp"

namespace soci {
class session;
}

namespace diarydesk {

class SociOutboxRepository final : public OutboxRepository {
public:
    explicit SociOutboxRepository(soci::session& sql) : sql_(sql) {}

    void enqueue(const OutboxItem& item) override;
    void replacePending(std::int64_t decisionId, const std::string& idempotencyKey,
                        const std::string& payload) override;
    std::optional<OutboxItem> find(std::int64_t decisionId) override;
    std::vector<OutboxItem> pending() override;
    int countPending() override;
    void markAttemptStarted(std::int64_t decisionId, const std::string& at) override;
    void scheduleRetry(std::int64_t decisionId, const std::string& nextAttemptAt, const std::string& error,
                       int httpStatus) override;
    void finish(std::int64_t decisionId, OutboxState state, const std::string& error, int httpStatus) override;

private:
    std::vector<OutboxItem> select(const std::string& where, long long decisionId);

    soci::session& sql_;
};

} // namespace diarydesk
