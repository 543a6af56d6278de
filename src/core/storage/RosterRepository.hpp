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

    // By address: a roster import writes the pupils of its parsed rows without copying 100,000
    // of them first.
    virtual void insert(const std::vector<const Pupil*>& pupils, const std::string& now) = 0;
    // Overwrites the stored fields (presence included) of pupils with these roster ids.
    virtual void update(const std::vector<const Pupil*>& pupils, const std::string& now) = 0;
    void insert(const std::vector<Pupil>& pupils, const std::string& now) {
        insert(addressesOf(pupils), now);
    }
    void update(const std::vector<Pupil>& pupils, const std::string& now) {
        update(addressesOf(pupils), now);
    }
    virtual void markLeft(const std::vector<std::string>& rosterIds, const std::string& now) = 0;

    // Records a finished import and returns its revision.
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
