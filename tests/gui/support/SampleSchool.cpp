#include "SampleSchool.hpp"

#include "Samples.hpp"
#include "sampledata/ApplicationGenerator.hpp"
#include "sampledata/RosterCsvWriter.hpp"
#include "sampledata/RosterGenerator.hpp"
#include "services/ApplicationIntakeService.hpp"
#include "services/MatchService.hpp"
#include "services/RosterImportService.hpp"

#include <vector>

namespace diarydesk::test {
namespace {

std::vector<Pupil> handMadePupils() {
    return {
        pupil("R-KUZNETSOVA", "Кузнецова", "Анна", "Игоревна", {2015, 3, 12}, validSnils("112233445"), "4А"),
        pupil("R-SMIRNOV", "Смирнов", "Павел", "Олегович", {2014, 7, 5}, validSnils("212233445"), "5Б"),
        pupil("R-ORLOVA", "Орлова", "Дарья", "Сергеевна", {2016, 10, 1}, validSnils("312233445"), "3А"),
        pupil("R-SEMYONOVA", "Семёнова", "Алёна", "Викторовна", {2016, 1, 21}, validSnils("412233445"), "3В"),
        pupil(sample::ambiguousPupilA, "Лебедев", "Никита", "Андреевич", {2013, 9, 14},
              validSnils("512233445"), "6А"),
        pupil(sample::ambiguousPupilB, "Лебедев", "Никита", "Сергеевич", {2013, 9, 14},
              validSnils("612233445"), "6Б"),
        pupil("R-VOLKOV", "Волков", "Артём", "Денисович", {2012, 2, 2}, validSnils("712233445"), "7А"),
        pupil("R-ZAITSEVA", "Зайцева", "Мария", "Ильинична", {2011, 5, 17}, validSnils("812233445"), "8Б"),
        pupil("R-NOVIKOVA", "Новикова", "Ева", "Максимовна", {2014, 11, 3}, validSnils("912233445"), "5А"),
    };
}

std::vector<Application> handMadeApplications() {
    std::vector<Application> applications{
        application(sample::confirmedFirst, 1, "Кузнецова", "Анна", "Игоревна", {2015, 3, 12},
                    validSnils("112233445")),
        application(sample::confirmedSecond, 1, "Смирнов", "Павел", "Олегович", {2014, 7, 5},
                    validSnils("212233445")),
        application(sample::confirmedThird, 1, "Орлова", "Дарья", "Сергеевна", {2016, 10, 1},
                    validSnils("312233445")),
        application(sample::yoWithoutDots, 1, "Семенова", "Алена", "Викторовна", {2016, 1, 21}, ""),
        application(sample::ambiguous, 1, "Лебедев", "Никита", "", {2013, 9, 14}, ""),
        application(sample::conflict, 1, "Волков", "Артём", "Денисович", {2012, 2, 2},
                    validSnils("812233445")),
        application(sample::notFound, 1, "Ковалёв", "Тимур", "Русланович", {2015, 6, 30},
                    validSnils("998877665")),
        application(sample::swappedDate, 1, "Новикова", "Ева", "Максимовна", {2014, 3, 11},
                    validSnils("912233445")),
    };
    // Submitted a minute apart, before the generated ones, in this order; filed by the mother,
    // whose surname is the child's in its feminine form.
    for (std::size_t i = 0; i < applications.size(); ++i) {
        std::string& surname = applications[i].applicant.name.last;
        surname = applications[i].child.name.last;
        if (!surname.ends_with("а")) surname += "а";
        applications[i].submittedAt =
            "2026-08-20T09:" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ":00+07:00";
    }
    return applications;
}

// The generated pupils (the same for the same count), the hand-made ones first.
std::vector<Pupil> sampleRoster(std::size_t generatedPupils, std::vector<Pupil>& generated) {
    generated = sampledata::generateRoster(generatedPupils, 2026);
    std::vector<Pupil> roster = handMadePupils();
    roster.insert(roster.end(), generated.begin(), generated.end());
    return roster;
}

std::string rosterCsv(const std::vector<Pupil>& roster) {
    return sampledata::writeRosterCsv(roster, TextEncoding::utf8, ';',
                                      sampledata::RosterCsvLayout::separateNames, true, false);
}

} // namespace

std::string sampleSchoolRosterCsv(const std::vector<Pupil>& morePupils, std::size_t generatedPupils) {
    std::vector<Pupil> generated;
    std::vector<Pupil> roster = sampleRoster(generatedPupils, generated);
    roster.insert(roster.end(), morePupils.begin(), morePupils.end());
    return rosterCsv(roster);
}

void prepareSampleSchool(Store& store, const Clock& clock, std::size_t generatedPupils,
                         std::size_t generatedApplications) {
    std::vector<Pupil> generated;
    const std::vector<Pupil> roster = sampleRoster(generatedPupils, generated);
    std::vector<Application> applications =
        sampledata::generateApplications(generated, generatedApplications, 2026);
    const std::vector<Application> handMadeOnes = handMadeApplications();
    applications.insert(applications.begin(), handMadeOnes.begin(), handMadeOnes.end());

    MatchService matching(store, clock);
    RosterImportOptions options;
    options.user = "test";
    options.sourceName = "sample-school.csv";
    RosterImportService(store, clock, &matching).importBytes(rosterCsv(roster), options);
    ApplicationIntakeService intake(store, clock, &matching);
    intake.take(applications);
    intake.refreshMatches();
}

} // namespace diarydesk::test
