#pragma once

#include "Application.hpp"
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

// splitmix64: the same numbers on every platform and standard library (std::*_distribution
// are not specified exactly, so they are not used).
class DeterministicRandom {
public:
    explicit DeterministicRandom(std::uint64_t seed)
        : state_(seed) {}
    std::uint64_t next();
    std::size_t below(std::size_t bound);
    bool chance(double probability);
    // An index in [0, size) where index r is picked with weight 1 / (r + 1)^0.8.
    std::size_t zipf(std::size_t size);

private:
    std::uint64_t state_;
    std::vector<double> zipfTotals_; // running sums of the Zipf weights
};

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
