#include "roster/RosterSnilsChecker.hpp"

#include "SnilsNumber.hpp"
#include "ValidationError.hpp"
#include "roster/FieldText.hpp"

namespace diarydesk {

void RosterSnilsChecker::check(std::string_view written, std::size_t rowIndex, std::size_t line,
                               const std::string& column, Pupil& pupil, std::vector<RosterIssue>& warnings) {
    pupil.snils = collapseSpaces(written);
    pupil.snilsFlag = SnilsFlag::none;
    if (pupil.snils.empty()) return;

    const auto number = SnilsNumber::tryParse(pupil.snils);
    if (!number) {
        std::string reason;
        try {
            SnilsNumber::parse(pupil.snils);
        } catch (const ValidationError& error) {
            reason = error.what();
        }
        pupil.snilsFlag = SnilsFlag::malformed;
        warnings.push_back({line, column,
                            "СНИЛС не распознан: " + reason +
                                ". Ученик загружен, СНИЛС сохранён как записан и при сверке не учитывается"});
        return;
    }

    pupil.snils = number->digits();
    if (!number->hasValidChecksum()) {
        pupil.snilsFlag = SnilsFlag::badChecksum;
        warnings.push_back({line, column,
                            "у СНИЛС неверное контрольное число (вероятно, опечатка). Ученик загружен, "
                            "СНИЛС при сверке не учитывается"});
    }

    const auto [first, inserted] =
        firstOccurrences_.try_emplace(pupil.snils, FirstOccurrence{line, rowIndex});
    if (inserted) return;
    if (!first->second.repeated) {
        first->second.repeated = true;
        duplicateRows_.push_back(first->second.rowIndex);
    }
    duplicateRows_.push_back(rowIndex);
    warnings.push_back({line, column,
                        "такой же СНИЛС уже указан в строке " + std::to_string(first->second.line) +
                            ". Ученики загружены, у всех строк с этим СНИЛС он при сверке не учитывается"});
}

void RosterSnilsChecker::flagDuplicates(std::vector<RosterRow>& rows) const {
    for (const std::size_t rowIndex : duplicateRows_) {
        Pupil& pupil = rows[rowIndex].pupil;
        if (pupil.snilsFlag == SnilsFlag::none) pupil.snilsFlag = SnilsFlag::duplicate;
    }
}

} // namespace diarydesk
