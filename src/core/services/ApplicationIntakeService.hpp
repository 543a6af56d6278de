#pragma once

#include "ApplicationJson.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace diarydesk {

class Clock;
class MatchService;
class Store;

struct IntakeReport {
    int added = 0;
    int updated = 0;   // a higher version replaced a lower one
    int unchanged = 0; // the same or a lower version was already stored
    std::vector<ApplicationItemError> errors; // malformed items, skipped
    std::vector<std::string> cancelledDecisions; // unsent decisions on applications now withdrawn
};

// Takes applications into the database: from a file of the spec's Application objects, or from
// a page the sync client pulled. Keeps the highest version of each application.
class ApplicationIntakeService {
public:
    ApplicationIntakeService(Store& store, const Clock& clock, MatchService* matching = nullptr);

    // A JSON array of applications, or an object with `items`. Malformed items are reported by
    // id or position and skipped; the rest are taken in one transaction.
    IntakeReport importFile(const std::filesystem::path& file);

    // Stores decoded applications inside the caller's transaction if one is open (the sync client
    // commits a page and its cursor together), else in its own. Match results are not refreshed:
    // call refreshMatches() after committing.
    IntakeReport take(const std::vector<Application>& applications);
    void refreshMatches();

private:
    Store& store_;
    const Clock& clock_;
    MatchService* matching_;
};

} // namespace diarydesk
