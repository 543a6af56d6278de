#pragma once

#include "Application.hpp"
#include "DeterministicRandom.hpp"
#include "Pupil.hpp"
#include "matching/MatchResult.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// A deterministic generator of a realistic roster and of applications whose right answer is
// known: families of brothers and sisters, twins, namesakes, double surnames, pupils who have
// left, roster SNILS with bad control numbers; applications with the slips parents make, from
// strangers, and from strangers using a pupil's SNILS.
namespace diarydesk::testing {

struct LabelledApplication {
    Application application;
    std::optional<std::string> expectedPupilId; // the child the application is really about
    bool expectedPupilPresent = false;
    std::string scenario;
    std::optional<Verdict> expectedVerdict; // when the scenario alone decides it
};

struct LabelledSet {
    std::vector<Pupil> roster;
    std::vector<LabelledApplication> applications;
};

struct LabelledSetOptions {
    std::uint64_t seed = 20261120;
    std::size_t pupils = 4000;
    std::size_t applications = 3000; // about the pupils on the roster
    std::size_t strangers = 200;     // about children the school does not have
    std::size_t snilsMisuse = 100;   // strangers, and brothers or sisters, giving a pupil's SNILS
};

LabelledSet generateLabelledSet(const LabelledSetOptions& options);

} // namespace diarydesk::testing
