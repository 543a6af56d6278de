#pragma once

#include <memory>
#include <string>

namespace diarydesk {

class ApplicationRepository;
class AuditLog;
class DecisionRepository;
class MatchRepository;
class OutboxRepository;
class RosterRepository;
class SettingsRepository;

// A unit of work: rolls back on destruction unless committed.
class StoreTransaction {
public:
    virtual ~StoreTransaction() = default;
    virtual void commit() = 0;
};

// One connection to the DiaryDesk database and the repositories over it. Services combine the
// repositories inside one transaction; repositories never open transactions themselves.
// A Store belongs to one thread at a time: each worker thread opens its own.
class Store {
public:
    virtual ~Store() = default;

    virtual RosterRepository& roster() = 0;
    virtual ApplicationRepository& applications() = 0;
    virtual DecisionRepository& decisions() = 0;
    virtual OutboxRepository& outbox() = 0;
    virtual AuditLog& audit() = 0;
    virtual MatchRepository& matches() = 0;
    virtual SettingsRepository& settings() = 0;

    virtual std::unique_ptr<StoreTransaction> beginTransaction() = 0;

    // "sqlite3" or "postgresql".
    virtual std::string backendName() const = 0;
    // Where the database is, without credentials: safe for logs and the title bar.
    virtual std::string displayLocation() const = 0;
};

} // namespace diarydesk
