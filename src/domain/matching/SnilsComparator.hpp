#pragma once

#include "matching/FieldOutcome.hpp"
#include "matching/SnilsDigits.hpp"

namespace diarydesk {

// Compares the application's SNILS with a roster pupil's.
//  - agree: the same 11 digits, the application's control number fits and the roster's SNILS
//    is trusted (Pupil::trustedSnils). Nothing else ever agrees.
//  - near "flagged_in_roster": the same digits, but the roster's SNILS is flagged (bad control
//    number, malformed, duplicate) — evidence of identity, never agreement.
//  - near "snils_one_digit" / "snils_transposition": one digit differs, or two adjacent digits
//    are exchanged (the typical typos; the control number usually catches them).
//  - differ "different_valid_snils": both are valid and trusted and differ — different people;
//    differ "applicant_snils": the field holds the applicant's own SNILS (a common slip);
//    plain differ otherwise.
//  - missing: "absent_in_application", "malformed_in_application", "absent_in_roster",
//    "malformed_in_roster".
FieldOutcome compareSnils(const SnilsDigits& application, bool applicationHoldsApplicantsSnils,
                          const SnilsDigits& roster, bool rosterTrusted);

} // namespace diarydesk
