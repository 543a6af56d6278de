#pragma once

#include "Application.hpp"
#include "Pupil.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace diarydesk::sampledata {

// `count` applications for e-diary access to children of `roster`, the same for the same seed:
// ids "A-2026-000001"… in the order they were submitted (September to November 2026, local
// time +07:00), version 1, status submitted. The applicant is the mother (72 %) or the father,
// with the child's surname in the right form and, for a father, the first name the child's
// patronymic comes from. About 4 % are a second application for a child already applied for.
//
// The child's data is copied from the roster with the mix of imperfections a school sees:
//   67 %  exactly as on the roster (the SNILS as 123-456-789 64, or 1 in 7 as 11 bare digits)
//    6 %  ё written as е (a child whose name has ё)
//    7 %  case or spaces differ (surname in capitals, all lower case, extra spaces…)
//    5 %  a typo in the surname or first name
//    4 %  two neighbouring SNILS digits transposed
//    5 %  no SNILS
//    3 %  day and month of the birth date swapped (days 1-12)
//    3 %  a child who is not on the roster at all
// Independently: the document is a birth certificate (series like IV-ЛО, 6-digit number), or
// for children of 14 and over a Russian passport; 4 % give none. The stated class is this year's
// (70 %), last year's (18 %, as parents copy old forms) or missing.
std::vector<Application> generateApplications(const std::vector<Pupil>& roster, std::size_t count,
                                              std::uint64_t seed);

} // namespace diarydesk::sampledata
