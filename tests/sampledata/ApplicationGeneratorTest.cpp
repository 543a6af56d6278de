#include "sampledata/ApplicationGenerator.hpp"

#include "ApplicationJson.hpp"
#include "CatchCompat.hpp"
#include "SnilsNumber.hpp"
#include "sampledata/RosterGenerator.hpp"
#include "text/NameNormaliser.hpp"

#include <map>
#include <set>

using diarydesk::ApplicantRelation;
using diarydesk::Application;
using diarydesk::Pupil;
using diarydesk::sampledata::generateApplications;
using diarydesk::sampledata::generateRoster;

namespace {

const std::vector<Pupil>& roster() {
    static const std::vector<Pupil> pupils = generateRoster(3000, 77);
    return pupils;
}

const std::vector<Application>& applications() {
    static const std::vector<Application> list = generateApplications(roster(), 4000, 77);
    return list;
}

int ageOn(const diarydesk::CalendarDate& birth, const std::string& rfc3339) {
    const auto day = diarydesk::CalendarDate::parse(rfc3339.substr(0, 10));
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) --age;
    return age;
}

// The part of a father's first name his children's patronymic starts with (normalised):
// Александр → александр(ович), Сергей → серге(евич), Юрий → юр(ьевич), Илья → иль(ич).
std::string patronymicStem(const std::string& firstName) {
    const std::string name = diarydesk::normaliseName(firstName);
    if (name == "лев") return "льв";
    if (name == "павел") return "павл";
    if (name == "михаил") return "михайл";
    if (name.ends_with("ий")) return name.substr(0, name.size() - std::string("ий").size());
    for (const std::string_view ending : {"й", "ь", "а", "я"}) {
        if (name.ends_with(ending)) return name.substr(0, name.size() - ending.size());
    }
    return name;
}

double share(std::size_t part) {
    return static_cast<double>(part) / static_cast<double>(applications().size());
}

} // namespace

TEST_CASE("applications are deterministic from the seed", "[sampledata][applications]") {
    const auto pupils = generateRoster(200, 5);
    CHECK(generateApplications(pupils, 300, 5) == generateApplications(pupils, 300, 5));
    CHECK(generateApplications(pupils, 300, 5) != generateApplications(pupils, 300, 6));
    CHECK(generateApplications(pupils, 0, 5).empty());
}

TEST_CASE("applications carry ids, versions and submission times as the server sends them",
          "[sampledata][applications]") {
    REQUIRE(applications().size() == 4000);
    CHECK(applications().front().id == "A-2026-000001");
    CHECK(applications().back().id == "A-2026-004000");
    std::string previous;
    for (const Application& application : applications()) {
        CHECK(application.version == 1);
        CHECK(application.status == diarydesk::ApplicationStatus::submitted);
        CHECK(application.submittedAt.size() == 25);
        CHECK_THAT(application.submittedAt, Catch::Matchers::StartsWith("2026-"));
        CHECK_THAT(application.submittedAt, Catch::Matchers::EndsWith("+07:00"));
        CHECK(application.submittedAt >= previous);
        previous = application.submittedAt;
        // What the generator makes the decoder takes back unchanged.
        CHECK(diarydesk::decodeApplication(diarydesk::encodeApplication(application)) == application);
    }
}

TEST_CASE("the applicant is a parent with the child's surname in the right form",
          "[sampledata][applications]") {
    std::size_t mothers = 0;
    for (const Application& application : applications()) {
        const auto& applicant = application.applicant;
        const auto& child = application.child.name;
        INFO(application.id << ": " << applicant.name.full() << " for " << child.full());
        if (applicant.relation == ApplicantRelation::mother) {
            ++mothers;
            CHECK(applicant.name.middle.ends_with("на"));
        } else {
            REQUIRE(applicant.relation == ApplicantRelation::father);
            CHECK(applicant.name.middle.ends_with("ич"));
            CHECK_FALSE(applicant.name.last.ends_with("ова"));
            // The child's patronymic comes from the father's first name.
            if (!child.middle.empty()) {
                CHECK_THAT(diarydesk::normaliseName(child.middle),
                           Catch::Matchers::StartsWith(patronymicStem(applicant.name.first)));
            }
        }
        if (applicant.snils) {
            CHECK(diarydesk::SnilsNumber::parse(*applicant.snils).hasValidChecksum());
        }
        if (applicant.email) CHECK_THAT(*applicant.email, Catch::Matchers::Contains("example."));
        if (applicant.phone) CHECK(applicant.phone->size() == 12);
        REQUIRE(applicant.birthDate.has_value());
        CHECK(ageOn(*applicant.birthDate, application.submittedAt) >= 20);
    }
    CHECK(share(mothers) > 0.65);
    CHECK(share(mothers) < 0.8);
}

TEST_CASE("children's data has the documented mix of imperfections", "[sampledata][applications]") {
    std::map<std::string, const Pupil*> bySnils;
    std::set<std::tuple<std::string, std::string, std::string, long>> exactPupils;
    for (const Pupil& pupil : roster()) {
        bySnils[pupil.snils] = &pupil;
        exactPupils.insert(
            {pupil.name.last, pupil.name.first, pupil.name.middle, pupil.birthDate.dayNumber()});
    }
    std::size_t exactName = 0;
    std::size_t noSnils = 0;
    std::size_t unknownSnils = 0;
    std::size_t badChecksum = 0;
    std::size_t swappedDate = 0;
    for (const Application& application : applications()) {
        const auto& child = application.child;
        if (exactPupils.contains(
                {child.name.last, child.name.first, child.name.middle, child.birthDate.dayNumber()})) {
            ++exactName;
        }
        if (!child.snils) {
            ++noSnils;
            continue;
        }
        const auto number = diarydesk::SnilsNumber::tryParse(*child.snils);
        REQUIRE(number.has_value());
        if (!number->hasValidChecksum()) ++badChecksum;
        const auto pupil = bySnils.find(number->digits());
        if (pupil == bySnils.end()) {
            ++unknownSnils;
            continue;
        }
        const auto& birth = pupil->second->birthDate;
        if (child.birthDate != birth && child.birthDate.day() == birth.month() &&
            child.birthDate.month() == birth.day()) {
            ++swappedDate;
        }
    }
    // 67 % exact plus the SNILS, day/month and stated-class slips keep the name and date.
    CHECK(share(exactName) > 0.70);
    CHECK(share(exactName) < 0.86);
    CHECK(share(noSnils) > 0.03);
    CHECK(share(noSnils) < 0.08);
    // Transposed digits (4 %) almost always break the control number; strangers (3 %) have
    // valid numbers the roster does not know.
    CHECK(share(badChecksum) > 0.025);
    CHECK(share(badChecksum) < 0.06);
    CHECK(share(unknownSnils) > 0.05);
    CHECK(share(unknownSnils) < 0.10);
    CHECK(share(swappedDate) > 0.015);
    CHECK(share(swappedDate) < 0.045);
}

TEST_CASE("children's documents and stated classes are realistic", "[sampledata][applications]") {
    std::size_t lastYearsClass = 0;
    std::size_t withoutDocument = 0;
    std::map<std::string, const Pupil*> bySnils;
    for (const Pupil& pupil : roster())
        bySnils[pupil.snils] = &pupil;
    for (const Application& application : applications()) {
        const auto& child = application.child;
        if (!child.document) {
            ++withoutDocument;
        } else if (ageOn(child.birthDate, application.submittedAt) >= 14) {
            CHECK(child.document->type == "passport_rf");
            CHECK(child.document->series.size() == 4);
            CHECK(child.document->number.size() == 6);
        } else {
            CHECK(child.document->type == "birth_certificate");
            CHECK(child.document->series.find('-') != std::string::npos);
            CHECK(child.document->number.size() == 6);
        }
        if (!child.snils || !child.statedClass) continue;
        const auto pupil = bySnils.find(diarydesk::SnilsNumber::parse(*child.snils).digits());
        if (pupil == bySnils.end()) continue;
        const int grade = diarydesk::sampledata::gradeOf(pupil->second->className);
        const int stated = diarydesk::sampledata::gradeOf(*child.statedClass);
        CHECK((stated == grade || stated == grade - 1));
        if (stated == grade - 1) ++lastYearsClass;
    }
    CHECK(share(withoutDocument) > 0.02);
    CHECK(share(withoutDocument) < 0.07);
    CHECK(share(lastYearsClass) > 0.10);
    CHECK(share(lastYearsClass) < 0.25);
}

TEST_CASE("an empty roster gives only children who are not on it", "[sampledata][applications]") {
    const auto list = generateApplications({}, 20, 3);
    REQUIRE(list.size() == 20);
    for (const Application& application : list)
        CHECK_FALSE(application.child.name.last.empty());
}
