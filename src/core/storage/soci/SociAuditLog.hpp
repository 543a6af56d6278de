#pragma once

#include "storage/AuditLog.hpp"

namespace soci {
class session;
}

namespace diarydesk {

class SociAuditLog final : public AuditLog {
public:
    explicit SociAuditLog(soci::session& sql) : sql_(sql) {}

    void append(const AuditEntry& entry) override;
    std::vector<AuditEntry> forApplication(const std::string& applicationId) override;
    std::vector<AuditEntry> all() override;

private:
    std::vector<AuditEntry> select(const std::string& applicationId);

    soci::session& sql_;
};

} // namespace diarydesk
