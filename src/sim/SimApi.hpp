#pragma once

#include "ApplicationFeed.hpp"
#include "DecisionLedger.hpp"
#include "FaultPlan.hpp"
#include "RequestJournal.hpp"
#include "sync/HttpMessage.hpp"

#include <cstddef>
#include <string>

namespace diarydesk::sim {

struct SimAnswer {
    HttpResponse response;
    bool cutConnection = false; // close the connection without answering
    JournalEntry entry;
};

// The central diary server's API (../shared/spec/diary-api.md) over the simulator's state: the
// pull endpoint with cursor pagination, the decision endpoint with validation, idempotency
// records and 409s, bearer-token checks, and the faults of the FaultPlan. Knows nothing of
// sockets.
class SimApi {
public:
    SimApi(std::string token, std::string schoolId, ApplicationFeed& feed, FaultPlan& faults);

    SimAnswer handle(const HttpRequest& request);
    // The answer to a request whose body is over the limit (the session stops reading it).
    static HttpResponse tooLarge(std::size_t limit);

    static constexpr std::size_t largestRequestBody = 64 * 1024;

private:
    HttpResponse pullPage(const std::string& school, const std::string& query);
    SimAnswer decide(const std::string& applicationId, const HttpRequest& request);

    std::string token_;
    std::string schoolId_;
    ApplicationFeed& feed_;
    FaultPlan& faults_;
    DecisionLedger ledger_;
};

} // namespace diarydesk::sim
