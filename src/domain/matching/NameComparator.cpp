#include "matching/NameComparator.hpp"

#include "matching/StringDistance.hpp"

namespace diarydesk {
namespace {

bool isPartSeparator(char32_t cp) {
    return cp == U'-' || cp == U' ';
}

bool hasParts(std::u32string_view name) {
    for (const char32_t cp : name) {
        if (isPartSeparator(cp)) return true;
    }
    return false;
}

// Whether `single` is, up to one edit, one of the parts of `compound`.
bool isPartOf(std::u32string_view single, std::u32string_view compound) {
    std::size_t start = 0;
    while (start <= compound.size()) {
        std::size_t end = start;
        while (end < compound.size() && !isPartSeparator(compound[end]))
            ++end;
        const std::u32string_view part = compound.substr(start, end - start);
        if (!part.empty() && boundedOsaDistance(single, part, 1) <= 1) return true;
        start = end + 1;
    }
    return false;
}

} // namespace

FieldOutcome compareNamePart(std::string_view rawApplication, std::string_view rawRoster,
                             std::u32string_view application, std::u32string_view roster) {
    if (application.empty() || roster.empty()) {
        const FieldDetail detail = application.empty() && roster.empty() ? FieldDetail::absentOnBoth
                                   : application.empty()                 ? FieldDetail::absentInApplication
                                                                         : FieldDetail::absentInRoster;
        return {Agreement::missing, detail, 0};
    }
    if (rawApplication == rawRoster) return {Agreement::agree, FieldDetail::none, 0};
    if (application == roster) return {Agreement::agreeNormalised, FieldDetail::none, 0};
    const int limit = nearEditLimit(application.size(), roster.size());
    const int distance = boundedOsaDistance(application, roster, limit);
    if (distance > limit) return {Agreement::differ, FieldDetail::none, 0};
    if (distance == 1 && isAdjacentTransposition(application, roster)) {
        return {Agreement::near, FieldDetail::transposition, 1};
    }
    return {Agreement::near, FieldDetail::editDistance, static_cast<std::uint8_t>(distance)};
}

FieldOutcome compareSurname(std::string_view rawApplication, std::string_view rawRoster,
                            std::u32string_view application, std::u32string_view roster) {
    const FieldOutcome outcome = compareNamePart(rawApplication, rawRoster, application, roster);
    if (outcome.agreement != Agreement::differ) return outcome;
    const bool applicationCompound = hasParts(application);
    const bool rosterCompound = hasParts(roster);
    if (applicationCompound != rosterCompound &&
        (rosterCompound ? isPartOf(application, roster) : isPartOf(roster, application))) {
        return {Agreement::near, FieldDetail::doubleSurnamePart, 0};
    }
    return outcome;
}

std::array<FieldOutcome, 3> compareNames(const PersonName& rawApplication, const NormalisedName& application,
                                         const PersonName& rawRoster, const NormalisedName& roster) {
    std::array<FieldOutcome, 3> outcomes{
        compareSurname(rawApplication.last, rawRoster.last, application.last, roster.last),
        compareNamePart(rawApplication.first, rawRoster.first, application.first, roster.first),
        compareNamePart(rawApplication.middle, rawRoster.middle, application.middle, roster.middle),
    };
    if (outcomes[0].agrees() && outcomes[1].agrees()) return outcomes;
    // Swapped names win when they fit exactly crosswise, or fit crosswise at all while the
    // names in place do not ("Иван Иванов" is a near miss of "Иванов Иван" in place, too).
    const FieldOutcome lastAsFirst =
        compareNamePart(rawApplication.last, rawRoster.first, application.last, roster.first);
    const FieldOutcome firstAsLast =
        compareSurname(rawApplication.first, rawRoster.last, application.first, roster.last);
    const bool swappedExactly = lastAsFirst.agrees() && firstAsLast.agrees();
    const bool swappedNear = lastAsFirst.agreesOrNear() && firstAsLast.agreesOrNear() &&
                             !outcomes[0].agreesOrNear() && !outcomes[1].agreesOrNear();
    if (swappedExactly || swappedNear) {
        outcomes[0] = {Agreement::near, FieldDetail::namesSwapped, 0};
        outcomes[1] = {Agreement::near, FieldDetail::namesSwapped, 0};
    }
    return outcomes;
}

} // namespace diarydesk
