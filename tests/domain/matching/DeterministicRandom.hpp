#pragma once

#include <cstdint>
#include <vector>

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

} // namespace diarydesk::testing
