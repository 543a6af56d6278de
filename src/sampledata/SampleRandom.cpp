#include "SampleRandom.hpp"

#include <algorithm>

namespace diarydesk::sampledata {
namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

std::uint64_t rotateLeft(std::uint64_t value, unsigned bits) {
    return (value << bits) | (value >> (64U - bits));
}

} // namespace

SampleRandom::SampleRandom(std::uint64_t seed) {
    for (auto& word : state_)
        word = splitmix64(seed);
}

std::uint64_t SampleRandom::next() {
    const std::uint64_t result = rotateLeft(state_[1] * 5, 7) * 9;
    const std::uint64_t shifted = state_[1] << 17U;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= shifted;
    state_[3] = rotateLeft(state_[3], 45);
    return result;
}

std::uint64_t SampleRandom::below(std::uint64_t bound) {
    // Rejection keeps every value equally likely.
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

long SampleRandom::between(long low, long high) {
    return low + static_cast<long>(below(static_cast<std::uint64_t>(high - low) + 1));
}

double SampleRandom::unit() {
    return static_cast<double>(next() >> 11U) * 0x1.0p-53;
}

bool SampleRandom::chance(double probability) {
    return unit() < probability;
}

std::string SampleRandom::digits(std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i)
        text.push_back(static_cast<char>('0' + below(10)));
    return text;
}

WeightedChoice::WeightedChoice(const std::vector<double>& weights) {
    double total = 0;
    cumulative_.reserve(weights.size());
    for (const double weight : weights) {
        total += weight;
        cumulative_.push_back(total);
    }
}

std::size_t WeightedChoice::pick(SampleRandom& random) const {
    const double target = random.unit() * cumulative_.back();
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), target);
    return std::min(static_cast<std::size_t>(it - cumulative_.begin()), cumulative_.size() - 1);
}

} // namespace diarydesk::sampledata
