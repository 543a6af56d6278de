#pragma once

#include "PersonName.hpp"
#include "matching/FieldOutcome.hpp"
#include "matching/IndexedPupil.hpp"

#include <array>
#include <string_view>

namespace diarydesk {

// Compares a name part as written (`raw*`) and in normalised form: agree when the text is
// byte-equal, agree_normalised when only the normalised forms are equal, near within
// nearEditLimit edits (detail "transposition" or "edit_distance:N"), else differ; missing
// when a side is empty ("absent_in_application", "absent_in_roster", "absent_on_both").
FieldOutcome compareNamePart(std::string_view rawApplication, std::string_view rawRoster,
                             std::u32string_view application, std::u32string_view roster);

// Also finds one part of a double surname ("Петрова" for "Петрова-Водкина", either way round,
// one typo allowed in the part): near, "double_surname_part".
FieldOutcome compareSurname(std::string_view rawApplication, std::string_view rawRoster,
                            std::u32string_view application, std::u32string_view roster);

// Last, first and middle name (in MatchField order). When neither last nor first name fits in
// place but both fit crosswise, both are near with "names_swapped".
std::array<FieldOutcome, 3> compareNames(const PersonName& rawApplication, const NormalisedName& application,
                                         const PersonName& rawRoster, const NormalisedName& roster);

} // namespace diarydesk
