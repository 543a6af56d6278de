#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace diarydesk::sampledata {

// The generator's source of randomness: xoshiro256** seeded through splitmix64, with its own
// bounded integers. The standard distributions are not used because their output differs
// between standard libraries, and sample data must be the same from a seed everywhere.
class SampleRandom {
public:
    explicit SampleRandom(std::uint64_t seed);

    std::uint64_t next();
    std::uint64_t below(std::uint64_t bound); // 0 <= value < bound; bound > 0
    long between(long low, long high);        // low <= value <= high
    bool chance(double probability);
    double unit(); // [0, 1)
    std::string digits(std::size_t count);

    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(below(items.size()))];
    }

    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::swap(items[i - 1], items[static_cast<std::size_t>(below(i))]);
        }
    }

private:
    std::uint64_t state_[4];
};

// Picks an index with probability proportional to its weight (cumulative table, binary search).
class WeightedChoice {
public:
    explicit WeightedChoice(const std::vector<double>& weights);
    std::size_t pick(SampleRandom& random) const;

private:
    std::vector<double> cumulative_;
};

} // namespace diarydesk::sampledata
