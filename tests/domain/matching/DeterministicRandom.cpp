#include "DeterministicRandom.hpp"

#include <algorithm>
#include <cmath>

namespace diarydesk::testing {

std::uint64_t DeterministicRandom::next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::size_t DeterministicRandom::below(std::size_t bound) {
    return bound == 0 ? 0 : next() % bound;
}

bool DeterministicRandom::chance(double probability) {
    return static_cast<double>(next() % 1000000) < probability * 1000000.0;
}

std::size_t DeterministicRandom::zipf(std::size_t size) {
    if (size == 0) return 0;
    if (zipfTotals_.size() < size) {
        zipfTotals_.resize(size);
        for (std::size_t r = 0; r < size; ++r) {
            zipfTotals_[r] =
                (r > 0 ? zipfTotals_[r - 1] : 0.0) + 1.0 / std::pow(static_cast<double>(r + 1), 0.8);
        }
    }
    const double target = static_cast<double>(next() % 1000000) / 1000000.0 * zipfTotals_[size - 1];
    return static_cast<std::size_t>(
        std::upper_bound(zipfTotals_.begin(), zipfTotals_.begin() + static_cast<long>(size), target) -
        zipfTotals_.begin());
}

} // namespace diarydesk::testing
