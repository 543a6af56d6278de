#pragma once

#include "storage/SettingsRepository.hpp"

namespace soci {
class session;
}

namespace diarydesk {

class SociSettingsRepository final : public SettingsRepository {
public:
    explicit SociSettingsRepository(soci::session& sql) : sql_(sql) {}

    std::optional<std::string> get(const std::string& key) override;
    void set(const std::string& key, const std::string& value) override;
    void erase(const std::string& key) override;
    std::map<std::string, std::string> all() override;

private:
    soci::session& sql_;
};

} // namespace diarydesk
