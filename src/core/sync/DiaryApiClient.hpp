#pragma once

#include "ApiStatus.hpp"
#include "ApplicationJson.hpp"

#include <string>
#include <vector>

namespace diarydesk {

class HttpsClient;
struct HttpResponse;

struct ApplicationPage {
    std::vector<Application> items;
    std::vector<ApplicationItemError> errors; // items that could not be decoded, skipped
    std::string nextCursor;
    bool hasMore = false;
};

struct PageAnswer {
    ApiStatus status;
    ApplicationPage page; // filled when status.ok()
};

struct DecisionAnswer {
    ApiStatus status;
    // With ok: the status the server now has ("approved"/"rejected") and its version. With
    // conflict: the status that won ("rejected", "withdrawn", …) and its version.
    std::string serverStatus;
    int serverVersion = 0;
};

// The typed calls of the central server's API over an HttpsClient. Every failure becomes an
// ApiStatus; nothing is thrown for what the server or the network does.
class DiaryApiClient {
public:
    // `basePath` is ServerUrl::basePath; `token` goes into every Authorization header and
    // nowhere else.
    DiaryApiClient(HttpsClient& http, std::string basePath, std::string schoolId, std::string token);

    // Opens the connection ahead of a request: a refused certificate shows before anything is
    // sent or marked as being sent.
    ApiStatus connect();

    // GET …/schools/{school}/applications: one page after `cursor` (empty: from the start).
    PageAnswer pullPage(const std::string& cursor, int limit);

    // POST …/applications/{id}/decision with the decision's own Idempotency-Key.
    DecisionAnswer postDecision(const std::string& applicationId, const std::string& idempotencyKey,
                                const std::string& body);

    const std::string& schoolId() const { return schoolId_; }

private:
    ApiStatus classify(const std::string& request, const HttpResponse& response) const;

    HttpsClient& http_;
    std::string basePath_;
    std::string schoolId_;
    std::string token_;
};

} // namespace diarydesk
