#include "roster/RosterImportJobs.hpp"

#include "common/JobContext.hpp"
#include "platform/FileReading.hpp"
#include "storage/Store.hpp"

namespace diarydesk::ui {

RosterOnFile loadRosterOnFile(JobContext& context) {
    RosterRepository& roster = context.store().roster();
    return RosterOnFile{roster.lastImport(), roster.present().size()};
}

LoadedRosterFile readRosterFile(const std::filesystem::path& file) {
    auto bytes = std::make_shared<const std::string>(readWholeFile(file));
    RosterPreview preview = previewRoster(*bytes);
    return LoadedRosterFile{std::move(bytes), std::move(preview)};
}

RosterPreview previewAgain(const std::shared_ptr<const std::string>& bytes,
                           const RosterParseOptions& options) {
    return previewRoster(*bytes, options);
}

RosterImportReport checkRoster(JobContext& context, const std::string& bytes,
                               const RosterImportOptions& options) {
    RosterImportOptions dryRun = options;
    dryRun.dryRun = true;
    return RosterImportService(context.store(), context.clock())
        .importBytes(bytes, dryRun, context.progress());
}

RosterImportReport importRoster(JobContext& context, const std::string& bytes,
                                const RosterImportOptions& options) {
    const ProgressCallback progress = context.progress();
    // The service reports 1.0 only after its commit; a stop asked for then would throw although
    // the roster has changed, so it is not passed on.
    const ProgressCallback untilCommitted = [progress](double fraction, std::string_view stage) {
        return progress(fraction, stage) || fraction >= 1.0;
    };
    RosterImportOptions real = options;
    real.dryRun = false;
    // Matching again is left to the main window, which shows its own progress for it.
    return RosterImportService(context.store(), context.clock()).importBytes(bytes, real, untilCommitted);
}

} // namespace diarydesk::ui
