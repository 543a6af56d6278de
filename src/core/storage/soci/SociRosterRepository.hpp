#pragma once

#include "SqlBackend.hpp"
#include "storage/RosterRepository.hpp"

namespace soci {
class session;
}

namespace diarydesk {

class SociRosterRepository final : public RosterRepository {
public:
    SociRosterRepository(soci::session& sql, SqlBackend backend)
        : sql_(sql)
        , backend_(backend) {}

    std::vector<Pupil> all() override;
    std::vector<Pupil> present(const std::optional<std::string>& className) override;
    std::optional<Pupil> find(const std::string& rosterId) override;
    using RosterRepository::insert;
    using RosterRepository::update;
    void insert(const std::vector<const Pupil*>& pupils, std::int64_t revision) override;
    void update(const std::vector<const Pupil*>& pupils, std::int64_t revision) override;
    void markLeft(const std::vector<std::string>& rosterIds, std::int64_t revision) override;
    std::optional<std::int64_t> changedIn(const std::string& rosterId) override;
    std::int64_t recordImport(const RosterImportRecord& record) override;
    std::int64_t currentRevision() override;
    std::optional<RosterImportRecord> lastImport() override;

private:
    std::vector<Pupil> select(const std::string& where, const std::string& parameter);
    void write(const std::string& statement, const std::vector<const Pupil*>& pupils, std::int64_t revision);

    soci::session& sql_;
    SqlBackend backend_;
};

} // namespace diarydesk
