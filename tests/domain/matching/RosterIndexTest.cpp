#include "CatchCompat.hpp"
#include "LabelledSet.hpp"
#include "MatchingTestData.hpp"
#include "TargetedCases.hpp"
#include "matching/ApplicationMatcher.hpp"
#include "matching/ApplicationProfile.hpp"
#include "matching/CandidateFinder.hpp"

#include <algorithm>
#include <thread>

using namespace diarydesk;
using namespace diarydesk::testing;

namespace {

std::size_t at(const RosterIndex& roster, const char* rosterId) {
    const auto position = roster.positionOf(rosterId);
    REQUIRE(position);
    return *position;
}

bool finds(const RosterIndex& roster, const Application& application, const char* rosterId) {
    const ApplicationProfile profile(application);
    const auto candidates = findCandidates(profile, roster);
    return std::find(candidates.begin(), candidates.end(), at(roster, rosterId)) != candidates.end();
}

} // namespace

TEST_CASE("the index normalises names once and keeps every pupil, present or not", "[matching][index]") {
    const RosterIndex roster(targetedRoster());
    REQUIRE(roster.size() == targetedRoster().size());
    CHECK(roster.pupil(at(roster, "T02")).rosterId == "T02");
    CHECK(roster.normalisedName(at(roster, "T02")).last == U"королева");
    CHECK(roster.normalisedName(at(roster, "T02")).first == U"алена");
    CHECK(roster.normalisedName(at(roster, "T13")).middle.empty()); // Ким Виктория
    CHECK_FALSE(roster.indexed(at(roster, "T15")).present);         // Носков has left
    CHECK(roster.indexed(at(roster, "T01")).snilsTrusted);
    const IndexedPupil& guseynova = roster.indexed(at(roster, "T14"));
    CHECK_FALSE(guseynova.snilsTrusted); // a bad control number
    CHECK(guseynova.snils.hasDigits());  // but still in the SNILS block
    CHECK(roster.withSnils(guseynova.snils).size() == 1);
    CHECK(roster.indexed(at(roster, "T06")).doubleSurname);
    CHECK_FALSE(roster.positionOf("T99"));
    for (std::size_t i = 1; i < roster.size(); ++i)
        CHECK(roster.pupil(i - 1).birthDate <= roster.pupil(i).birthDate);
}

TEST_CASE("the index trusts a SNILS exactly when Pupil::trustedSnils does", "[matching][index]") {
    std::vector<Pupil> pupils = generateLabelledSet({1, 3000, 0, 0, 0}).roster;
    for (Pupil& pupil : targetedRoster())
        pupils.push_back(std::move(pupil));
    Pupil odd = pupils.front();
    odd.rosterId = "ODD";
    odd.snils = "112.233.445.95";
    odd.snilsFlag = SnilsFlag::malformed;
    pupils.push_back(odd);
    const RosterIndex roster(pupils);
    for (std::size_t i = 0; i < roster.size(); ++i) {
        CHECK(roster.indexed(i).snilsTrusted == roster.pupil(i).trustedSnils().has_value());
    }
}

TEST_CASE("rare surnames weigh more than common ones", "[matching][index]") {
    std::vector<Pupil> pupils;
    for (int i = 0; i < 50; ++i) {
        pupils.push_back(pupil(std::string("P").append(std::to_string(i)), "Иванов Иван Иванович",
                               "01.01.2014", "", "5А"));
    }
    pupils.push_back(pupil("R", "Лаврентьев Иван Иванович", "01.01.2014", "", "5А"));
    const RosterIndex roster(std::move(pupils));
    CHECK(roster.indexed(at(roster, "R")).lastAgreementWeight >
          roster.indexed(at(roster, "P0")).lastAgreementWeight + 3);
}

TEST_CASE("blocking finds a pupil despite a surname typo and no SNILS, or a wrong year",
          "[matching][index]") {
    const RosterIndex roster(targetedRoster());
    // A consonant typo changes the name key; the birth date finds her.
    CHECK(finds(roster, application("X", "Трошимова Ксения Андреевна", "30.01.2015", std::nullopt), "T05"));
    // Through the name key when the year is mistyped.
    CHECK(finds(roster, application("X", "Трофимова Ксения Андреевна", "30.01.2016", std::nullopt), "T05"));
    // Through the day after, and the swapped date.
    CHECK(finds(roster, application("X", "Трофимова Ксения", "31.01.2015", std::nullopt), "T05"));
    CHECK(finds(roster, application("X", "Фадеева Полина Игоревна", "03.04.2017", std::nullopt), "T17"));
    // A pupil who shares only the birthday is not compared at all.
    CHECK_FALSE(finds(roster, application("X", "Абрамян Карина", "30.01.2015", std::nullopt), "T05"));
}

TEST_CASE("a huge birthday block is capped and stays cheap", "[matching][index]") {
    std::vector<Pupil> pupils;
    for (int i = 0; i < 3000; ++i) {
        pupils.push_back(pupil(std::string("P").append(std::to_string(i)), "Иванов Иван Иванович",
                               "01.01.2014", "", "5А"));
    }
    const RosterIndex roster(std::move(pupils));
    CHECK(roster.largestBirthDateBlock() == 3000);
    const Application namesake = application("X", "Иванов Иван Иванович", "01.01.2014", std::nullopt);
    CHECK(findCandidates(ApplicationProfile(namesake), roster).size() == maximumCandidates);
    const MatchResult result = matchApplication(roster, namesake);
    CHECK(result.verdict == Verdict::ambiguous);
    CHECK(result.candidates.size() <= maximumCandidates);
}

TEST_CASE("one matcher gives the same results from several threads at once", "[matching][index]") {
    LabelledSetOptions options;
    options.pupils = 2000;
    options.applications = 600;
    const LabelledSet set = generateLabelledSet(options);
    const RosterIndex roster(set.roster);
    const ApplicationMatcher matcher(roster);
    std::vector<MatchResult> sequential;
    for (const LabelledApplication& labelled : set.applications)
        sequential.push_back(matcher.match(labelled.application));

    std::vector<MatchResult> parallel(set.applications.size());
    std::vector<std::thread> threads;
    for (std::size_t thread = 0; thread < 4; ++thread) {
        threads.emplace_back([&, thread] {
            for (std::size_t i = thread; i < set.applications.size(); i += 4) {
                parallel[i] = matcher.match(set.applications[i].application);
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    CHECK(parallel == sequential);
}
