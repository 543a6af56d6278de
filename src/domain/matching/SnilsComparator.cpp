#include "matching/SnilsComparator.hpp"

namespace diarydesk {
namespace {

enum class DigitRelation { equal, oneDigit, transposition, further };

DigitRelation relateDigits(const SnilsDigits& left, const SnilsDigits& right) {
    std::size_t first = left.digits.size();
    std::size_t differing = 0;
    for (std::size_t i = 0; i < left.digits.size(); ++i) {
        if (left.digits[i] == right.digits[i]) continue;
        if (differing++ == 0) first = i;
    }
    if (differing == 0) return DigitRelation::equal;
    if (differing == 1) return DigitRelation::oneDigit;
    if (differing == 2 && first + 1 < left.digits.size() && left.digits[first] == right.digits[first + 1] &&
        left.digits[first + 1] == right.digits[first]) {
        return DigitRelation::transposition;
    }
    return DigitRelation::further;
}

} // namespace

FieldOutcome compareSnils(const SnilsDigits& application, bool applicationHoldsApplicantsSnils,
                          const SnilsDigits& roster, bool rosterTrusted) {
    using State = SnilsDigits::State;
    if (application.state == State::absent) return {Agreement::missing, FieldDetail::absentInApplication, 0};
    if (application.state == State::malformed)
        return {Agreement::missing, FieldDetail::malformedInApplication, 0};
    if (roster.state == State::absent) return {Agreement::missing, FieldDetail::absentInRoster, 0};
    if (roster.state == State::malformed) return {Agreement::missing, FieldDetail::malformedInRoster, 0};

    switch (relateDigits(application, roster)) {
    case DigitRelation::equal:
        if (!rosterTrusted) return {Agreement::near, FieldDetail::flaggedInRoster, 0};
        if (!application.checksumValid) return {Agreement::near, FieldDetail::badChecksum, 0};
        return {Agreement::agree, FieldDetail::none, 0};
    case DigitRelation::oneDigit:
        return {Agreement::near, FieldDetail::snilsOneDigit, 0};
    case DigitRelation::transposition:
        return {Agreement::near, FieldDetail::snilsTransposition, 0};
    case DigitRelation::further:
        break;
    }
    if (applicationHoldsApplicantsSnils) return {Agreement::differ, FieldDetail::applicantSnils, 0};
    if (application.checksumValid && rosterTrusted)
        return {Agreement::differ, FieldDetail::snilsMismatchTrusted, 0};
    return {Agreement::differ, FieldDetail::none, 0};
}

} // namespace diarydesk
