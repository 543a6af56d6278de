#include "SociStore.hpp"

#include "SchemaMigrations.hpp"
#include "SociApplicationRepository.hpp"
#include "SociAuditLog.hpp"
#include "SociDecisionRepository.hpp"
#include "SociMatchRepository.hpp"
#include "SociOutboxRepository.hpp"
#include "SociQueryLogger.hpp"
#include "SociRosterRepository.hpp"
#include "SociSettingsRepository.hpp"
#include "storage/StorageError.hpp"

#include <soci/sqlite3/soci-sqlite3.h>
#ifdef _WIN32
#include <soci/postgresql/soci-postgresql.h>
#endif

namespace diarydesk {

// Transactions nest: only the outermost one talks to the database. An inner transaction that
// ends without commit makes the whole unit roll back, so a service can call another service
// inside its own transaction and still get all or nothing.
class SociStore::Transaction final : public StoreTransaction {
public:
    explicit Transaction(SociStore& store) : store_(store), outermost_(store.transactionDepth_ == 0) {
        if (outermost_) {
            store_.sql_ << (store_.backend_ == SqlBackend::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
            store_.rollbackOnly_ = false;
        }
        ++store_.transactionDepth_;
    }

    ~Transaction() override {
        if (done_) return;
        --store_.transactionDepth_;
        if (!outermost_) {
            store_.rollbackOnly_ = true;
            return;
        }
        try {
            store_.sql_ << "ROLLBACK";
        } catch (const std::exception&) {
            // The connection is gone; the server rolls the transaction back itself.
        }
    }

    void commit() override {
        if (done_) throw StorageError("транзакция уже завершена");
        done_ = true;
        --store_.transactionDepth_;
        if (!outermost_) return;
        if (store_.rollbackOnly_) {
            store_.sql_ << "ROLLBACK";
            throw StorageError("часть операции не удалась, изменения отменены");
        }
        try {
            store_.sql_ << "COMMIT";
        } catch (...) {
            try {
                store_.sql_ << "ROLLBACK";
            } catch (const std::exception&) {
                // Nothing more to undo: the database already ended the transaction.
            }
            throw;
        }
    }

private:
    SociStore& store_;
    bool outermost_;
    bool done_ = false;
};

SociStore::SociStore(SqlBackend backend, const std::string& connectString, std::string displayLocation)
    : backend_(backend)
    , displayLocation_(std::move(displayLocation)) {
    try {
        if (backend == SqlBackend::sqlite) {
            sql_.open(*soci::factory_sqlite3(), connectString);
            sql_ << "PRAGMA foreign_keys = ON";
            // 64 KiB pages (SQLite's largest) for a new file; an existing one keeps its own. A
            // roster import writes every page to the write-ahead log and again at the checkpoint:
            // larger pages mean fewer system calls and fewer tree splits for the same bytes (a
            // 100,000-row import takes a tenth less time than with 16 KiB). A decision's commit
            // writes a few pages, so more bytes: bench-sync-push does not notice.
            sql_ << "PRAGMA page_size = 65536";
            sql_ << "PRAGMA journal_mode = WAL";
            // FULL: a committed decision survives a power cut, not only a crash of the program.
            sql_ << "PRAGMA synchronous = FULL";
            // SQLite's usual 2 MiB of page cache: a roster import writes its pupils in key order,
            // so only the rightmost pages of the tree are hot, and every page cached is memory
            // the process has to map first (much of a 100,000-row import's system time).
            sql_ << "PRAGMA cache_size = -2000";
        } else {
#ifdef _WIN32
            // vcpkg may build SOCI as static libraries, which cannot load backends by name.
            sql_.open(*soci::factory_postgresql(), connectString);
#else
            // By name: SOCI loads its PostgreSQL backend (and libpq with its twenty libraries)
            // only now, so that a program working on a SQLite file starts without them (11 ms
            // of every diarydesk-cli run here).
            sql_.open("postgresql", connectString);
#endif
            sql_ << "SET client_min_messages TO WARNING";
        }
        sql_.set_logger(new SociQueryLogger());
        SchemaMigrations::upgrade(sql_, backend_);
    } catch (const soci::soci_error& error) {
        throw StorageError("не удалось открыть базу данных " + displayLocation_ + ": " + error.get_error_message());
    }
    roster_ = std::make_unique<SociRosterRepository>(sql_, backend_);
    applications_ = std::make_unique<SociApplicationRepository>(sql_);
    decisions_ = std::make_unique<SociDecisionRepository>(sql_);
    outbox_ = std::make_unique<SociOutboxRepository>(sql_);
    audit_ = std::make_unique<SociAuditLog>(sql_);
    matches_ = std::make_unique<SociMatchRepository>(sql_);
    settings_ = std::make_unique<SociSettingsRepository>(sql_);
}

SociStore::~SociStore() = default;

RosterRepository& SociStore::roster() { return *roster_; }
ApplicationRepository& SociStore::applications() { return *applications_; }
DecisionRepository& SociStore::decisions() { return *decisions_; }
OutboxRepository& SociStore::outbox() { return *outbox_; }
AuditLog& SociStore::audit() { return *audit_; }
MatchRepository& SociStore::matches() { return *matches_; }
SettingsRepository& SociStore::settings() { return *settings_; }

std::unique_ptr<StoreTransaction> SociStore::beginTransaction() { return std::make_unique<Transaction>(*this); }

std::string SociStore::backendName() const { return backend_ == SqlBackend::sqlite ? "sqlite3" : "postgresql"; }

} // namespace diarydesk
