#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace diarydesk {

// The outcome of matching one application against the roster. Only `confirmed` may ever be
// offered as a one-key approval; `conflict` is never approvable without an explicit override.
enum class Verdict { confirmed, probable, ambiguous, conflict, notFound };

enum class MatchField { lastName, firstName, middleName, birthDate, snils };

// How one field of the application compares with one roster pupil.
enum class Agreement {
    agree,           // identical
    agreeNormalised, // differs only by case, ё/е, spaces, dashes, Latin look-alikes
    near,            // close: see FieldEvidence::detail
    differ,
    missing,         // absent on one side or both
};

std::string_view toString(Verdict verdict); // "confirmed", "probable", "ambiguous", "conflict", "not_found"
std::optional<Verdict> verdictFromString(std::string_view name);
std::string_view toString(MatchField field); // "last_name", "first_name", "middle_name", "birth_date", "snils"
std::optional<MatchField> matchFieldFromString(std::string_view name);
std::string_view toString(Agreement agreement); // "agree", "agree_normalised", "near", "differ", "missing"
std::optional<Agreement> agreementFromString(std::string_view name);

struct FieldEvidence {
    Agreement agreement = Agreement::missing;
    // For `near` (and where useful for `differ`): what kind of nearness, machine-readable, e.g.
    // "edit_distance:1", "transposition", "day_month_swapped", "one_day_off", "names_swapped",
    // "double_surname_part", "absent_in_application", "flagged_in_roster".
    std::string detail;
    bool operator==(const FieldEvidence&) const = default;
};

struct CandidateMatch {
    std::string pupilId;
    double score = 0.0; // in [0, 1]; orders candidates
    bool pupilPresent = true; // false: the pupil has left the school
    std::map<MatchField, FieldEvidence> evidence;
    bool operator==(const CandidateMatch&) const = default;
};

struct MatchResult {
    std::string applicationId;
    int applicationVersion = 0;
    Verdict verdict = Verdict::notFound;
    std::optional<std::string> pupilId; // the best candidate; empty for ambiguous and not_found
    double score = 0.0;
    std::string explanation; // one plain sentence in Russian for the secretary
    std::vector<CandidateMatch> candidates; // best first; pupil_id's candidate leads
    bool operator==(const MatchResult&) const = default;
};

// The JSON shape of `diarydesk-cli match --json` (one array element) and of stored results:
// application_id, application_version, verdict, pupil_id, score, explanation,
// candidates[{pupil_id, score, pupil_present, evidence{<field>: {agreement, detail}}}].
// application_version may be absent when read (0).
nlohmann::json toJson(const MatchResult& result);
// Throws ValidationError on a malformed document.
MatchResult matchResultFromJson(const nlohmann::json& document);

} // namespace diarydesk
