#pragma once

#include "storage/Store.hpp"
#include "storage/soci/SqlBackend.hpp"
#include "TempDir.hpp"

#include <memory>
#include <string>

namespace diarydesk::test {

// A fresh, empty database for one test, on the backend this test executable was built for:
// a SQLite file in a temporary folder, or a schema of its own on the PostgreSQL server that
// the test run started (connection in $DIARYDESK_TEST_PG, set by CTest).
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    static SqlBackend backend();

    // What openStore() takes for this database.
    const std::string& location() const { return location_; }
    std::unique_ptr<Store> open() const;

    // Runs SQL directly, for what a test must set up behind the store's back (an older schema,
    // a trigger that fails on purpose, a check of the raw rows).
    void execute(const std::string& sql) const;
    long long countRows(const std::string& table) const;
    // Creates the schema only up to `version`, as an older release of DiaryDesk left it.
    void createSchemaUpTo(int version) const;

    const TempDir& folder() const { return folder_; }

private:
    TempDir folder_;
    std::string location_;
    std::string schema_;
};

} // namespace diarydesk::test
