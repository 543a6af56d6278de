#pragma once

#include "Application.hpp"
#include "matching/ClassHint.hpp"
#include "matching/IndexedPupil.hpp"
#include "matching/SnilsDigits.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace diarydesk {

// The application's side of matching, computed once per application: the child's normalised
// names, keys, SNILS digits and stated class. Refers to the application, which must outlive it.
struct ApplicationProfile {
    explicit ApplicationProfile(const Application& application);

    NormalisedName name() const { return {last, first, middle}; }

    const Application& application;
    std::u32string last;
    std::u32string first;
    std::u32string middle;
    std::uint64_t lastKey = 0;
    std::uint64_t firstKey = 0;
    std::uint64_t lastLetters = 0;
    std::uint64_t firstLetters = 0;
    std::vector<std::uint64_t> surnamePartKeys; // empty unless the surname is double
    long birthDay = 0;
    SnilsDigits snils;
    // The child's SNILS field holds the applicant's own number (and the applicant is not the
    // child): a common slip that says nothing about the child.
    bool snilsIsApplicants = false;
    ClassName statedClass;
};

} // namespace diarydesk
