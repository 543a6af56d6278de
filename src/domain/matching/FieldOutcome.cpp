#include "matching/FieldOutcome.hpp"

namespace diarydesk {

std::string detailText(const FieldOutcome& outcome) {
    switch (outcome.detail) {
    case FieldDetail::none:
        return {};
    case FieldDetail::editDistance:
        return "edit_distance:" + std::to_string(outcome.distance);
    case FieldDetail::transposition:
        return "transposition";
    case FieldDetail::namesSwapped:
        return "names_swapped";
    case FieldDetail::doubleSurnamePart:
        return "double_surname_part";
    case FieldDetail::dayMonthSwapped:
        return "day_month_swapped";
    case FieldDetail::oneDayOff:
        return "one_day_off";
    case FieldDetail::dateOneDigit:
        return "date_one_digit";
    case FieldDetail::snilsTransposition:
        return "snils_transposition";
    case FieldDetail::snilsOneDigit:
        return "snils_one_digit";
    case FieldDetail::flaggedInRoster:
        return "flagged_in_roster";
    case FieldDetail::badChecksum:
        return "bad_checksum";
    case FieldDetail::snilsMismatchTrusted:
        return "different_valid_snils";
    case FieldDetail::applicantSnils:
        return "applicant_snils";
    case FieldDetail::absentInApplication:
        return "absent_in_application";
    case FieldDetail::absentInRoster:
        return "absent_in_roster";
    case FieldDetail::absentOnBoth:
        return "absent_on_both";
    case FieldDetail::malformedInApplication:
        return "malformed_in_application";
    case FieldDetail::malformedInRoster:
        return "malformed_in_roster";
    }
    return {};
}

FieldEvidence toEvidence(const FieldOutcome& outcome) {
    return FieldEvidence{outcome.agreement, detailText(outcome)};
}

} // namespace diarydesk
