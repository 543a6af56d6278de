#pragma once

#include <memory>
#include <string>

namespace diarydesk {

class Store;

// Opens the database named by `location` and brings its schema up to date:
//  - a file path: SQLite (created if missing; WAL, foreign keys on);
//  - "postgresql://…" or "postgres://…": PostgreSQL, for several workstations sharing one
//    database (the text after the scheme is a libpq connection string or URI).
// Throws StorageError when it cannot be opened or upgraded.
std::unique_ptr<Store> openStore(const std::string& location);

bool isPostgresLocation(const std::string& location);

} // namespace diarydesk
