#include "SociAuditLog.hpp"

#include <soci/soci.h>

namespace diarydesk {

void SociAuditLog::append(const AuditEntry& entry) {
    long long decisionId = entry.decisionId.value_or(0);
    soci::indicator decisionIndicator = entry.decisionId ? soci::i_ok : soci::i_null;
    sql_ << "INSERT INTO audit_log (at, actor, action, application_id, decision_id, details)"
            " VALUES (:at, :actor, :action, :application_id, :decision_id, :details)",
        soci::use(entry.at), soci::use(entry.actor), soci::use(entry.action), soci::use(entry.applicationId),
        soci::use(decisionId, decisionIndicator), soci::use(entry.details);
}

std::vector<AuditEntry> SociAuditLog::select(const std::string& applicationId) {
    AuditEntry entry;
    long long id = 0;
    long long decisionId = 0;
    soci::indicator decisionIndicator = soci::i_null;
    std::string parameter = applicationId;
    soci::statement statement(sql_);
    statement.exchange(soci::into(id));
    statement.exchange(soci::into(entry.at));
    statement.exchange(soci::into(entry.actor));
    statement.exchange(soci::into(entry.action));
    statement.exchange(soci::into(entry.applicationId));
    statement.exchange(soci::into(decisionId, decisionIndicator));
    statement.exchange(soci::into(entry.details));
    std::string query = "SELECT id, at, actor, action, application_id, decision_id, details FROM audit_log";
    if (!applicationId.empty()) {
        query += " WHERE application_id = :application_id";
        statement.exchange(soci::use(parameter));
    }
    query += " ORDER BY id";
    statement.alloc();
    statement.prepare(query);
    statement.define_and_bind();
    statement.execute();
    std::vector<AuditEntry> entries;
    while (statement.fetch()) {
        entry.id = id;
        entry.decisionId = decisionIndicator == soci::i_ok ? std::optional<std::int64_t>(decisionId) : std::nullopt;
        entries.push_back(entry);
    }
    return entries;
}

std::vector<AuditEntry> SociAuditLog::forApplication(const std::string& applicationId) {
    return applicationId.empty() ? std::vector<AuditEntry>{} : select(applicationId);
}

std::vector<AuditEntry> SociAuditLog::all() { return select(""); }

} // namespace diarydesk
