#pragma once

#include "Pupil.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace diarydesk {

// What one roster import did, as recorded in the import history.
struct RosterImportRecord {
    std::int64_t revision = 0; // increases with every import; match results name the one they used
    std::string importedAt;
    std::string importedBy;
    std::string sourceName; // file name without folders
    std::string encoding;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int left = 0;
    int errors = 0;
    int warnings = 0;
};

class RosterRepository {
public:
    virtual ~RosterRepository() = default;

    // Every pupil ever imported, present or left.
    virtual std::vector<Pupil> all() = 0;
    virtual std::vector<Pupil> present(const std::optional<std::string>& className = std::nullopt) = 0;
    virtual std::optional<Pupil> find(const std::string& rosterId) = 0;

    virtual void insert(const std::vector<Pupil>& pupils, const std::string& now) = 0;
    // Overwrites the stored fields (presence included) of pupils with these roster ids.
    virtual void update(const std::vector<Pupil>& pupils, const std::string& now) = 0;
    virtual void markLeft(const std::vector<std::string>& rosterIds, const std::string& now) = 0;

    // Records a finished import and returns its revision.
    virtual std::int64_t recordImport(const RosterImportRecord& record) = 0;
    // 0 before the first import.
    virtual std::int64_t currentRevision() = 0;
    virtual std::optional<RosterImportRecord> lastImport() = 0;
};

} // namespace diarydesk
