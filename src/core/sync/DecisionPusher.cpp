#include "DecisionPusher.hpp"

#include "RetryWindow.hpp"
#include "SyncReport.hpp"
#include "platform/Clock.hpp"
#include "storage/Store.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>

namespace diarydesk {

DecisionPusher::DecisionPusher(Store& store, const Clock& clock, DiaryApiClient& api, RetryWindow& retries,
                               ProgressCallback progress)
    : store_(store)
    , clock_(clock)
    , api_(api)
    , retries_(retries)
    , progress_(std::move(progress))
    , recorder_(store, clock) {}

bool DecisionPusher::push(SyncReport& report) {
    const std::vector<OutboxItem> items = store_.outbox().pending();
    Next next = Next::carryOn;
    try {
        next = pushAll(items, report);
    } catch (...) {
        // Cancelled or failed midway: what the server already answered is kept.
        recordAnswers(report);
        throw;
    }
    recordAnswers(report);
    return next != Next::stopSync;
}

DecisionPusher::Next DecisionPusher::pushAll(const std::vector<OutboxItem>& items, SyncReport& report) {
    // A server that has just answered every page of the pull is answering: no need to start small.
    std::size_t batchSize = report.pullCompleted ? largestBatch : 1;
    for (std::size_t index = 0; index < items.size();) {
        const double fraction = 0.5 + 0.5 * static_cast<double>(index) / static_cast<double>(items.size());
        reportProgress(progress_, fraction, "отправка решений");
        const Next connected = connectBeforeAttempt(items[index], fraction, report);
        if (connected != Next::carryOn) return connected;

        const std::size_t count = std::min(batchSize, items.size() - index);
        const std::vector<OutboxItem> batch = beginAttempts(items, index, count, report);
        index += count;
        bool smooth = true;
        for (const OutboxItem& item : batch) {
            const Next next = deliver(item, fraction, report, smooth);
            if (next != Next::carryOn) return next;
        }
        batchSize = smooth ? largestBatch : 1;
    }
    return Next::carryOn;
}

DecisionPusher::Next DecisionPusher::connectBeforeAttempt(const OutboxItem& item, double fraction,
                                                          SyncReport& report) {
    // An unreachable server or a refused certificate leaves the decision changeable: nothing has
    // been sent, and no attempt is counted.
    for (;;) {
        const ApiStatus connected = api_.connect();
        if (connected.ok()) return Next::carryOn;
        if (connected.outcome == ApiOutcome::tlsFailed) {
            report.tlsFailed = true;
            report.errors.push_back(connected.message);
            return Next::stopSync;
        }
        const Next next = retryLater(item, connected, false, fraction, report);
        if (next != Next::retrySame) return next;
    }
}

std::vector<OutboxItem> DecisionPusher::beginAttempts(const std::vector<OutboxItem>& items, std::size_t from,
                                                      std::size_t count, SyncReport& report) {
    // One commit records the previous batch's answers and begins this batch. The updates come
    // first, so the rows are locked before they are read again: a decision changed or withdrawn
    // at this moment elsewhere either commits before (and is sent as changed) or finds the attempt
    // begun (and is refused). Only pending rows are marked; one read brings them all back.
    const std::string now = formatRfc3339Utc(clock_.now());
    auto transaction = store_.beginTransaction();
    recordAnswers(report);
    std::set<std::int64_t> wanted;
    for (std::size_t index = from; index < from + count; ++index) {
        store_.outbox().markAttemptStarted(items[index].decisionId, now);
        wanted.insert(items[index].decisionId);
    }
    std::vector<OutboxItem> begun;
    for (OutboxItem& current : store_.outbox().pending()) {
        if (wanted.count(current.decisionId) != 0) begun.push_back(std::move(current));
    }
    transaction->commit();
    return begun;
}

std::optional<OutboxItem> DecisionPusher::beginAttempt(std::int64_t decisionId) {
    auto transaction = store_.beginTransaction();
    store_.outbox().markAttemptStarted(decisionId, formatRfc3339Utc(clock_.now()));
    auto current = store_.outbox().find(decisionId);
    transaction->commit();
    if (!current || current->state != OutboxState::pending) return std::nullopt;
    return current;
}

DecisionPusher::Next DecisionPusher::deliver(OutboxItem item, double fraction, SyncReport& report,
                                             bool& smooth) {
    for (;;) {
        Next next = sendOnce(item, fraction, report);
        if (next != Next::retrySame) return next;
        smooth = false;
        next = connectBeforeAttempt(item, fraction, report);
        if (next != Next::carryOn) return next;
        auto again = beginAttempt(item.decisionId);
        if (!again) return Next::carryOn; // answered meanwhile (another workstation synced it)
        item = std::move(*again);
    }
}

DecisionPusher::Next DecisionPusher::sendOnce(const OutboxItem& item, double fraction, SyncReport& report) {
    DecisionAnswer answer = api_.postDecision(item.applicationId, item.idempotencyKey, item.payload);
    const ApiStatus& status = answer.status;
    if (status.httpStatus != 0) report.serverReachable = true;
    switch (status.outcome) {
    case ApiOutcome::ok:
    case ApiOutcome::conflict:
    case ApiOutcome::notFound:
    case ApiOutcome::refused:
        retries_.succeeded();
        answered_.push_back(Answered{item, std::move(answer)});
        return Next::carryOn;
    case ApiOutcome::unauthorized:
    case ApiOutcome::tlsFailed:
        recordAnswers(report);
        recordUndelivered(item, status, "", true);
        if (status.outcome == ApiOutcome::unauthorized) {
            report.authenticationFailed = true;
        } else {
            report.tlsFailed = true;
        }
        report.errors.push_back(status.message);
        return Next::stopSync;
    case ApiOutcome::tooLarge:
        // The same answer would come again: left for a later run, and the next decision goes on.
        recordUndelivered(item, status, "", true);
        report.errors.push_back(status.message);
        return Next::carryOn;
    case ApiOutcome::rateLimited:
    case ApiOutcome::retryable:
        recordAnswers(report); // before waiting: nothing answered stays unrecorded for long
        return retryLater(item, status, true, fraction, report);
    }
    return Next::carryOn;
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

void DecisionPusher::recordAnswers(SyncReport& report) {
    if (answered_.empty()) return;
    auto transaction = store_.beginTransaction();
    for (const Answered& answered : answered_) {
        switch (answered.answer.status.outcome) {
        case ApiOutcome::ok:
            recorder_.delivered(answered.item, answered.answer);
            ++report.pushed;
            break;
        case ApiOutcome::refused:
            recorder_.refused(answered.item, answered.answer.status);
            report.refused.push_back(answered.item.applicationId);
            report.errors.push_back(answered.answer.status.message);
            break;
        default:
            report.conflicts.push_back(recorder_.conflict(answered.item, answered.answer));
            break;
        }
    }
    transaction->commit();
    answered_.clear();
}

void DecisionPusher::recordUndelivered(const OutboxItem& item, const ApiStatus& status,
                                       const std::string& nextAttemptAt, bool sent) {
    auto transaction = store_.beginTransaction();
    recorder_.undelivered(item, status, nextAttemptAt, sent);
    transaction->commit();
}

} // namespace diarydesk
