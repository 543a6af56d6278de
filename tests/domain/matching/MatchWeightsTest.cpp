#include "matching/MatchWeights.hpp"

#include "CatchCompat.hpp"
#include "MatchingTestData.hpp"
#include "matching/ApplicationMatcher.hpp"
#include "matching/ClassHint.hpp"

#include <cmath>

using namespace diarydesk;

TEST_CASE("agreement adds, disagreement subtracts, missing data adds nothing", "[matching][weights]") {
    const FieldOutcome agree{Agreement::agree, FieldDetail::none, 0};
    const FieldOutcome near{Agreement::near, FieldDetail::editDistance, 1};
    const FieldOutcome differ{Agreement::differ, FieldDetail::none, 0};
    const FieldOutcome missing{Agreement::missing, FieldDetail::absentInApplication, 0};
    for (const MatchField field : {MatchField::lastName, MatchField::firstName, MatchField::middleName,
                                   MatchField::birthDate, MatchField::snils}) {
        INFO(toString(field));
        const double agreement = nameAgreementWeight(field, 0.01);
        CHECK(fieldWeight(field, agree, agreement) > fieldWeight(field, near, agreement));
        CHECK(fieldWeight(field, near, agreement) > 0);
        CHECK(fieldWeight(field, differ, agreement) < 0);
        CHECK(fieldWeight(field, missing, agreement) == 0);
    }
    // A trusted SNILS agreeing outweighs a birth date, which outweighs a common surname.
    CHECK(fieldWeight(MatchField::snils, agree, 0) > fieldWeight(MatchField::birthDate, agree, 0));
    CHECK(fieldWeight(MatchField::birthDate, agree, 0) > nameAgreementWeight(MatchField::lastName, 0.01));
    // Equal digits in a flagged roster SNILS count, but less than agreement.
    const FieldOutcome flagged{Agreement::near, FieldDetail::flaggedInRoster, 0};
    CHECK(fieldWeight(MatchField::snils, flagged, 0) < fieldWeight(MatchField::snils, agree, 0));
    CHECK(fieldWeight(MatchField::snils, flagged, 0) > fieldWeight(MatchField::snils, near, 0));
    // Two different valid numbers say more against than a doubtful one.
    const FieldOutcome differentValid{Agreement::differ, FieldDetail::snilsMismatchTrusted, 0};
    CHECK(fieldWeight(MatchField::snils, differentValid, 0) < fieldWeight(MatchField::snils, differ, 0));
}

TEST_CASE("a rare name says more than a common one, within bounds", "[matching][weights]") {
    CHECK(nameAgreementWeight(MatchField::lastName, 0.0001) >
          nameAgreementWeight(MatchField::lastName, 0.01));
    CHECK(nameAgreementWeight(MatchField::lastName, 0.0) ==
          nameAgreementWeight(MatchField::lastName, 0.0001));
    CHECK(nameAgreementWeight(MatchField::lastName, 1.0) >
          1.0); // even a name everyone shares is some evidence
}

TEST_CASE("the score is a monotone map of the weight into [0, 1]", "[matching][weights]") {
    double previous = 0.0;
    for (double weight = -40; weight <= 60; weight += 0.5) {
        const double score = scoreFromWeight(weight);
        CHECK(score >= previous);
        CHECK(score >= 0.0);
        CHECK(score <= 1.0);
        previous = score;
    }
    CHECK(std::abs(scoreFromWeight(16.0) - 0.5) <
          1e-12); // no Approx: its name differs between Catch2 v2 and v3
}

TEST_CASE("class names are read as grade and letter", "[matching][class]") {
    CHECK(parseClassName("5Б").grade == 5);
    CHECK(parseClassName("5 б").letter == parseClassName("5Б").letter);
    CHECK(parseClassName("10-А").grade == 10);
    CHECK(parseClassName("11").known());
    CHECK_FALSE(parseClassName("").known());
    CHECK_FALSE(parseClassName("Б5").known());
    CHECK_FALSE(parseClassName("15А").known());
    CHECK_FALSE(parseClassName("5АБ").known());
}

TEST_CASE("the stated class is a weak hint: this year's or last year's class", "[matching][class]") {
    const ClassName pupil = parseClassName("5Б");
    CHECK(relateClasses(parseClassName("5Б"), pupil) == ClassHintRelation::sameClass);
    CHECK(relateClasses(parseClassName("4Б"), pupil) == ClassHintRelation::lastYearsClass);
    CHECK(relateClasses(parseClassName("5А"), pupil) == ClassHintRelation::sameGrade);
    CHECK(relateClasses(parseClassName("6Б"), pupil) == ClassHintRelation::none);
    CHECK(relateClasses(parseClassName(""), pupil) == ClassHintRelation::none);
    CHECK(classHintWeight(ClassHintRelation::sameClass) <= 1.0);
    CHECK(classHintWeight(ClassHintRelation::none) == 0.0);
}

TEST_CASE("a SNILS on two roster rows goes to the pupil whose name fits, never confirmed",
          "[matching][verdict]") {
    using testing::application;
    using testing::pupil;
    const std::string shared = testing::validSnils(123123123);
    std::vector<Pupil> pupils{pupil("D1", "Шишкина Алла Львовна", "03.03.2013", shared, "6А"),
                              pupil("D2", "Мамонтов Олег Юрьевич", "14.09.2010", shared, "9А")};
    for (Pupil& each : pupils)
        each.snilsFlag = SnilsFlag::duplicate;
    const RosterIndex roster(std::move(pupils));
    const MatchResult result =
        matchApplication(roster, application("A", "Шишкина Алла Львовна", "03.03.2013", shared));
    CHECK(result.verdict == Verdict::probable);
    CHECK(result.pupilId == "D1");
    CHECK(result.candidates.front().evidence.at(MatchField::snils).detail == "flagged_in_roster");
}
