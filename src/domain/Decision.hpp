#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace diarydesk {

enum class DecisionKind { approved, rejected };

// Rejection reasons of the API (../shared/spec/diary-api.md, POST …/decision).
enum class ReasonCode {
    pupilNotFound,
    dataMismatch,
    notLegalRepresentative,
    duplicateApplication,
    pupilLeftSchool,
    other, // needs a non-empty comment
};

std::string_view toString(DecisionKind kind);
std::optional<DecisionKind> decisionKindFromString(std::string_view name);
std::string_view toString(ReasonCode code); // the API code: "pupil_not_found", …
std::optional<ReasonCode> reasonCodeFromString(std::string_view name);
const std::vector<ReasonCode>& allReasonCodes();

// A school's decision on one application, as staff made it.
struct Decision {
    std::int64_t id = 0; // assigned by the store
    std::string applicationId;
    int applicationVersion = 0; // the version the decision was made on
    DecisionKind kind = DecisionKind::rejected;
    std::optional<std::string> pupilRosterId; // required when approved
    std::optional<std::string> pupilClass;
    std::optional<ReasonCode> reason; // required when rejected
    std::string comment;
    std::string decidedBy;
    std::string decidedAt;      // RFC 3339 with offset
    std::string idempotencyKey; // a UUID, one per local decision, reused on every retry

    bool operator==(const Decision&) const = default;
};

// Throws ValidationError when the decision breaks a rule of the API: an approval names a pupil,
// a rejection gives a reason, `other` comes with a comment, someone made it.
void validateDecision(const Decision& decision);

} // namespace diarydesk
