#include "DecisionLedger.hpp"

namespace diarydesk::sim {

const RecordedDecision* DecisionLedger::find(const std::string& idempotencyKey) const {
    const auto found = records_.find(idempotencyKey);
    return found == records_.end() ? nullptr : &found->second;
}

void DecisionLedger::record(const std::string& idempotencyKey, RecordedDecision decision) {
    records_.insert_or_assign(idempotencyKey, std::move(decision));
}

} // namespace diarydesk::sim
