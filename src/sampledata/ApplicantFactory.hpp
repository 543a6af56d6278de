#pragma once

#include "Application.hpp"
#include "Pupil.hpp"
#include "SampleRandom.hpp"
#include "UniqueSnilsGenerator.hpp"

namespace diarydesk::sampledata {

// The parent who applies for a child: the child's surname in the parent's form, a father whose
// first name gives the child's patronymic (or any father when the child has none), a mother
// with a name of her generation, a birth date 20-45 years before the child's, a valid SNILS
// (3 % leave it out), a mobile number (4 % without) and an e-mail address at example.ru and
// the like (12 % without).
class ApplicantFactory {
public:
    ApplicantFactory(SampleRandom& random, UniqueSnilsGenerator& snils)
        : random_(random)
        , snils_(snils) {}

    Applicant applicantFor(const Pupil& child, ApplicantRelation relation);

private:
    std::string email(const PersonName& name);

    SampleRandom& random_;
    UniqueSnilsGenerator& snils_;
};

} // namespace diarydesk::sampledata
