#pragma once

#include <soci/logger.h>

namespace diarydesk {

// Feeds SOCI's query log to spdlog at trace level. SOCI 4.0 hands the logger the statement
// text only, never the bound values, and every statement binds its values, so children's
// data cannot reach the log this way; the log formatter redacts SNILS-shaped text besides.
class SociQueryLogger final : public soci::logger_impl {
public:
    void start_query(const std::string& query) override;

private:
    soci::logger_impl* do_clone() const override;
};

} // namespace diarydesk
