#pragma once

#include "Progress.hpp"
#include "roster/RosterParser.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace diarydesk {

class Clock;
class MatchService;
class Store;

struct RosterImportOptions {
    RosterParseOptions parse;
    bool dryRun = false;     // report what would change, write nothing
    std::string user;        // who imports, for the audit log
    std::string sourceName;  // the file name, for the import history
};

struct RosterImportReport {
    TextEncoding encoding = TextEncoding::utf8;
    char delimiter = ';';
    int added = 0;
    int updated = 0;   // changed fields, or back after having left
    int unchanged = 0;
    int left = 0;      // no longer on the roster: marked as having left, kept
    std::vector<RosterIssue> errors;   // rejected rows
    std::vector<RosterIssue> warnings; // imported rows with something to check
    std::string rejectedCsv;           // the rejected rows for fixing (empty when none)
    bool dryRun = false;
    std::int64_t revision = 0; // the roster revision after the import (unchanged by a dry run)
};

// Replaces the school roster with a new file, as one transaction: pupils missing from the file
// are marked as having left, pupils who reappear come back, changed fields are updated, and the
// same file imported again changes nothing.
class RosterImportService {
public:
    RosterImportService(Store& store, const Clock& clock, MatchService* matching = nullptr);

    // Throws ValidationError when the file cannot be read as a roster at all, StorageError when
    // the database fails (then nothing has changed), OperationCancelled when progress says stop.
    RosterImportReport importBytes(std::string_view bytes, const RosterImportOptions& options,
                                   const ProgressCallback& progress = {});
    RosterImportReport importFile(const std::filesystem::path& file, RosterImportOptions options,
                                  const ProgressCallback& progress = {});

private:
    Store& store_;
    const Clock& clock_;
    MatchService* matching_;
};

} // namespace diarydesk
