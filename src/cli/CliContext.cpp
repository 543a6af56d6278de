#include "CliContext.hpp"

#include "platform/DataFolder.hpp"
#include "services/MatchService.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <cstdlib>

namespace diarydesk::cli {

CliContext::CliContext() = default;
CliContext::~CliContext() = default;

Store& CliContext::store() {
    if (!store_) store_ = openStore(databaseLocation.empty() ? defaultDatabaseLocation() : databaseLocation);
    return *store_;
}

MatchService& CliContext::matching() {
    if (!matching_) matching_ = std::make_unique<MatchService>(store(), clock_);
    return *matching_;
}

std::string CliContext::systemUser() {
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        if (const char* value = std::getenv(name); value && *value) return value;
    }
    return "unknown";
}

} // namespace diarydesk::cli
