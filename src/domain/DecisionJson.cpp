#include "DecisionJson.hpp"

namespace diarydesk {

nlohmann::json encodeDecisionBody(const Decision& decision) {
    using nlohmann::json;
    json pupil = nullptr;
    if (decision.kind == DecisionKind::approved) {
        pupil = json{{"roster_id", decision.pupilRosterId.value_or("")}, {"class", decision.pupilClass.value_or("")}};
    }
    return json{{"decision", std::string(toString(decision.kind))},
                {"pupil", std::move(pupil)},
                {"reason_code", decision.reason ? json(std::string(toString(*decision.reason))) : json(nullptr)},
                {"comment", decision.comment},
                {"decided_by", decision.decidedBy},
                {"decided_at", decision.decidedAt}};
}

} // namespace diarydesk
