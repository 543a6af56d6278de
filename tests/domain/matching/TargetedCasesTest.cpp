#include "TargetedCases.hpp"

#include "CatchCompat.hpp"
#include "LabelledSet.hpp"
#include "Redaction.hpp"
#include "matching/ApplicationMatcher.hpp"

#include <string>

using namespace diarydesk;
using namespace diarydesk::testing;

namespace {

void checkCase(const TargetedCase& expected, const MatchResult& result) {
    INFO(expected.name << " (" << expected.application.id << "): " << result.explanation);
    CHECK(result.applicationId == expected.application.id);
    CHECK(toString(result.verdict) == toString(expected.verdict));
    CHECK(result.pupilId == expected.pupilId);
    if (!expected.explanation.empty()) CHECK(result.explanation == expected.explanation);
    if (!expected.explanationContains.empty()) {
        CHECK(result.explanation.find(expected.explanationContains) != std::string::npos);
    }
    // The sentence never carries a full SNILS: masking it changes nothing.
    CHECK(redactSensitive(result.explanation) == result.explanation);
    CHECK(!result.explanation.empty());
    CHECK(result.score >= 0.0);
    CHECK(result.score <= 1.0);

    const std::optional<std::string> shown =
        expected.firstCandidate ? expected.firstCandidate : expected.pupilId;
    if (!shown) return;
    REQUIRE(!result.candidates.empty());
    // pupil_id, or else the pupil the sentence is about, leads the list.
    CHECK(result.candidates.front().pupilId == *shown);
    const CandidateMatch* candidate = nullptr;
    for (const CandidateMatch& each : result.candidates) {
        if (each.pupilId == *shown) candidate = &each;
    }
    REQUIRE(candidate != nullptr);
    for (const ExpectedEvidence& evidence : expected.evidence) {
        INFO("field " << toString(evidence.field));
        REQUIRE(candidate->evidence.count(evidence.field) == 1);
        CHECK(toString(candidate->evidence.at(evidence.field).agreement) ==
              toString(evidence.evidence.agreement));
        CHECK(candidate->evidence.at(evidence.field).detail == evidence.evidence.detail);
    }
}

std::vector<Pupil> targetedAmongGenerated() {
    LabelledSetOptions options;
    options.applications = 0;
    options.strangers = 0;
    options.snilsMisuse = 0;
    std::vector<Pupil> roster = generateLabelledSet(options).roster;
    for (Pupil& pupil : targetedRoster())
        roster.push_back(std::move(pupil));
    return roster;
}

} // namespace

TEST_CASE("each named situation gets its verdict, pupil and sentence", "[matching][verdict]") {
    const RosterIndex roster(targetedRoster());
    const ApplicationMatcher matcher(roster);
    for (const TargetedCase& expected : targetedCases())
        checkCase(expected, matcher.match(expected.application));
}

TEST_CASE("the named situations come out the same among four thousand other pupils", "[matching][verdict]") {
    const RosterIndex roster(targetedAmongGenerated());
    for (const TargetedCase& expected : targetedCases()) {
        checkCase(expected, matchApplication(roster, expected.application));
    }
}

TEST_CASE("the result carries the application's id and version and candidates best first", "[matching]") {
    const RosterIndex roster(targetedRoster());
    Application application = targetedCases().at(0).application;
    application.version = 4;
    const MatchResult result = matchApplication(roster, application);
    CHECK(result.applicationVersion == 4);
    // After the chosen pupil, best first.
    for (std::size_t i = 2; i < result.candidates.size(); ++i) {
        CHECK(result.candidates[i - 1].score >= result.candidates[i].score);
    }
    CHECK(result.candidates.size() <= ApplicationMatcher::reportedCandidates);
    CHECK(result.candidates.front().evidence.size() == 5);
}

TEST_CASE("an empty roster finds nobody", "[matching]") {
    const RosterIndex roster({});
    const MatchResult result = matchApplication(roster, targetedCases().at(0).application);
    CHECK(result.verdict == Verdict::notFound);
    CHECK(result.candidates.empty());
    CHECK(result.score == 0.0);
}
