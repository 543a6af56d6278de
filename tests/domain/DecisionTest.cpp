#include "CatchCompat.hpp"

#include "Decision.hpp"
#include "ValidationError.hpp"

using namespace diarydesk;

namespace {

Decision approval() {
    Decision decision;
    decision.applicationId = "A-1";
    decision.kind = DecisionKind::approved;
    decision.pupilRosterId = "STU-1";
    decision.decidedBy = "Петрова Н. В.";
    return decision;
}

Decision rejection(ReasonCode reason) {
    Decision decision;
    decision.applicationId = "A-1";
    decision.kind = DecisionKind::rejected;
    decision.reason = reason;
    decision.decidedBy = "Петрова Н. В.";
    return decision;
}

} // namespace

TEST_CASE("reason codes are the API's", "[decision]") {
    CHECK(allReasonCodes().size() == 6);
    for (const ReasonCode code : allReasonCodes()) CHECK(reasonCodeFromString(toString(code)) == code);
    CHECK(toString(ReasonCode::pupilNotFound) == "pupil_not_found");
    CHECK(toString(ReasonCode::notLegalRepresentative) == "not_legal_representative");
    CHECK_FALSE(reasonCodeFromString("because"));
}

TEST_CASE("a valid approval and rejection pass", "[decision]") {
    CHECK_NOTHROW(validateDecision(approval()));
    CHECK_NOTHROW(validateDecision(rejection(ReasonCode::dataMismatch)));
    Decision other = rejection(ReasonCode::other);
    other.comment = "Заявитель просил отозвать";
    CHECK_NOTHROW(validateDecision(other));
}

TEST_CASE("decisions that break the API rules are refused", "[decision]") {
    Decision noPupil = approval();
    noPupil.pupilRosterId.reset();
    CHECK_THROWS_AS(validateDecision(noPupil), ValidationError);

    Decision noReason = rejection(ReasonCode::dataMismatch);
    noReason.reason.reset();
    CHECK_THROWS_AS(validateDecision(noReason), ValidationError);

    Decision otherWithoutComment = rejection(ReasonCode::other);
    otherWithoutComment.comment = "   ";
    CHECK_THROWS_WITH(validateDecision(otherWithoutComment), Catch::Matchers::Contains("комментарий"));

    Decision anonymous = approval();
    anonymous.decidedBy = " ";
    CHECK_THROWS_AS(validateDecision(anonymous), ValidationError);
}
