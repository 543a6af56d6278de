#include "SchemaMigrations.hpp"

#include "storage/StorageError.hpp"

#include <soci/soci.h>

#include <string>
#include <vector>

namespace diarydesk {
namespace {

struct Migration {
    int version;
    const char* description;
    // Statements for both backends; "{id}" becomes the dialect's auto-increment primary key,
    // "{real}" its double-precision type, "{without_rowid}" SQLite's clustered-table clause.
    std::vector<std::string> common;
    std::vector<std::string> sqliteOnly;
    std::vector<std::string> postgresqlOnly;
};

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = {
        {1,
         "roster, applications, decisions, audit log, settings",
         {
             "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE pupils ("
             " roster_id TEXT PRIMARY KEY,"
             " last_name TEXT NOT NULL, first_name TEXT NOT NULL, middle_name TEXT NOT NULL DEFAULT '',"
             " birth_date TEXT NOT NULL,"
             " snils TEXT NOT NULL DEFAULT '', snils_flag TEXT NOT NULL DEFAULT '',"
             " class_name TEXT NOT NULL DEFAULT '',"
             " present INTEGER NOT NULL DEFAULT 1,"
             " updated_at TEXT NOT NULL){without_rowid}",
             "CREATE TABLE roster_imports ("
             " revision {id},"
             " imported_at TEXT NOT NULL, imported_by TEXT NOT NULL DEFAULT '',"
             " source_name TEXT NOT NULL DEFAULT '', encoding TEXT NOT NULL DEFAULT '',"
             " added INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL,"
             " left_school INTEGER NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL)",
             "CREATE TABLE applications ("
             " id TEXT PRIMARY KEY,"
             " version INTEGER NOT NULL,"
             " status TEXT NOT NULL,"
             " submitted_at TEXT NOT NULL DEFAULT '',"
             " child_last_name TEXT NOT NULL, child_first_name TEXT NOT NULL,"
             " child_middle_name TEXT NOT NULL DEFAULT '',"
             " child_birth_date TEXT NOT NULL,"
             " child_snils TEXT NOT NULL DEFAULT '',"
             " stated_class TEXT NOT NULL DEFAULT '',"
             " applicant_last_name TEXT NOT NULL DEFAULT '', applicant_first_name TEXT NOT NULL DEFAULT '',"
             " applicant_middle_name TEXT NOT NULL DEFAULT '',"
             " relation TEXT NOT NULL,"
             " body TEXT NOT NULL,"
             " received_at TEXT NOT NULL)",
             "CREATE INDEX applications_submitted ON applications(submitted_at)",
             "CREATE TABLE decisions ("
             " id {id},"
             " application_id TEXT NOT NULL UNIQUE REFERENCES applications(id),"
             " application_version INTEGER NOT NULL,"
             " kind TEXT NOT NULL,"
             " pupil_roster_id TEXT REFERENCES pupils(roster_id),"
             " pupil_class TEXT NOT NULL DEFAULT '',"
             " reason_code TEXT NOT NULL DEFAULT '',"
             " comment TEXT NOT NULL DEFAULT '',"
             " decided_by TEXT NOT NULL, decided_at TEXT NOT NULL,"
             " idempotency_key TEXT NOT NULL UNIQUE)",
             "CREATE TABLE audit_log ("
             " id {id},"
             " at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
             " application_id TEXT NOT NULL DEFAULT '',"
             " decision_id BIGINT,"
             " details TEXT NOT NULL DEFAULT '{}')",
             "CREATE INDEX audit_log_application ON audit_log(application_id)",
         },
         {
             "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
             " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
             "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
             " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
         },
         {
             "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS"
             " $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
             "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log"
             " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
         }},
        {2,
         "durable outbox for decisions",
         {
             "CREATE TABLE outbox ("
             " decision_id BIGINT PRIMARY KEY REFERENCES decisions(id),"
             " application_id TEXT NOT NULL,"
             " idempotency_key TEXT NOT NULL,"
             " payload TEXT NOT NULL,"
             " state TEXT NOT NULL,"
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " first_attempt_at TEXT NOT NULL DEFAULT '',"
             " next_attempt_at TEXT NOT NULL DEFAULT '',"
             " last_error TEXT NOT NULL DEFAULT '',"
             " last_http_status INTEGER NOT NULL DEFAULT 0)",
             "CREATE INDEX outbox_state ON outbox(state)",
         },
         {},
         {}},
        {3,
         "stored match results",
         {
             "CREATE TABLE match_results ("
             " application_id TEXT PRIMARY KEY REFERENCES applications(id),"
             " application_version INTEGER NOT NULL,"
             " roster_revision BIGINT NOT NULL,"
             " verdict TEXT NOT NULL,"
             " pupil_id TEXT NOT NULL DEFAULT '',"
             " score {real} NOT NULL,"
             " result TEXT NOT NULL,"
             " computed_at TEXT NOT NULL)",
         },
         {},
         {}},
        {4,
         "pupils stamped with the revision of the import that last changed them, not a time",
         {
             // 25 bytes of time on every row were a fifth of a 100,000-row import's writing; the
             // import's record (roster_imports) has the time, the user and the file.
             "ALTER TABLE pupils ADD COLUMN changed_in BIGINT NOT NULL DEFAULT 0",
             "UPDATE pupils SET changed_in = (SELECT COALESCE(MAX(revision), 0) FROM roster_imports)",
             "ALTER TABLE pupils DROP COLUMN updated_at",
         },
         {},
         {}},
    };
    return all;
}

std::string expand(std::string statement, SqlBackend backend) {
    const auto replace = [&statement](const std::string& from, const std::string& to) {
        for (auto pos = statement.find(from); pos != std::string::npos; pos = statement.find(from, pos + to.size())) {
            statement.replace(pos, from.size(), to);
        }
    };
    replace("{id}", backend == SqlBackend::sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY");
    replace("{real}", backend == SqlBackend::sqlite ? "REAL" : "DOUBLE PRECISION");
    // SQLite keeps a table keyed by text in one b-tree instead of a rowid tree plus an index.
    replace("{without_rowid}", backend == SqlBackend::sqlite ? " WITHOUT ROWID" : "");
    return statement;
}

bool versionTableExists(soci::session& sql) {
    int count = 0;
    if (sql.get_backend_name() == "sqlite3") {
        sql << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", soci::into(count);
    } else {
        sql << "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"
               " AND table_name = 'schema_version'",
            soci::into(count);
    }
    return count > 0;
}

} // namespace

int SchemaMigrations::latestVersion() { return migrations().back().version; }

int SchemaMigrations::currentVersion(soci::session& sql) {
    if (!versionTableExists(sql)) return 0;
    int version = 0;
    soci::indicator indicator = soci::i_null;
    sql << "SELECT MAX(version) FROM schema_version", soci::into(version, indicator);
    return indicator == soci::i_ok ? version : 0;
}

void SchemaMigrations::upgrade(soci::session& sql, SqlBackend backend, int targetVersion) {
    if (targetVersion < 0) targetVersion = latestVersion();
    // One upgrade at a time, also when several workstations open a shared database at once.
    sql << (backend == SqlBackend::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    try {
        if (backend == SqlBackend::postgresql) sql << "SELECT pg_advisory_xact_lock(4242001)";
        sql << "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)";
        const int current = currentVersion(sql);
        if (current > latestVersion()) {
            throw StorageError("база данных создана более новой версией DiaryDesk (схема " + std::to_string(current) +
                               ", эта версия знает до " + std::to_string(latestVersion()) + "); обновите программу");
        }
        for (const Migration& migration : migrations()) {
            if (migration.version <= current || migration.version > targetVersion) continue;
            for (const auto& statement : migration.common) sql << expand(statement, backend);
            const auto& own = backend == SqlBackend::sqlite ? migration.sqliteOnly : migration.postgresqlOnly;
            for (const auto& statement : own) sql << statement;
            sql << "INSERT INTO schema_version (version, applied_at) VALUES (:version, CURRENT_TIMESTAMP)",
                soci::use(migration.version);
        }
        sql << "COMMIT";
    } catch (...) {
        sql << "ROLLBACK";
        throw;
    }
}

} // namespace diarydesk
