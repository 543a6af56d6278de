#include "DecisionService.hpp"

#include "DecisionJson.hpp"
#include "IdempotencyKey.hpp"
#include "ValidationError.hpp"
#include "platform/Clock.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/AuditLog.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/MatchRepository.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/Store.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace diarydesk {
namespace {

void requireDecidable(const Application& application) {
    switch (application.status) {
    case ApplicationStatus::submitted: return;
    case ApplicationStatus::withdrawn: throw ValidationError("заявление " + application.id + " отозвано заявителем");
    case ApplicationStatus::approved:
    case ApplicationStatus::rejected:
        throw ValidationError("по заявлению " + application.id + " на сервере уже есть решение");
    }
}

std::string verdictName(const std::optional<MatchResult>& match) {
    return match ? std::string(toString(match->verdict)) : std::string("none");
}

// The pupil an approval names: given explicitly, or the confirmed match's pupil.
Pupil approvedPupil(Store& store, const DecisionRequest& request, const std::optional<MatchResult>& match) {
    std::string pupilId;
    if (request.pupilId && !request.pupilId->empty()) {
        pupilId = *request.pupilId;
        if (match && match->verdict == Verdict::conflict && !request.overrideConflict) {
            throw ValidationError("данные заявления указывают на разных учеников (конфликт): " + match->explanation +
                                  " Одобрение возможно только с явным подтверждением после проверки документов");
        }
    } else if (!match) {
        throw ValidationError("заявление ещё не сопоставлено со списком школы; укажите ученика явно");
    } else if (match->verdict != Verdict::confirmed || !match->pupilId) {
        throw ValidationError("без явного указания ученика одобряется только полное совпадение, а здесь — «" +
                              std::string(toString(match->verdict)) + "»: " + match->explanation);
    } else {
        pupilId = *match->pupilId;
    }
    const auto pupil = store.roster().find(pupilId);
    if (!pupil) throw ValidationError("ученика " + pupilId + " нет в списке школы");
    if (!pupil->present) throw ValidationError("ученик " + pupilId + " выбыл из школы");
    return *pupil;
}

} // namespace

DecisionService::DecisionService(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

DecisionOutcome DecisionService::decide(const DecisionRequest& request) {
    auto transaction = store_.beginTransaction();
    const auto application = store_.applications().find(request.applicationId);
    if (!application) throw ValidationError("заявление " + request.applicationId + " не найдено");
    requireDecidable(*application);

    const auto earlier = store_.decisions().forApplication(request.applicationId);
    if (earlier) {
        const auto item = store_.outbox().find(earlier->id);
        if (!item || item->state != OutboxState::pending || !item->firstAttemptAt.empty()) {
            throw ValidationError("решение по заявлению " + request.applicationId +
                                  " уже отправлено на сервер и не может быть изменено");
        }
    }

    auto match = store_.matches().find(request.applicationId);
    if (match && match->applicationVersion != application->version) match.reset();

    Decision decision;
    decision.applicationId = application->id;
    decision.applicationVersion = application->version;
    decision.kind = request.kind;
    decision.comment = request.comment;
    decision.decidedBy = request.user;
    decision.decidedAt = formatRfc3339Local(clock_.now());
    decision.idempotencyKey = newIdempotencyKey();
    if (request.kind == DecisionKind::approved) {
        if (request.reason) throw ValidationError("у одобрения не бывает причины отказа");
        const Pupil pupil = approvedPupil(store_, request, match);
        decision.pupilRosterId = pupil.rosterId;
        decision.pupilClass = pupil.className;
    } else {
        decision.reason = request.reason;
    }
    validateDecision(decision);

    const std::string payload = encodeDecisionBody(decision).dump();
    if (earlier) {
        decision.id = earlier->id;
        store_.decisions().update(decision);
        store_.outbox().replacePending(decision.id, decision.idempotencyKey, payload);
    } else {
        decision = store_.decisions().insert(decision);
        OutboxItem item;
        item.decisionId = decision.id;
        item.applicationId = decision.applicationId;
        item.idempotencyKey = decision.idempotencyKey;
        item.payload = payload;
        store_.outbox().enqueue(item);
    }

    nlohmann::json details{{"decision", std::string(toString(decision.kind))},
                           {"pupil_id", decision.pupilRosterId ? nlohmann::json(*decision.pupilRosterId) : nullptr},
                           {"reason_code", decision.reason ? nlohmann::json(std::string(toString(*decision.reason)))
                                                           : nlohmann::json(nullptr)},
                           {"comment", decision.comment},
                           {"verdict", verdictName(match)},
                           {"application_version", decision.applicationVersion},
                           {"idempotency_key", decision.idempotencyKey}};
    if (request.overrideConflict && match && match->verdict == Verdict::conflict) details["conflict_override"] = true;
    if (earlier) {
        details["previous"] = {{"decision", std::string(toString(earlier->kind))},
                               {"pupil_id", earlier->pupilRosterId ? nlohmann::json(*earlier->pupilRosterId) : nullptr},
                               {"reason_code", earlier->reason ? nlohmann::json(std::string(toString(*earlier->reason)))
                                                               : nlohmann::json(nullptr)}};
    }
    store_.audit().append(AuditEntry{0, formatRfc3339Utc(clock_.now()), request.user,
                                     earlier ? "decision_changed" : "decision_made", decision.applicationId,
                                     decision.id, details.dump()});
    transaction->commit();
    spdlog::info("decision on {}: {} by {}{}", decision.applicationId, toString(decision.kind), request.user,
                 earlier ? " (changed)" : "");
    return DecisionOutcome{decision, earlier.has_value()};
}

std::vector<Decision> DecisionService::approveAllConfirmed(const std::vector<std::string>& applicationIds,
                                                           const std::string& user) {
    auto transaction = store_.beginTransaction();
    std::vector<Decision> decisions;
    for (const auto& id : applicationIds) {
        const auto summary = store_.applications().summary(id);
        if (!summary || summary->status != QueueStatus::fresh || summary->verdict != Verdict::confirmed) continue;
        DecisionRequest request;
        request.applicationId = id;
        request.kind = DecisionKind::approved;
        request.user = user;
        decisions.push_back(decide(request).decision);
    }
    transaction->commit();
    return decisions;
}

} // namespace diarydesk
