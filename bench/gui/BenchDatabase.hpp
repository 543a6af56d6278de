#pragma once

#include <cstddef>
#include <filesystem>

namespace diarydesk::bench {

// A school's database as the issue sizes it: a roster of `pupils` imported through
// RosterImportService, `applications` taken through ApplicationIntakeService and matched, so the
// queue opens with verdicts. The same data for the same sizes.
void makeSchoolDatabase(const std::filesystem::path& file, std::size_t pupils, std::size_t applications);

} // namespace diarydesk::bench
