#include "matching/CandidateAssessment.hpp"

namespace diarydesk {

bool CandidateAssessment::snilsSupports() const {
    return field(MatchField::snils).agreesOrNear();
}

bool CandidateAssessment::snilsEqualDigits() const {
    const FieldOutcome& snils = field(MatchField::snils);
    return snils.agreement == Agreement::agree ||
           (snils.agreement == Agreement::near &&
            (snils.detail == FieldDetail::flaggedInRoster || snils.detail == FieldDetail::badChecksum));
}

bool CandidateAssessment::snilsContradicts() const {
    return field(MatchField::snils).detail == FieldDetail::snilsMismatchTrusted;
}

bool CandidateAssessment::dateFits() const {
    return field(MatchField::birthDate).agreesOrNear();
}

bool CandidateAssessment::nameMatches() const {
    return field(MatchField::lastName).agreesOrNear() && field(MatchField::firstName).agreesOrNear() &&
           field(MatchField::middleName).agreement != Agreement::differ;
}

bool CandidateAssessment::nameExact() const {
    const FieldOutcome& middle = field(MatchField::middleName);
    return field(MatchField::lastName).agrees() && field(MatchField::firstName).agrees() &&
           (middle.agrees() || middle.detail == FieldDetail::absentOnBoth);
}

int CandidateAssessment::pillars() const {
    return (snilsSupports() ? 1 : 0) + (dateFits() ? 1 : 0) + (nameMatches() ? 1 : 0);
}

bool CandidateAssessment::consistentWithSnils() const {
    return nameMatches() ||
           (field(MatchField::birthDate).agrees() &&
            (field(MatchField::lastName).agreesOrNear() || field(MatchField::firstName).agreesOrNear()));
}

bool CandidateAssessment::agreesOnAll() const {
    return field(MatchField::snils).agreement == Agreement::agree && field(MatchField::birthDate).agrees() &&
           nameExact();
}

} // namespace diarydesk
