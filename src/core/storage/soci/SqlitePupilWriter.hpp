#pragma once

#include "Pupil.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace diarydesk {

// Writes many pupils through SQLite's own prepared-statement API on the session's connection.
// SOCI's vector binding copies every value into its own buffers first, which made a
// 100,000-row roster import several times slower than sqlite3's .import; this binds the
// strings in place. Same SQL, same bound parameters, same transaction as the rest of the store.
class SqlitePupilWriter {
public:
    enum class Mode { insert, update };

    explicit SqlitePupilWriter(soci::session& sql)
        : sql_(sql) {}
    // `revision`: the roster import that writes them (the pupils' changed_in).
    void write(Mode mode, const std::vector<const Pupil*>& pupils, std::int64_t revision);

private:
    soci::session& sql_;
};

} // namespace diarydesk
