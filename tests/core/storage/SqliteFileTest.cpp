#include "CatchCompat.hpp"

#include "TempDir.hpp"
#include "storage/SettingsRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

using namespace diarydesk;
using namespace diarydesk::test;

TEST_CASE("a SQLite database may live under a path with spaces and quotes", "[storage][sqlite]") {
    TempDir folder;
    const auto file = folder / "Школа №5 \"Б\"" / "база данных.db";
    {
        auto store = openStore(file.string());
        store->settings().set("school", "5");
    }
    CHECK(std::filesystem::exists(file));
    CHECK(openStore(file.string())->settings().get("school") == "5");
}

TEST_CASE("the SQLite file runs in WAL mode with full sync", "[storage][sqlite]") {
    TempDir folder;
    const auto file = folder / "diarydesk.db";
    auto store = openStore(file.string());
    soci::session sql(*soci::factory_sqlite3(), "db=\"" + file.string() + "\"");
    std::string journal;
    sql << "PRAGMA journal_mode", soci::into(journal);
    CHECK(journal == "wal");
    CHECK(store->backendName() == "sqlite3");
    CHECK(store->displayLocation() == file.string());
}

TEST_CASE("a file that is not a database is refused with its name", "[storage][sqlite]") {
    TempDir folder;
    const auto file = folder / "not-a-database.db";
    writeFile(file, std::string(4096, 'x'));
    CHECK_THROWS_WITH(openStore(file.string()), Catch::Matchers::Contains("not-a-database.db"));
}
