#include "Decision.hpp"

#include "ValidationError.hpp"

#include <array>
#include <utility>

namespace diarydesk {
namespace {

constexpr std::array<std::pair<ReasonCode, std::string_view>, 6> reasonNames{{
    {ReasonCode::pupilNotFound, "pupil_not_found"},
    {ReasonCode::dataMismatch, "data_mismatch"},
    {ReasonCode::notLegalRepresentative, "not_legal_representative"},
    {ReasonCode::duplicateApplication, "duplicate_application"},
    {ReasonCode::pupilLeftSchool, "pupil_left_school"},
    {ReasonCode::other, "other"},
}};

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

} // namespace

std::string_view toString(DecisionKind kind) { return kind == DecisionKind::approved ? "approved" : "rejected"; }

std::optional<DecisionKind> decisionKindFromString(std::string_view name) {
    if (name == "approved") return DecisionKind::approved;
    if (name == "rejected") return DecisionKind::rejected;
    return std::nullopt;
}

std::string_view toString(ReasonCode code) {
    for (const auto& [candidate, name] : reasonNames) {
        if (candidate == code) return name;
    }
    return {};
}

std::optional<ReasonCode> reasonCodeFromString(std::string_view name) {
    for (const auto& [code, candidate] : reasonNames) {
        if (candidate == name) return code;
    }
    return std::nullopt;
}

const std::vector<ReasonCode>& allReasonCodes() {
    static const std::vector<ReasonCode> codes = [] {
        std::vector<ReasonCode> all;
        for (const auto& entry : reasonNames) all.push_back(entry.first);
        return all;
    }();
    return codes;
}

void validateDecision(const Decision& decision) {
    if (decision.applicationId.empty()) throw ValidationError("не указано заявление");
    if (isBlank(decision.decidedBy)) throw ValidationError("не указано, кто принял решение");
    if (decision.kind == DecisionKind::approved) {
        if (!decision.pupilRosterId || decision.pupilRosterId->empty()) {
            throw ValidationError("для одобрения нужно указать ученика из списка школы");
        }
        if (decision.reason) throw ValidationError("у одобрения не бывает причины отказа");
        return;
    }
    if (!decision.reason) throw ValidationError("для отказа нужна причина");
    if (decision.pupilRosterId) throw ValidationError("при отказе ученик не указывается");
    if (*decision.reason == ReasonCode::other && isBlank(decision.comment)) {
        throw ValidationError("для причины «другое» нужен комментарий");
    }
}

} // namespace diarydesk
