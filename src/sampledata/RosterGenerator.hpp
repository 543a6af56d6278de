#pragma once

#include "Pupil.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace diarydesk::sampledata {

// A school roster of `count` pupils for the school year 2026/27, the same for the same seed on
// every platform: classes 1А…11В (fewer pupils in 10 and 11, after the ninth-grade exams), ages
// that fit the class, Russian names with realistic frequencies (see RussianNames), about one
// pupil in 80 with a twin, valid unique SNILS, roster ids "STU-000001"… in the order the pupils
// were made. Sorted like a school's export: by class, then surname and name.
std::vector<Pupil> generateRoster(std::size_t count, std::uint64_t seed);

// The class number of a class name: 5 for "5Б", 11 for "11А"; 0 when there is none.
int gradeOf(std::string_view className);

} // namespace diarydesk::sampledata
