#pragma once

#include <cstddef>
#include <map>
#include <string>

namespace diarydesk::sim {

// The answer a decision request got, kept under its Idempotency-Key so that the same key sent
// again gets the same answer and changes nothing.
struct RecordedDecision {
    std::string applicationId;
    std::string requestBody;
    int status = 200;
    std::string responseBody;
};

// The server's idempotency records and how often each application got a decision applied:
// the tests read "applied once" from here (through the journal), whatever the client retried.
class DecisionLedger {
public:
    const RecordedDecision* find(const std::string& idempotencyKey) const;
    void record(const std::string& idempotencyKey, RecordedDecision decision);

    std::size_t applied() const { return records_.size(); }

private:
    std::map<std::string, RecordedDecision> records_;
};

} // namespace diarydesk::sim
