#pragma once

#include "matching/ClassHint.hpp"
#include "matching/SnilsDigits.hpp"

#include <cstdint>
#include <string_view>

namespace diarydesk {

// The three parts of a name in the comparable form (normaliseName, as code points).
struct NormalisedName {
    std::u32string_view last;
    std::u32string_view first;
    std::u32string_view middle;
};

// Where a normalised name part lies in the roster index's code-point arena.
struct TextSpan {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

// What the roster index computes once per pupil so that matching an application does no
// normalising, parsing or frequency look-ups: the hot loop compares these.
struct IndexedPupil {
    std::uint32_t pupil = 0; // where the Pupil is in the roster as given
    TextSpan last;
    TextSpan first;
    TextSpan middle;
    std::uint64_t lastKey = 0;      // phoneticKey of the surname
    std::uint64_t firstKey = 0;     // phoneticKey of the first name
    std::uint64_t lastLetters = 0;  // letterMask of the surname
    std::uint64_t firstLetters = 0; // letterMask of the first name
    long birthDay = 0;              // CalendarDate::dayNumber
    SnilsDigits snils;
    bool snilsTrusted = false; // Pupil::trustedSnils(): may count as agreement
    bool present = true;
    bool doubleSurname = false; // the surname has parts separated by a dash or a space
    ClassName className;
    // Fellegi–Sunter agreement weights of this pupil's name parts, from how often each value
    // occurs on the roster (MatchWeights::nameAgreementWeight).
    float lastAgreementWeight = 0;
    float firstAgreementWeight = 0;
    float middleAgreementWeight = 0;
};

} // namespace diarydesk
