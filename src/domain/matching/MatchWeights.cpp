#include "matching/MatchWeights.hpp"

#include <algorithm>
#include <cmath>

namespace diarydesk {
namespace {

double bits(double m, double u) {
    return std::log2(m / u);
}

// A share below one in ten thousand is not trusted to mean more: the roster is a sample, and
// brothers and sisters share their surname and patronymic.
constexpr double minimumShare = 1e-4;
// Nor is a share above one in four trusted to mean agreement says nothing: on a tiny or odd
// roster where most pupils share a name, agreeing on it is still some evidence (1.9 bits).
constexpr double maximumShare = 0.25;

// m of agreement: the parent types the child's name as the school has it. Lower for the
// patronymic, which is more often left out or written in another form.
constexpr double mNameAgreement = 0.95;
constexpr double mPatronymicAgreement = 0.90;

double snilsWeight(const FieldOutcome& outcome) {
    switch (outcome.agreement) {
    case Agreement::agree:
    case Agreement::agreeNormalised:
        // m 0.97 (copied from the child's certificate; some are mistyped); u 1e-5: two
        // children share a SNILS only through an error or someone using another child's.
        return bits(0.97, 1e-5); // 16.6
    case Agreement::near:
        if (outcome.detail == FieldDetail::flaggedInRoster || outcome.detail == FieldDetail::badChecksum) {
            // The same digits, but the roster's copy is not trusted: strong evidence, less than
            // agreement. m 0.01, u 1e-5.
            return bits(0.01, 1e-5); // 10.0
        }
        // One digit or one adjacent pair off: m 0.02 (typos), u 2e-4 (about a hundred such
        // neighbours of any number, counted against the roster).
        return bits(0.02, 2e-4); // 6.6
    case Agreement::differ:
        if (outcome.detail == FieldDetail::applicantSnils) return -1.0; // says little about the child
        // Two valid, trusted numbers that differ belong to different people: m 0.005.
        if (outcome.detail == FieldDetail::snilsMismatchTrusted) return bits(0.005, 1.0); // -7.6
        return bits(0.03, 1.0); // -5.1: one side's number is doubtful anyway
    case Agreement::missing:
        break;
    }
    return 0.0;
}

double dateWeight(const FieldOutcome& outcome) {
    // u of agreement: about 3650 possible birth dates across a school's ten years of ages.
    switch (outcome.agreement) {
    case Agreement::agree:
    case Agreement::agreeNormalised:
        return bits(0.97, 1.0 / 3650); // 11.8
    case Agreement::near:
        switch (outcome.detail) {
        case FieldDetail::oneDayOff:
            return bits(0.006, 2.0 / 3650); // 3.5
        case FieldDetail::dayMonthSwapped:
            return bits(0.006, 1.0 / 3650); // 4.5
        default:
            return bits(0.008, 12.0 / 3650); // 1.3: one digit off
        }
    case Agreement::differ:
        return bits(0.01, 1.0); // -6.6
    case Agreement::missing:
        break;
    }
    return 0.0;
}

double nameWeight(MatchField field, const FieldOutcome& outcome, double nameAgreement) {
    switch (outcome.agreement) {
    case Agreement::agree:
    case Agreement::agreeNormalised:
        return nameAgreement;
    case Agreement::near:
        // Each swapped part weighs half of what the pair says together (m 0.005, u 1.5e-4).
        if (outcome.detail == FieldDetail::namesSwapped) return bits(0.005, 1.5e-4) / 2; // 2.5
        // Equal to one part of a double surname: m 0.01, u 3e-4.
        if (outcome.detail == FieldDetail::doubleSurnamePart) return bits(0.01, 3e-4); // 5.1
        // A typo: m 0.03; u is the chance that a random name is that close: higher for the
        // short, few first names and patronymics than for surnames.
        return field == MatchField::lastName ? bits(0.03, 0.004) : bits(0.03, 0.01); // 2.9 / 1.6
    case Agreement::differ:
        // m: children renamed (adoption, a parent's new surname), nicknames ("Саша"), other
        // spellings. More for the patronymic, which parents write in more forms.
        return field == MatchField::middleName ? bits(0.04, 1.0) : bits(0.02, 1.0); // -4.6 / -5.6
    case Agreement::missing:
        break;
    }
    return 0.0;
}

} // namespace

double nameAgreementWeight(MatchField field, double shareOnRoster) {
    const double m = field == MatchField::middleName ? mPatronymicAgreement : mNameAgreement;
    return bits(m, std::clamp(shareOnRoster, minimumShare, maximumShare));
}

double fieldWeight(MatchField field, const FieldOutcome& outcome, double nameAgreement) {
    switch (field) {
    case MatchField::snils:
        return snilsWeight(outcome);
    case MatchField::birthDate:
        return dateWeight(outcome);
    case MatchField::lastName:
    case MatchField::firstName:
    case MatchField::middleName:
        return nameWeight(field, outcome, nameAgreement);
    }
    return 0.0;
}

double classHintWeight(ClassHintRelation relation) {
    switch (relation) {
    case ClassHintRelation::sameClass:
        return 1.0;
    case ClassHintRelation::lastYearsClass:
        return 0.8;
    case ClassHintRelation::sameGrade:
        return 0.3;
    case ClassHintRelation::none:
        break;
    }
    return 0.0;
}

double scoreFromWeight(double weight) {
    return 1.0 / (1.0 + std::exp2(-(weight - 16.0) / 3.0));
}

} // namespace diarydesk
