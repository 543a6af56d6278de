#pragma once

#include <cstdint>
#include <string_view>

namespace diarydesk {

// A class name reduced to grade and letter ("5Б", "5 б", "5-Б" → 5, б). Parents often give
// last year's class, so the stated class is a weak hint only.
struct ClassName {
    int grade = 0;       // 0 when the text is not a class name
    char32_t letter = 0; // folded; 0 when there is none

    bool known() const { return grade > 0; }
};

ClassName parseClassName(std::string_view text);

enum class ClassHintRelation : std::uint8_t {
    none,           // no hint, or it fits neither this year nor last
    sameGrade,      // the grade fits but the letter does not
    lastYearsClass, // one grade below with the same letter: what the pupil was in last year
    sameClass,
};

ClassHintRelation relateClasses(const ClassName& stated, const ClassName& roster);

} // namespace diarydesk
