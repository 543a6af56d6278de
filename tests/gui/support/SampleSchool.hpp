#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace diarydesk {
class Clock;
struct Pupil;
class Store;
} // namespace diarydesk

namespace diarydesk::test {

// A small school with an application for every verdict, so the GUI tests know what each row
// is. Ids of the hand-made applications:
namespace sample {
inline const std::string confirmedFirst = "T-CONFIRMED-1"; // Кузнецова Анна, exactly as on the roster
inline const std::string confirmedSecond = "T-CONFIRMED-2"; // Смирнов Павел
inline const std::string confirmedThird = "T-CONFIRMED-3";  // Орлова Дарья
inline const std::string yoWithoutDots = "T-YO"; // Семенова Алена for Семёнова Алёна, no SNILS
inline const std::string ambiguous = "T-AMBIGUOUS"; // Лебедев Никита: two pupils of that name and birthday
inline const std::string conflict = "T-CONFLICT"; // Волков Артём with Зайцева Мария's SNILS
inline const std::string notFound = "T-NOT-FOUND";       // Ковалёв Тимур, not on the roster
inline const std::string swappedDate = "T-SWAPPED-DATE"; // Новикова Ева, day and month swapped
// The two namesakes the ambiguous application may mean, in the roster.
inline const std::string ambiguousPupilA = "R-LEBEDEV-A";
inline const std::string ambiguousPupilB = "R-LEBEDEV-B";
} // namespace sample

// Imports the roster (the hand-made pupils and `generatedPupils` more from the sample data
// generator) through RosterImportService, takes the hand-made applications and
// `generatedApplications` generated ones through ApplicationIntakeService, and matches them.
// The sample school's roster as a UTF-8 CSV file with `morePupils` added at the end, for a test
// that imports it again.
std::string sampleSchoolRosterCsv(const std::vector<Pupil>& morePupils, std::size_t generatedPupils = 300);

void prepareSampleSchool(Store& store, const Clock& clock, std::size_t generatedPupils = 300,
                         std::size_t generatedApplications = 40);

} // namespace diarydesk::test
