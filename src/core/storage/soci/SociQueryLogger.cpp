#include "SociQueryLogger.hpp"

#include <spdlog/spdlog.h>

namespace diarydesk {

void SociQueryLogger::start_query(const std::string& query) { spdlog::trace("sql: {}", query); }

soci::logger_impl* SociQueryLogger::do_clone() const { return new SociQueryLogger(); }

} // namespace diarydesk
