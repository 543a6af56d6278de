#include "UniqueSnilsGenerator.hpp"

#include "SnilsNumber.hpp"

#include <cstdio>

namespace diarydesk::sampledata {
namespace {

constexpr long lowestChecked = 1001999; // 001-001-999, the first number with a control number

bool hasTripleDigit(const std::string& digits) {
    for (std::size_t i = 2; i < digits.size(); ++i) {
        if (digits[i] == digits[i - 1] && digits[i] == digits[i - 2]) return true;
    }
    return false;
}

} // namespace

std::string UniqueSnilsGenerator::next(SampleRandom& random) {
    for (;;) {
        char nine[16];
        std::snprintf(nine, sizeof nine, "%09ld", random.between(lowestChecked, 999999999));
        const std::string prefix(nine);
        if (hasTripleDigit(prefix) || issued_.contains(prefix)) continue;
        issued_.insert(prefix);
        char control[4];
        std::snprintf(control, sizeof control, "%02d", SnilsNumber::controlNumberFor(prefix));
        return prefix + control;
    }
}

} // namespace diarydesk::sampledata
