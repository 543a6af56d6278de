#pragma once

#include "SqlBackend.hpp"
#include "storage/Store.hpp"

#include <soci/soci.h>

#include <memory>

namespace diarydesk {

class SociApplicationRepository;
class SociAuditLog;
class SociDecisionRepository;
class SociMatchRepository;
class SociOutboxRepository;
class SociRosterRepository;
class SociSettingsRepository;

// The Store over one SOCI session (SQLite or PostgreSQL).
class SociStore final : public Store {
public:
    // `connectString` is SOCI's ("db=… timeout=…" for SQLite, a libpq string for PostgreSQL).
    SociStore(SqlBackend backend, const std::string& connectString, std::string displayLocation);
    ~SociStore() override;

    RosterRepository& roster() override;
    ApplicationRepository& applications() override;
    DecisionRepository& decisions() override;
    OutboxRepository& outbox() override;
    AuditLog& audit() override;
    MatchRepository& matches() override;
    SettingsRepository& settings() override;

    std::unique_ptr<StoreTransaction> beginTransaction() override;
    std::string backendName() const override;
    std::string displayLocation() const override { return displayLocation_; }

    soci::session& session() { return sql_; }

private:
    class Transaction;

    soci::session sql_;
    SqlBackend backend_;
    std::string displayLocation_;
    int transactionDepth_ = 0;
    bool rollbackOnly_ = false;
    std::unique_ptr<SociRosterRepository> roster_;
    std::unique_ptr<SociApplicationRepository> applications_;
    std::unique_ptr<SociDecisionRepository> decisions_;
    std::unique_ptr<SociOutboxRepository> outbox_;
    std::unique_ptr<SociAuditLog> audit_;
    std::unique_ptr<SociMatchRepository> matches_;
    std::unique_ptr<SociSettingsRepository> settings_;
};

} // namespace diarydesk
