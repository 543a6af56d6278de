#include "TestDatabase.hpp"

#include "storage/StoreLocation.hpp"
#include "storage/soci/SchemaMigrations.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <random>
#include <stdexcept>

namespace diarydesk::test {
namespace {

std::string postgresServer() {
    const char* connection = std::getenv("DIARYDESK_TEST_PG");
    if (!connection || !*connection) {
        throw std::runtime_error("DIARYDESK_TEST_PG is not set: run the PostgreSQL suite through ctest, which starts "
                                 "a server (scripts/pg-test-server) and sets it");
    }
    return connection;
}

std::string uniqueSchemaName() {
    static std::atomic<int> counter{0};
    std::random_device device;
    return "t" + std::to_string(device() % 100000000) + "_" + std::to_string(counter++);
}

void withSession(const std::string& location, SqlBackend backend, const std::function<void(soci::session&)>& work) {
    soci::session sql;
    if (backend == SqlBackend::sqlite) {
        sql.open(*soci::factory_sqlite3(), "db=\"" + location + "\"");
    } else {
        sql.open(*soci::factory_postgresql(), location.substr(std::string("postgresql://").size()));
    }
    work(sql);
}

} // namespace

SqlBackend TestDatabase::backend() {
#ifdef DIARYDESK_TEST_POSTGRESQL
    return SqlBackend::postgresql;
#else
    return SqlBackend::sqlite;
#endif
}

TestDatabase::TestDatabase() {
    if (backend() == SqlBackend::sqlite) {
        location_ = (folder_.path() / "diarydesk.db").string();
        return;
    }
    const std::string server = postgresServer();
    schema_ = uniqueSchemaName();
    soci::session admin(*soci::factory_postgresql(), server);
    admin << "SET client_min_messages TO WARNING";
    admin << "CREATE SCHEMA " + schema_;
    location_ = "postgresql://" + server + " options='-csearch_path=" + schema_ + "'";
}

TestDatabase::~TestDatabase() {
    if (schema_.empty()) return;
    try {
        soci::session admin(*soci::factory_postgresql(), postgresServer());
        admin << "SET client_min_messages TO WARNING";
        admin << "DROP SCHEMA " + schema_ + " CASCADE";
    } catch (const std::exception&) {
        // The server is going away with the test run anyway.
    }
}

std::unique_ptr<Store> TestDatabase::open() const { return openStore(location_); }

void TestDatabase::execute(const std::string& statement) const {
    withSession(location_, backend(), [&](soci::session& sql) { sql << statement; });
}

long long TestDatabase::countRows(const std::string& table) const {
    long long count = 0;
    withSession(location_, backend(), [&](soci::session& sql) { sql << "SELECT COUNT(*) FROM " + table, soci::into(count); });
    return count;
}

void TestDatabase::createSchemaUpTo(int version) const {
    withSession(location_, backend(), [&](soci::session& sql) { SchemaMigrations::upgrade(sql, backend(), version); });
}

} // namespace diarydesk::test
