#pragma once

#include "SqlBackend.hpp"

namespace soci {
class session;
}

namespace diarydesk {

// The versioned schema. Each migration upgrades the database by one version inside one
// transaction; an older file is upgraded in place when opened, a newer one is refused.
class SchemaMigrations {
public:
    static int latestVersion();
    // 0 for an empty database.
    static int currentVersion(soci::session& sql);
    // Upgrades to `targetVersion` (the latest when negative). Tests use a lower target to make
    // a database as an older release left it.
    static void upgrade(soci::session& sql, SqlBackend backend, int targetVersion = -1);
};

} // namespace diarydesk
