#pragma once

#include "SampleRandom.hpp"

#include <string>
#include <unordered_set>

namespace diarydesk::sampledata {

// Valid SNILS numbers (11 digits), none issued twice by one generator. Numbers are above
// 001-001-998, so their control number is really checked, and like real ones have no digit
// three times in a row.
class UniqueSnilsGenerator {
public:
    std::string next(SampleRandom& random);

    // Marks a number (11 digits) as taken, so that next() never returns it.
    void reserve(const std::string& digits) { issued_.insert(digits.substr(0, 9)); }

private:
    std::unordered_set<std::string> issued_; // the first nine digits
};

} // namespace diarydesk::sampledata
