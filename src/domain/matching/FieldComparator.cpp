#include "matching/FieldComparator.hpp"

#include "matching/DateNearness.hpp"
#include "matching/MatchWeights.hpp"
#include "matching/NameComparator.hpp"
#include "matching/SnilsComparator.hpp"

namespace diarydesk {

FieldOutcome compareBirthDates(const CalendarDate& application, const CalendarDate& roster) {
    switch (compareDates(application, roster)) {
    case DateRelation::same:
        return {Agreement::agree, FieldDetail::none, 0};
    case DateRelation::oneDayOff:
        return {Agreement::near, FieldDetail::oneDayOff, 0};
    case DateRelation::dayMonthSwapped:
        return {Agreement::near, FieldDetail::dayMonthSwapped, 0};
    case DateRelation::oneDigit:
        return {Agreement::near, FieldDetail::dateOneDigit, 0};
    case DateRelation::different:
        break;
    }
    return {Agreement::differ, FieldDetail::none, 0};
}

CandidateAssessment assessCandidate(const ApplicationProfile& application, const RosterIndex& roster,
                                    std::uint32_t position) {
    const Pupil& pupil = roster.pupil(position);
    const IndexedPupil& indexed = roster.indexed(position);
    const ChildData& child = application.application.child;

    CandidateAssessment assessment;
    assessment.position = position;
    assessment.present = indexed.present;
    const auto names =
        compareNames(child.name, application.name(), pupil.name, roster.normalisedName(position));
    assessment.fields[static_cast<std::size_t>(MatchField::lastName)] = names[0];
    assessment.fields[static_cast<std::size_t>(MatchField::firstName)] = names[1];
    assessment.fields[static_cast<std::size_t>(MatchField::middleName)] = names[2];
    assessment.fields[static_cast<std::size_t>(MatchField::birthDate)] =
        compareBirthDates(child.birthDate, pupil.birthDate);
    assessment.fields[static_cast<std::size_t>(MatchField::snils)] =
        compareSnils(application.snils, application.snilsIsApplicants, indexed.snils, indexed.snilsTrusted);

    const double nameAgreement[] = {indexed.lastAgreementWeight, indexed.firstAgreementWeight,
                                    indexed.middleAgreementWeight, 0.0, 0.0};
    for (const MatchField field : {MatchField::lastName, MatchField::firstName, MatchField::middleName,
                                   MatchField::birthDate, MatchField::snils}) {
        const auto index = static_cast<std::size_t>(field);
        assessment.identityWeight += fieldWeight(field, assessment.fields[index], nameAgreement[index]);
    }
    assessment.hintWeight = classHintWeight(relateClasses(application.statedClass, indexed.className));
    return assessment;
}

} // namespace diarydesk
