#include "roster/RosterSnilsChecker.hpp"

#include "SnilsNumber.hpp"
#include "ValidationError.hpp"
#include "roster/FieldText.hpp"

#include <algorithm>
#include <tuple>

namespace diarydesk {
namespace {

std::uint64_t numberOf(const std::string& digits) {
    std::uint64_t number = 0;
    for (const char digit : digits)
        number = number * 10 + static_cast<std::uint64_t>(digit - '0');
    return number;
}

} // namespace

RosterSnilsChecker::RosterSnilsChecker(std::string column, std::size_t expectedRows)
    : column_(std::move(column)) {
    occurrences_.reserve(expectedRows);
}

void RosterSnilsChecker::check(std::string_view written, std::size_t rowIndex, std::size_t line, Pupil& pupil,
                               std::vector<RosterIssue>& warnings) {
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
        warnings.push_back({line, column_,
                            "СНИЛС не распознан: " + reason +
                                ". Ученик загружен, СНИЛС сохранён как записан и при сверке не учитывается"});
        return;
    }

    pupil.snils = number->digits();
    if (!number->hasValidChecksum()) {
        pupil.snilsFlag = SnilsFlag::badChecksum;
        warnings.push_back({line, column_,
                            "у СНИЛС неверное контрольное число (вероятно, опечатка). Ученик загружен, "
                            "СНИЛС при сверке не учитывается"});
    }
    occurrences_.push_back({numberOf(pupil.snils), rowIndex, line});
}

void RosterSnilsChecker::finish(std::vector<RosterRow>& rows, std::vector<RosterIssue>& warnings) {
    std::sort(occurrences_.begin(), occurrences_.end(), [](const Occurrence& a, const Occurrence& b) {
        return std::tie(a.number, a.rowIndex) < std::tie(b.number, b.rowIndex);
    });
    bool warned = false;
    for (std::size_t first = 0; first < occurrences_.size();) {
        std::size_t end = first + 1;
        while (end < occurrences_.size() && occurrences_[end].number == occurrences_[first].number)
            ++end;
        for (std::size_t i = first; end - first > 1 && i < end; ++i) {
            Pupil& pupil = rows[occurrences_[i].rowIndex].pupil;
            if (pupil.snilsFlag == SnilsFlag::none) pupil.snilsFlag = SnilsFlag::duplicate;
            if (i == first) continue;
            warnings.push_back(
                {occurrences_[i].line, column_,
                 "такой же СНИЛС уже указан в строке " + std::to_string(occurrences_[first].line) +
                     ". Ученики загружены, у всех строк с этим СНИЛС он при сверке не учитывается"});
            warned = true;
        }
        first = end;
    }
    if (warned) {
        std::stable_sort(warnings.begin(), warnings.end(),
                         [](const RosterIssue& a, const RosterIssue& b) { return a.line < b.line; });
    }
}

} // namespace diarydesk
