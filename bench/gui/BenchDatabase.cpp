#include "BenchDatabase.hpp"

#include "platform/Clock.hpp"
#include "sampledata/ApplicationGenerator.hpp"
#include "sampledata/RosterCsvWriter.hpp"
#include "sampledata/RosterGenerator.hpp"
#include "services/ApplicationIntakeService.hpp"
#include "services/MatchService.hpp"
#include "services/RosterImportService.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <memory>
#include <vector>

namespace diarydesk::bench {

void makeSchoolDatabase(const std::filesystem::path& file, std::size_t pupils, std::size_t applications) {
    const SystemClock clock;
    const std::unique_ptr<Store> store = openStore(file.string());
    MatchService matching(*store, clock);
    const std::vector<Pupil> roster = sampledata::generateRoster(pupils, 2026);
    RosterImportOptions options;
    options.user = "bench";
    options.sourceName = "roster.csv";
    RosterImportService(*store, clock, &matching)
        .importBytes(sampledata::writeRosterCsv(roster, TextEncoding::utf8, ';',
                                                sampledata::RosterCsvLayout::separateNames, true, false),
                     options);
    ApplicationIntakeService intake(*store, clock, &matching);
    intake.take(sampledata::generateApplications(roster, applications, 2026));
    intake.refreshMatches();
}

} // namespace diarydesk::bench
