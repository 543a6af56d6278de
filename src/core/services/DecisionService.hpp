#pragma once

#include "Decision.hpp"

#include <optional>
#include <string>
#include <vector>

namespace diarydesk {

class Clock;
class Store;

struct DecisionRequest {
    std::string applicationId;
    DecisionKind kind = DecisionKind::rejected;
    // For an approval: the roster pupil. Without one, the pupil of a `confirmed` match is taken;
    // any other verdict needs the pupil named explicitly.
    std::optional<std::string> pupilId;
    std::optional<ReasonCode> reason;
    std::string comment;
    std::string user;
    // Approve although matching found a `conflict` (the SNILS points at another pupil): only
    // after staff checked the documents themselves.
    bool overrideConflict = false;
};

struct DecisionOutcome {
    Decision decision;
    bool replacedEarlier = false; // an earlier, unsent decision was changed
};

// Records staff decisions: validated against the API's rules and the match, written together
// with its outbox entry and audit row in one transaction, changeable until sending begins.
class DecisionService {
public:
    DecisionService(Store& store, const Clock& clock);

    // Throws ValidationError with the reason a decision cannot be taken.
    DecisionOutcome decide(const DecisionRequest& request);

    // Approves every application among `applicationIds` that is new and `confirmed`, taking the
    // matched pupil; skips the rest. Returns the decisions made.
    std::vector<Decision> approveAllConfirmed(const std::vector<std::string>& applicationIds, const std::string& user);

private:
    Store& store_;
    const Clock& clock_;
};

} // namespace diarydesk
