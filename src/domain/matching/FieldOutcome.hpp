#pragma once

#include "matching/MatchResult.hpp"

#include <cstdint>
#include <string>

namespace diarydesk {

// What kind of nearness, absence or distrust lies behind a field's agreement. The matcher
// works with this compact form and turns it into FieldEvidence's text only for the candidates
// it reports.
enum class FieldDetail : std::uint8_t {
    none,
    editDistance,      // "edit_distance:N"
    transposition,     // two adjacent letters exchanged
    namesSwapped,      // last and first name exchanged
    doubleSurnamePart, // one part of a double surname
    dayMonthSwapped,
    oneDayOff,
    dateOneDigit,         // "date_one_digit": one digit of DD.MM.YYYY differs
    snilsTransposition,   // two adjacent digits exchanged
    snilsOneDigit,        // one digit differs
    flaggedInRoster,      // equal digits, but the roster's SNILS is flagged and never agrees
    badChecksum,          // equal digits, but the control number does not fit
    snilsMismatchTrusted, // both numbers valid and trusted, and different: different people
    applicantSnils,       // the child's SNILS field holds the applicant's own SNILS
    absentInApplication,
    absentInRoster,
    absentOnBoth,
    malformedInApplication,
    malformedInRoster,
};

struct FieldOutcome {
    Agreement agreement = Agreement::missing;
    FieldDetail detail = FieldDetail::none;
    std::uint8_t distance = 0; // for editDistance

    bool agrees() const { return agreement == Agreement::agree || agreement == Agreement::agreeNormalised; }
    bool agreesOrNear() const { return agrees() || agreement == Agreement::near; }
};

// The machine-readable detail of FieldEvidence ("edit_distance:1", "flagged_in_roster", …).
std::string detailText(const FieldOutcome& outcome);
FieldEvidence toEvidence(const FieldOutcome& outcome);

} // namespace diarydesk
