#pragma once

#include "roster/RosterParser.hpp"
#include "services/RosterImportService.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace diarydesk::ui {

// What the roster import wizard has learned so far, step by step.
struct RosterImportState {
    std::filesystem::path file;
    std::shared_ptr<const std::string> bytes; // the whole file, read once on the worker
    RosterParseOptions options;               // what staff changed; detected where empty
    RosterPreview preview;
    std::optional<RosterImportReport> check;  // the dry run
    std::optional<RosterImportReport> result; // the import
};

} // namespace diarydesk::ui
