#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace diarydesk {

// What the client must do about an answer (../shared/spec/diary-api.md, "Errors").
enum class ApiOutcome {
    ok,           // 2xx with a valid body
    conflict,     // 409: record the server's status, tell the user
    notFound,     // 404: the application is withdrawn or unknown on the server
    refused,      // 400, 403, 413 and other 4xx: not retried, shown
    unauthorized, // 401: stop syncing, ask for a new token
    rateLimited,  // 429: wait Retry-After, then retry
    retryable,    // 5xx, broken connection, timeout, a body that is not JSON: back off and retry
    tlsFailed,    // the server's certificate or the TLS handshake was refused: stop syncing
    tooLarge,     // the response is over 8 MiB: reported, not retried in this run
};

// The outcome of one API request with what the user is told about it.
struct ApiStatus {
    ApiOutcome outcome = ApiOutcome::ok;
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    std::string errorCode; // `error` of the error body ("already_decided", …), when there was one
    // Plain text naming the request: "POST /api/v1/applications/A-1/decision: сервер ответил 400
    // bad_request: …". Never contains the token.
    std::string message;
    std::optional<std::chrono::seconds> retryAfter; // 429 only, when the header is an integer

    bool ok() const { return outcome == ApiOutcome::ok; }
};

} // namespace diarydesk
