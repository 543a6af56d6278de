#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace diarydesk {

// One HTTP request as the API client builds it. The transport adds Host, Content-Length and
// User-Agent itself.
struct HttpRequest {
    std::string method; // "GET", "POST"
    std::string target; // path and query, already percent-encoded: "/api/v1/…?limit=100"
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    // The first header of that name, compared without regard to case.
    std::optional<std::string> header(std::string_view name) const;
};

struct HttpResponse {
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    // The first header of that name, compared without regard to case.
    std::optional<std::string> header(std::string_view name) const;
};

} // namespace diarydesk
