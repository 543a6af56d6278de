#include "ApplicantFactory.hpp"

#include "RussianNames.hpp"
#include "SnilsNumber.hpp"
#include "SurnameForms.hpp"
#include "Transliteration.hpp"

#include <array>

namespace diarydesk::sampledata {
namespace {

constexpr double noSnilsShare = 0.03;
constexpr double noPhoneShare = 0.04;
constexpr double noEmailShare = 0.12;
constexpr long daysPerYear = 365;

// Reserved example domains only: sample data must never address real mailboxes.
constexpr std::array<std::string_view, 4> mailDomains{"example.ru", "example.com", "mail.example.ru",
                                                      "example.org"};

} // namespace

std::string ApplicantFactory::email(const PersonName& name) {
    std::string local;
    const double roll = random_.unit();
    if (roll < 0.4)
        local = transliterate(name.first) + "." + transliterate(name.last);
    else if (roll < 0.7)
        local = transliterate(name.last) + random_.digits(2);
    else
        local = transliterate(name.first).substr(0, 1) + transliterate(name.last) + random_.digits(4);
    return local + "@" +
           std::string(mailDomains[static_cast<std::size_t>(random_.below(mailDomains.size()))]);
}

Applicant ApplicantFactory::applicantFor(const Pupil& child, ApplicantRelation relation) {
    Applicant applicant;
    applicant.relation = relation;
    long minimumAge = 20;
    long maximumAge = 40;
    if (relation == ApplicantRelation::father) {
        const FatherName* father = RussianNames::fatherForPatronymic(child.name.middle);
        if (!father) father = &RussianNames::pickFatherName(random_);
        applicant.name.last = surnameFor(child.name.last, Sex::male);
        applicant.name.first = std::string(father->name);
        applicant.name.middle = std::string(RussianNames::pickFatherName(random_).sonPatronymic);
        minimumAge = 22;
        maximumAge = 45;
    } else {
        applicant.name.last = surnameFor(child.name.last, Sex::female);
        applicant.name.first = std::string(RussianNames::pickMotherFirstName(random_));
        applicant.name.middle = std::string(RussianNames::pickFatherName(random_).daughterPatronymic);
    }
    const long childBirth = child.birthDate.dayNumber();
    applicant.birthDate = CalendarDate::fromDayNumber(
        childBirth - random_.between(minimumAge * daysPerYear, maximumAge * daysPerYear));
    if (!random_.chance(noSnilsShare)) applicant.snils = SnilsNumber::parse(snils_.next(random_)).formatted();
    if (!random_.chance(noPhoneShare)) applicant.phone = "+79" + random_.digits(9);
    if (!random_.chance(noEmailShare)) applicant.email = email(applicant.name);
    return applicant;
}

} // namespace diarydesk::sampledata
