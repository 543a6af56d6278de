#pragma once

#include "roster/RosterParser.hpp"
#include "services/RosterImportService.hpp"
#include "storage/RosterRepository.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace diarydesk::ui {

class JobContext;

// The work behind the wizard's steps, run on the worker thread. Each is a plain call into the
// core; none touches a window.

struct LoadedRosterFile {
    std::shared_ptr<const std::string> bytes;
    RosterPreview preview;
};

struct RosterOnFile {
    std::optional<RosterImportRecord> lastImport;
    std::size_t present = 0;
};

RosterOnFile loadRosterOnFile(JobContext& context);
LoadedRosterFile readRosterFile(const std::filesystem::path& file);
RosterPreview previewAgain(const std::shared_ptr<const std::string>& bytes,
                           const RosterParseOptions& options);
// The dry run: the full validation report and the changes, nothing written.
RosterImportReport checkRoster(JobContext& context, const std::string& bytes,
                               const RosterImportOptions& options);
// The import in one transaction. A stop asked for after the commit is too late to honour: the
// report of the finished import comes back.
RosterImportReport importRoster(JobContext& context, const std::string& bytes,
                                const RosterImportOptions& options);

} // namespace diarydesk::ui
