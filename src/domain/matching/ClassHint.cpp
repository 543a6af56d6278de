#include "matching/ClassHint.hpp"

#include "text/NameNormaliser.hpp"
#include "text/Utf8.hpp"

namespace diarydesk {

ClassName parseClassName(std::string_view text) {
    ClassName name;
    std::size_t pos = 0;
    int grade = 0;
    int digits = 0;
    while (pos < text.size()) {
        const char32_t cp = utf8::decodeNext(text, pos);
        if (cp >= U'0' && cp <= U'9') {
            if (name.letter != 0 || ++digits > 2) return {};
            grade = grade * 10 + static_cast<int>(cp - U'0');
        } else if (cp == U' ' || cp == U'-' || cp == U'"' || cp == U'«' || cp == U'»') {
            continue;
        } else if (name.letter == 0 && digits > 0) {
            name.letter = foldCase(cp);
        } else {
            return {};
        }
    }
    if (grade < 1 || grade > 11) return {};
    name.grade = grade;
    return name;
}

ClassHintRelation relateClasses(const ClassName& stated, const ClassName& roster) {
    if (!stated.known() || !roster.known()) return ClassHintRelation::none;
    const bool sameLetter = stated.letter == roster.letter;
    if (stated.grade == roster.grade)
        return sameLetter ? ClassHintRelation::sameClass : ClassHintRelation::sameGrade;
    if (stated.grade + 1 == roster.grade && sameLetter) return ClassHintRelation::lastYearsClass;
    return ClassHintRelation::none;
}

} // namespace diarydesk
