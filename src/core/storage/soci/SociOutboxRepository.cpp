#include "SociOutboxRepository.hpp"

#include "storage/StorageError.hpp"

#include <soci/soci.h>

#include <array>
#include <utility>

namespace diarydesk {
namespace {

constexpr std::array<std::pair<OutboxState, std::string_view>, 5> stateNames{{
    {OutboxState::pending, "pending"},
    {OutboxState::delivered, "delivered"},
    {OutboxState::conflict, "conflict"},
    {OutboxState::refused, "refused"},
    {OutboxState::cancelled, "cancelled"},
}};

} // namespace

std::string_view toString(OutboxState state) {
    for (const auto& [candidate, name] : stateNames) {
        if (candidate == state) return name;
    }
    return {};
}

std::optional<OutboxState> outboxStateFromString(std::string_view name) {
    for (const auto& [state, candidate] : stateNames) {
        if (candidate == name) return state;
    }
    return std::nullopt;
}

void SociOutboxRepository::enqueue(const OutboxItem& item) {
    long long decisionId = item.decisionId;
    const std::string state(toString(item.state));
    sql_ << "INSERT INTO outbox (decision_id, application_id, idempotency_key, payload, state)"
            " VALUES (:decision_id, :application_id, :idempotency_key, :payload, :state)",
        soci::use(decisionId), soci::use(item.applicationId), soci::use(item.idempotencyKey), soci::use(item.payload),
        soci::use(state);
}

void SociOutboxRepository::replacePending(std::int64_t decisionId, const std::string& idempotencyKey,
                                          const std::string& payload) {
    long long id = decisionId;
    soci::statement statement =
        (sql_.prepare << "UPDATE outbox SET idempotency_key = :idempotency_key, payload = :payload, state = 'pending',"
                         " attempts = 0, next_attempt_at = '', last_error = '', last_http_status = 0"
                         " WHERE decision_id = :decision_id AND first_attempt_at = ''",
         soci::use(idempotencyKey, "idempotency_key"), soci::use(payload, "payload"), soci::use(id, "decision_id"));
    statement.execute(true);
    if (statement.get_affected_rows() != 1) {
        throw StorageError("решение уже отправляется на сервер и не может быть изменено");
    }
}

std::vector<OutboxItem> SociOutboxRepository::select(const std::string& where, long long decisionId) {
    OutboxItem item;
    long long id = 0;
    std::string state;
    soci::statement statement(sql_);
    statement.exchange(soci::into(id));
    statement.exchange(soci::into(item.applicationId));
    statement.exchange(soci::into(item.idempotencyKey));
    statement.exchange(soci::into(item.payload));
    statement.exchange(soci::into(state));
    statement.exchange(soci::into(item.attempts));
    statement.exchange(soci::into(item.firstAttemptAt));
    statement.exchange(soci::into(item.nextAttemptAt));
    statement.exchange(soci::into(item.lastError));
    statement.exchange(soci::into(item.lastHttpStatus));
    if (where.find(":decision_id") != std::string::npos) statement.exchange(soci::use(decisionId));
    statement.alloc();
    statement.prepare("SELECT decision_id, application_id, idempotency_key, payload, state, attempts, first_attempt_at,"
                      " next_attempt_at, last_error, last_http_status FROM outbox WHERE " +
                      where + " ORDER BY decision_id");
    statement.define_and_bind();
    statement.execute();
    std::vector<OutboxItem> items;
    while (statement.fetch()) {
        item.decisionId = id;
        item.state = outboxStateFromString(state).value_or(OutboxState::pending);
        items.push_back(item);
    }
    return items;
}

std::optional<OutboxItem> SociOutboxRepository::find(std::int64_t decisionId) {
    auto items = select("decision_id = :decision_id", decisionId);
    if (items.empty()) return std::nullopt;
    return items.front();
}

std::vector<OutboxItem> SociOutboxRepository::pending() { return select("state = 'pending'", 0); }

int SociOutboxRepository::countPending() {
    int count = 0;
    sql_ << "SELECT COUNT(*) FROM outbox WHERE state = 'pending'", soci::into(count);
    return count;
}

// Only a pending item is marked: the sync client marks a batch of decisions in one
// transaction, and one delivered, cancelled or refused meanwhile must stay as it is.
void SociOutboxRepository::markAttemptStarted(std::int64_t decisionId, const std::string& at) {
    long long id = decisionId;
    sql_ << "UPDATE outbox SET attempts = attempts + 1,"
            " first_attempt_at = CASE WHEN first_attempt_at = '' THEN :at ELSE first_attempt_at END"
            " WHERE decision_id = :decision_id AND state = 'pending'",
        soci::use(at, "at"), soci::use(id, "decision_id");
}

void SociOutboxRepository::scheduleRetry(std::int64_t decisionId, const std::string& nextAttemptAt,
                                         const std::string& error, int httpStatus) {
    long long id = decisionId;
    sql_ << "UPDATE outbox SET next_attempt_at = :next_attempt_at, last_error = :last_error,"
            " last_http_status = :last_http_status WHERE decision_id = :decision_id",
        soci::use(nextAttemptAt, "next_attempt_at"), soci::use(error, "last_error"),
        soci::use(httpStatus, "last_http_status"), soci::use(id, "decision_id");
}

void SociOutboxRepository::finish(std::int64_t decisionId, OutboxState state, const std::string& error,
                                  int httpStatus) {
    long long id = decisionId;
    const std::string stateName(toString(state));
    sql_ << "UPDATE outbox SET state = :state, last_error = :last_error, last_http_status = :last_http_status,"
            " next_attempt_at = '' WHERE decision_id = :decision_id",
        soci::use(stateName, "state"), soci::use(error, "last_error"), soci::use(httpStatus, "last_http_status"),
        soci::use(id, "decision_id");
}

} // namespace diarydesk
