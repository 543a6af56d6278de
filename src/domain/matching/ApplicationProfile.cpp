#include "matching/ApplicationProfile.hpp"

#include "matching/PhoneticKey.hpp"
#include "text/NameNormaliser.hpp"
#include "text/Utf8.hpp"

namespace diarydesk {

ApplicationProfile::ApplicationProfile(const Application& application)
    : application(application)
    , last(utf8::decode(normaliseName(application.child.name.last)))
    , first(utf8::decode(normaliseName(application.child.name.first)))
    , middle(utf8::decode(normaliseName(application.child.name.middle)))
    , lastKey(phoneticKey(last))
    , firstKey(phoneticKey(first))
    , lastLetters(letterMask(last))
    , firstLetters(letterMask(first))
    , surnamePartKeys(partKeys(last))
    , birthDay(application.child.birthDate.dayNumber())
    , snils(readSnilsDigits(application.child.snils.value_or(""))) {
    if (snils.hasDigits() && application.applicant.relation != ApplicantRelation::self &&
        application.applicant.snils) {
        const SnilsDigits applicants = readSnilsDigits(*application.applicant.snils);
        snilsIsApplicants = applicants.hasDigits() && applicants.digits == snils.digits;
    }
    if (application.child.statedClass) statedClass = parseClassName(*application.child.statedClass);
}

} // namespace diarydesk
