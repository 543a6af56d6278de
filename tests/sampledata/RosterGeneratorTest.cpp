#include "sampledata/RosterGenerator.hpp"

#include "CatchCompat.hpp"
#include "SnilsNumber.hpp"
#include "text/NameNormaliser.hpp"

#include <map>
#include <set>

using diarydesk::CalendarDate;
using diarydesk::Pupil;
using diarydesk::sampledata::generateRoster;
using diarydesk::sampledata::gradeOf;

namespace {

int ageOn(const CalendarDate& birth, const CalendarDate& day) {
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) --age;
    return age;
}

bool endsWith(const std::string& text, std::string_view suffix) {
    return text.ends_with(suffix);
}

const std::vector<Pupil>& bigRoster() {
    static const std::vector<Pupil> roster = generateRoster(5000, 2026);
    return roster;
}

} // namespace

TEST_CASE("the roster has the requested number of pupils", "[sampledata][roster]") {
    const std::size_t count = GENERATE(0U, 1U, 2U, 37U, 1000U);
    CHECK(generateRoster(count, 5).size() == count);
}

TEST_CASE("the same seed gives the same roster, another seed another", "[sampledata][roster]") {
    CHECK(generateRoster(500, 42) == generateRoster(500, 42));
    CHECK(generateRoster(500, 42) != generateRoster(500, 43));
}

TEST_CASE("every pupil has a valid SNILS, and no two the same", "[sampledata][roster]") {
    std::set<std::string> seen;
    for (const Pupil& pupil : bigRoster()) {
        const auto snils = diarydesk::SnilsNumber::tryParse(pupil.snils);
        REQUIRE(snils.has_value());
        CHECK(snils->digits() == pupil.snils);
        CHECK(snils->hasValidChecksum());
        CHECK(pupil.snilsFlag == diarydesk::SnilsFlag::none);
        CHECK(pupil.trustedSnils().has_value());
        CHECK(seen.insert(pupil.snils).second);
    }
}

TEST_CASE("roster ids are unique and look like the diary system's", "[sampledata][roster]") {
    std::set<std::string> ids;
    for (const Pupil& pupil : bigRoster()) {
        CHECK(pupil.rosterId.size() == 10);
        CHECK_THAT(pupil.rosterId, Catch::Matchers::StartsWith("STU-"));
        CHECK(ids.insert(pupil.rosterId).second);
    }
    CHECK(ids.count("STU-000001") == 1);
    CHECK(ids.count("STU-005000") == 1);
}

TEST_CASE("ages fit the classes of the 2026/27 school year", "[sampledata][roster]") {
    const CalendarDate firstSeptember(2026, 9, 1);
    const std::set<std::string> letters{"А", "Б", "В"};
    std::size_t exactAge = 0;
    std::set<int> grades;
    for (const Pupil& pupil : bigRoster()) {
        const int grade = gradeOf(pupil.className);
        REQUIRE(grade >= 1);
        REQUIRE(grade <= 11);
        grades.insert(grade);
        CHECK(letters.contains(pupil.className.substr(std::to_string(grade).size())));
        const int age = ageOn(pupil.birthDate, firstSeptember);
        CHECK(age >= 5 + grade);
        CHECK(age <= 7 + grade);
        if (age == 6 + grade) ++exactAge;
        CHECK(pupil.present);
    }
    CHECK(grades.size() == 11);
    CHECK(exactAge > bigRoster().size() * 85 / 100);
}

TEST_CASE("names follow Russian usage", "[sampledata][roster]") {
    std::map<std::string, int> surnameCounts;
    std::size_t withYo = 0;
    std::size_t withoutPatronymic = 0;
    std::size_t doubleSurnames = 0;
    for (const Pupil& pupil : bigRoster()) {
        const auto& name = pupil.name;
        ++surnameCounts[diarydesk::normaliseName(name.last)];
        if (name.full().find("ё") != std::string::npos) ++withYo;
        if (name.last.find('-') != std::string::npos) ++doubleSurnames;
        if (name.middle.empty()) {
            ++withoutPatronymic;
            continue;
        }
        INFO(name.full());
        const bool girl = endsWith(name.middle, "на");
        CHECK((girl || endsWith(name.middle, "ич")));
        // A girl's surname is never in the masculine form, nor a boy's in the feminine one.
        for (const std::string_view masculine : {"ов", "ев", "ёв", "ин", "ский"}) {
            if (girl) CHECK_FALSE(endsWith(name.last, masculine));
        }
        for (const std::string_view feminine : {"ова", "ева", "ёва", "ина", "ская"}) {
            if (!girl) CHECK_FALSE(endsWith(name.last, feminine));
        }
    }
    const std::size_t total = bigRoster().size();
    CHECK(withYo > total / 20);
    CHECK(withoutPatronymic > 0);
    CHECK(withoutPatronymic < total / 20);
    CHECK(doubleSurnames > 0);
    CHECK(doubleSurnames < total / 50);

    // Frequency skew: a few common surnames, many rare ones.
    int mostCommon = 0;
    std::size_t seenOnce = 0;
    for (const auto& [surname, count] : surnameCounts) {
        mostCommon = std::max(mostCommon, count);
        if (count == 1) ++seenOnce;
    }
    CHECK(mostCommon > static_cast<int>(total / 100));
    CHECK(mostCommon < static_cast<int>(total / 15));
    CHECK(surnameCounts.size() > 300);
    CHECK(seenOnce > 10);
    CHECK(surnameCounts.at("иванов") + surnameCounts.at("иванова") > 30);
}

TEST_CASE("some pupils are twins", "[sampledata][roster]") {
    std::size_t twinPairs = 0;
    const auto& roster = bigRoster();
    // The roster is sorted by class and name, so twins of one sex are neighbours; compare every
    // pair within a class with the same birth date.
    std::map<std::pair<std::string, long>, std::vector<const Pupil*>> byClassAndBirth;
    for (const Pupil& pupil : roster)
        byClassAndBirth[{pupil.className, pupil.birthDate.dayNumber()}].push_back(&pupil);
    for (const auto& [key, pupils] : byClassAndBirth) {
        for (std::size_t i = 0; i < pupils.size(); ++i) {
            for (std::size_t j = i + 1; j < pupils.size(); ++j) {
                const auto& a = *pupils[i];
                const auto& b = *pupils[j];
                const std::string stemA =
                    a.name.last.substr(0, a.name.last.size() - (endsWith(a.name.last, "а") ? 2 : 0));
                const std::string stemB =
                    b.name.last.substr(0, b.name.last.size() - (endsWith(b.name.last, "а") ? 2 : 0));
                if (stemA != stemB || a.name.middle.substr(0, 8) != b.name.middle.substr(0, 8)) continue;
                ++twinPairs;
                CHECK(a.name.first != b.name.first);
                CHECK(a.snils != b.snils);
            }
        }
    }
    CHECK(twinPairs > 20);
    CHECK(twinPairs < 150);
}
