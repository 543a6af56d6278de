#pragma once

#include "DeterministicRandom.hpp"

#include <string>

// The slips parents make when they fill in an application, for the generated labelled set.
namespace diarydesk::testing {

// One random slip in a name: a letter substituted, dropped, added or two swapped. The result
// always differs from the name after normalising.
std::string typo(DeterministicRandom& random, const std::string& name);

// 11 SNILS digits with one digit changed, or with two different adjacent digits exchanged.
std::string snilsWithOneDigitWrong(DeterministicRandom& random, const std::string& digits);
std::string snilsWithSwappedDigits(DeterministicRandom& random, const std::string& digits);

// "123-456-789 64" from 11 digits.
std::string formatSnils(const std::string& digits);

} // namespace diarydesk::testing
