#include "LabelledSet.hpp"

#include "CatchCompat.hpp"
#include "TargetedCases.hpp"
#include "matching/ApplicationMatcher.hpp"

#include <cstdio>
#include <iostream>
#include <map>
#include <string>

using namespace diarydesk;
using namespace diarydesk::testing;

namespace {

struct Tally {
    std::size_t applications = 0;
    std::size_t wrongConfirmed = 0;
    std::size_t aboutPresentPupil = 0;
    std::size_t rightFirst = 0;
    std::size_t needlessNotFound = 0;
    std::size_t expectedVerdicts = 0;
    std::size_t expectedVerdictsMet = 0;
    std::size_t strangersProbable = 0;
    std::map<std::string, std::map<std::string, std::size_t>> verdictsByScenario;
};

LabelledSet labelledSetWithTargetedCases() {
    LabelledSet set = generateLabelledSet(LabelledSetOptions{});
    for (Pupil& pupil : targetedRoster())
        set.roster.push_back(std::move(pupil));
    for (TargetedCase& targeted : targetedCases()) {
        // Only a confirmed or probable case names the child the application is about; the
        // others are about a child the school does not have, or one of two.
        const bool namesChild =
            targeted.verdict == Verdict::confirmed || targeted.verdict == Verdict::probable;
        set.applications.push_back({std::move(targeted.application),
                                    namesChild ? targeted.pupilId : std::nullopt, namesChild, "targeted",
                                    targeted.verdict});
    }
    return set;
}

void print(const Tally& tally) {
    std::cout << "\nLabelled set: " << tally.applications << " applications\n";
    std::cout << "  wrong confirmed: " << tally.wrongConfirmed << "\n";
    std::printf("  right pupil first: %zu of %zu applications about a present pupil (%.2f%%)\n",
                tally.rightFirst, tally.aboutPresentPupil,
                100.0 * static_cast<double>(tally.rightFirst) / tally.aboutPresentPupil);
    std::printf("  needless not_found: %zu (%.2f%%)\n", tally.needlessNotFound,
                100.0 * static_cast<double>(tally.needlessNotFound) / tally.aboutPresentPupil);
    std::cout << "  expected verdicts met: " << tally.expectedVerdictsMet << " of " << tally.expectedVerdicts
              << "\n";
    std::cout << "  strangers given probable: " << tally.strangersProbable << "\n";
    for (const auto& [scenario, verdicts] : tally.verdictsByScenario) {
        std::printf("  %-28s", scenario.c_str());
        for (const auto& [verdict, count] : verdicts)
            std::printf(" %s=%zu", verdict.c_str(), count);
        std::printf("\n");
    }
    std::cout.flush();
}

} // namespace

TEST_CASE("over the labelled set no application is wrongly confirmed and the right pupil comes first",
          "[matching][labelled]") {
    const LabelledSet set = labelledSetWithTargetedCases();
    const RosterIndex roster(set.roster);
    const ApplicationMatcher matcher(roster);

    Tally tally;
    for (const LabelledApplication& labelled : set.applications) {
        const MatchResult result = matcher.match(labelled.application);
        ++tally.applications;
        ++tally.verdictsByScenario[labelled.scenario][std::string(toString(result.verdict))];
        if (result.verdict == Verdict::confirmed && result.pupilId != labelled.expectedPupilId) {
            ++tally.wrongConfirmed;
            UNSCOPED_INFO("wrongly confirmed: " << labelled.application.id << " (" << labelled.scenario
                                                << ") as " << result.pupilId.value_or("-"));
        }
        if (labelled.expectedVerdict) {
            ++tally.expectedVerdicts;
            if (result.verdict == *labelled.expectedVerdict)
                ++tally.expectedVerdictsMet;
            else
                UNSCOPED_INFO(labelled.application.id << " (" << labelled.scenario
                                                      << "): " << toString(result.verdict) << " instead of "
                                                      << toString(*labelled.expectedVerdict) << ": "
                                                      << result.explanation);
        }
        if (!labelled.expectedPupilId && labelled.scenario == "stranger" &&
            result.verdict == Verdict::probable) {
            ++tally.strangersProbable;
        }
        if (labelled.expectedPupilId && labelled.expectedPupilPresent) {
            ++tally.aboutPresentPupil;
            if (!result.candidates.empty() &&
                result.candidates.front().pupilId == *labelled.expectedPupilId) {
                ++tally.rightFirst;
            }
            if (result.verdict == Verdict::notFound) ++tally.needlessNotFound;
        }
    }
    print(tally);

    CHECK(tally.wrongConfirmed == 0);
    CHECK(tally.expectedVerdictsMet == tally.expectedVerdicts);
    CHECK(static_cast<double>(tally.rightFirst) >= 0.95 * static_cast<double>(tally.aboutPresentPupil));
    CHECK(static_cast<double>(tally.needlessNotFound) <= 0.02 * static_cast<double>(tally.aboutPresentPupil));
}

TEST_CASE("matching a batch across threads gives every application the result it gets alone, in order",
          "[matching][labelled]") {
    LabelledSetOptions options;
    options.pupils = 1500;
    options.applications = 900; // enough for several workers
    const LabelledSet set = generateLabelledSet(options);
    const RosterIndex roster(set.roster);
    std::vector<Application> applications;
    for (const LabelledApplication& labelled : set.applications)
        applications.push_back(labelled.application);

    const std::vector<MatchResult> batch = matchAll(roster, applications);

    REQUIRE(batch.size() == applications.size());
    for (std::size_t i = 0; i < applications.size(); ++i) {
        INFO("application " << applications[i].id);
        CHECK(toJson(batch[i]).dump() == toJson(matchApplication(roster, applications[i])).dump());
    }
}
