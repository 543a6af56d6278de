#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace diarydesk {

struct AuditEntry {
    std::int64_t id = 0;
    std::string at;     // RFC 3339
    std::string actor;  // the staff member, or "sync" for the server's answers
    std::string action; // decision_made, decision_changed, decision_sent, decision_conflict, roster_imported, …
    std::string applicationId;
    std::optional<std::int64_t> decisionId;
    std::string details; // JSON; never a full SNILS, document number or token
};

// Append-only: the database refuses updates and deletes of audit rows.
class AuditLog {
public:
    virtual ~AuditLog() = default;
    virtual void append(const AuditEntry& entry) = 0;
    virtual std::vector<AuditEntry> forApplication(const std::string& applicationId) = 0;
    virtual std::vector<AuditEntry> all() = 0;
};

} // namespace diarydesk
