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

    // Each pupil row keeps the revision (see recordImport) of the import that last changed it;
    // when, by whom and from which file are in that import's record.

    // By address: a roster import writes the pupils of its parsed rows without copying 100,000
    // of them first.
    virtual void insert(const std::vector<const Pupil*>& pupils, std::int64_t revision) = 0;
    // Overwrites the stored fields (presence included) of pupils with these roster ids.
    virtual void update(const std::vector<const Pupil*>& pupils, std::int64_t revision) = 0;
    void insert(const std::vector<Pupil>& pupils, std::int64_t revision) { insert(addressesOf(pupils), revision); }
    void update(const std::vector<Pupil>& pupils, std::int64_t revision) { update(addressesOf(pupils), revision); }
    virtual void markLeft(const std::vector<std::string>& rosterIds, std::int64_t revision) = 0;
    // The revision of the import that last changed this pupil's row.
    virtual std::optional<std::int64_t> changedIn(const std::string& rosterId) = 0;

    // Records an import and returns its revision (the pupils it changes are written after).
    virtual std::int64_t recordImport(const RosterImportRecord& record) = 0;
    // 0 before the first import.
    virtual std::int64_t currentRevision() = 0;
    virtual std::optional<RosterImportRecord> lastImport() = 0;

private:
    static std::vector<const Pupil*> addressesOf(const std::vector<Pupil>& pupils) {
        std::vector<const Pupil*> addresses;
        addresses.reserve(pupils.size());
        for (const Pupil& pupil : pupils)
            addresses.push_back(&pupil);
        return addresses;
    }
};

} // namespace diarydesk
