#pragma once

#include "matching/ApplicationProfile.hpp"
#include "matching/RosterIndex.hpp"

#include <cstdint>
#include <vector>

namespace diarydesk {

// Picks the roster pupils worth a full comparison with one application, through the index's
// blocks, so that matching costs about the same for any roster size:
//  1. every pupil with the application's SNILS digits (always kept: they decide conflicts);
//  2. pupils born on the stated date, the day before or after, or with day and month swapped
//     — kept only if the surname or first name resembles the application's (equal phonetic
//     key, or within the near edit limit, checked after a one-instruction letter-set filter).
//     A pupil who shares only a birthday cannot be a fit, and a birthday block may be large;
//  3. pupils under the application's name key (also with first and last name swapped, and
//     under each part of a double surname) — kept if the birth date is near in any known way
//     (the block carries packed birth dates, so no pupil is touched to check); a small block
//     (namesakes) is kept whole so that staff see "same name, other birth date".
// Not found this way: a pupil whose surname and first name are both far off, or whose name
// key is off while the birth date is wrong too — unless the SNILS is exactly right.
// At most `maximumCandidates` positions, in the order above; without duplicates.
std::vector<std::uint32_t> findCandidates(const ApplicationProfile& application, const RosterIndex& roster);

inline constexpr std::size_t maximumCandidates = 256;

} // namespace diarydesk
