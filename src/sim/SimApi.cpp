#include "SimApi.hpp"

#include "DecisionBodyCheck.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <map>

namespace diarydesk::sim {
namespace {

using nlohmann::json;

constexpr std::size_t defaultLimit = 100;
constexpr std::size_t largestLimit = 500;
const std::string cursorPrefix = "sim1.";

HttpResponse jsonResponse(int status, const json& body) {
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    response.body = body.dump();
    return response;
}

HttpResponse errorResponse(int status, const std::string& code, const std::string& message) {
    return jsonResponse(status, json{{"error", code}, {"message", message}});
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Percent-decoding of a path segment or query value; "+" is a space in a query.
std::string decoded(const std::string& text) {
    std::string result;
    for (std::size_t index = 0; index < text.size(); ++index) {
        if (text[index] == '%' && index + 2 < text.size() && hexValue(text[index + 1]) >= 0 &&
            hexValue(text[index + 2]) >= 0) {
            result += static_cast<char>(hexValue(text[index + 1]) * 16 + hexValue(text[index + 2]));
            index += 2;
        } else {
            result += text[index] == '+' ? ' ' : text[index];
        }
    }
    return result;
}

std::map<std::string, std::string> queryParameters(const std::string& query) {
    std::map<std::string, std::string> parameters;
    std::size_t start = 0;
    while (start <= query.size() && !query.empty()) {
        const std::size_t end = std::min(query.find('&', start), query.size());
        const std::string pair = query.substr(start, end - start);
        const std::size_t equals = pair.find('=');
        if (!pair.empty()) {
            parameters[decoded(pair.substr(0, equals))] =
                equals == std::string::npos ? "" : decoded(pair.substr(equals + 1));
        }
        start = end + 1;
    }
    return parameters;
}

bool parseCount(const std::string& text, std::size_t& value) {
    if (text.empty() || text.size() > 9) return false;
    for (const char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    value = std::stoul(text);
    return true;
}

std::string faultName(Fault fault) {
    switch (fault) {
    case Fault::expiredToken:
        return "expired_token";
    case Fault::rateLimited:
        return "rate_limited";
    case Fault::unavailable:
        return "unavailable";
    case Fault::none:
        break;
    }
    return {};
}

HttpResponse faultResponse(Fault fault, int retryAfterSeconds) {
    switch (fault) {
    case Fault::expiredToken:
        return errorResponse(401, "unauthorized", "token expired");
    case Fault::rateLimited: {
        HttpResponse response = errorResponse(429, "rate_limited", "too many requests, slow down");
        response.headers.emplace_back("Retry-After", std::to_string(retryAfterSeconds));
        return response;
    }
    case Fault::unavailable:
    case Fault::none:
        break;
    }
    return errorResponse(503, "unavailable", "the server is temporarily unavailable (simulated)");
}

// "/api/v1/applications/A-1/decision" → {"applications", "A-1", "decision"} after the prefix.
std::vector<std::string> pathSegments(const std::string& path) {
    std::vector<std::string> segments;
    std::size_t start = 1;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        segments.push_back(decoded(path.substr(start, end - start)));
        start = end + 1;
    }
    return segments;
}

} // namespace

SimApi::SimApi(std::string token, std::string schoolId, ApplicationFeed& feed, FaultPlan& faults)
    : token_(std::move(token))
    , schoolId_(std::move(schoolId))
    , feed_(feed)
    , faults_(faults) {}

HttpResponse SimApi::tooLarge(std::size_t limit) {
    return errorResponse(413, "too_large", "the request body is over " + std::to_string(limit) + " bytes");
}

SimAnswer SimApi::handle(const HttpRequest& request) {
    SimAnswer answer;
    answer.entry.method = request.method;
    answer.entry.target = request.target;
    const std::size_t question = request.target.find('?');
    const std::string path = request.target.substr(0, question);
    const std::string query = question == std::string::npos ? "" : request.target.substr(question + 1);
    const std::vector<std::string> segments = pathSegments(path);

    const bool pullRoute = segments.size() == 5 && segments[0] == "api" && segments[1] == "v1" &&
                           segments[2] == "schools" && segments[4] == "applications";
    const bool decisionRoute = segments.size() == 5 && segments[0] == "api" && segments[1] == "v1" &&
                               segments[2] == "applications" && segments[4] == "decision";
    const auto finish = [&answer](HttpResponse response) {
        answer.response = std::move(response);
        answer.entry.status = answer.response.status;
        return answer;
    };
    if (!pullRoute && !decisionRoute)
        return finish(errorResponse(404, "not_found", "no such endpoint: " + path));
    if ((pullRoute && request.method != "GET") || (decisionRoute && request.method != "POST")) {
        HttpResponse response =
            errorResponse(405, "method_not_allowed", request.method + " is not allowed here");
        response.headers.emplace_back("Allow", pullRoute ? "GET" : "POST");
        return finish(response);
    }

    if (decisionRoute) {
        answer.entry.applicationId = segments[3];
        answer.entry.idempotencyKey = request.header("Idempotency-Key").value_or("");
    }
    const Fault fault = faults_.beforeHandling(decisionRoute);
    if (fault != Fault::none) {
        answer.entry.fault = faultName(fault);
        return finish(faultResponse(fault, faults_.options().retryAfterSeconds));
    }
    if (request.header("Authorization").value_or("") != "Bearer " + token_) {
        return finish(errorResponse(401, "unauthorized", "missing or invalid bearer token"));
    }
    if (pullRoute) return finish(pullPage(segments[3], query));
    SimAnswer decided = decide(segments[3], request);
    decided.entry.method = answer.entry.method;
    decided.entry.target = answer.entry.target;
    decided.entry.status = decided.cutConnection ? 0 : decided.response.status;
    return decided;
}

HttpResponse SimApi::pullPage(const std::string& school, const std::string& query) {
    if (school != schoolId_)
        return errorResponse(403, "forbidden", "the token does not belong to school " + school);
    const auto parameters = queryParameters(query);
    std::size_t limit = defaultLimit;
    if (const auto found = parameters.find("limit"); found != parameters.end()) {
        if (!parseCount(found->second, limit) || limit < 1 || limit > largestLimit) {
            return errorResponse(400, "bad_request", "limit must be an integer from 1 to 500");
        }
    }
    std::size_t from = 0;
    if (const auto found = parameters.find("cursor"); found != parameters.end()) {
        const std::string& cursor = found->second;
        if (cursor.rfind(cursorPrefix, 0) != 0 || !parseCount(cursor.substr(cursorPrefix.size()), from) ||
            from > feed_.size()) {
            return errorResponse(400, "bad_request", "unknown cursor");
        }
    }
    const ApplicationFeed::Page page = feed_.page(from, limit);
    json body{{"items", page.items},
              {"next_cursor", cursorPrefix + std::to_string(page.next)},
              {"has_more", page.hasMore}};
    if (faults_.options().padPages > 0) body["sim_padding"] = std::string(faults_.options().padPages, 'x');
    return jsonResponse(200, body);
}

SimAnswer SimApi::decide(const std::string& applicationId, const HttpRequest& request) {
    SimAnswer answer;
    answer.entry.applicationId = applicationId;
    const std::string key = request.header("Idempotency-Key").value_or("");
    answer.entry.idempotencyKey = key;
    if (!looksLikeUuid(key)) {
        answer.response = errorResponse(400, "bad_request", "Idempotency-Key: a UUID is required");
        return answer;
    }
    if (const RecordedDecision* recorded = ledger_.find(key)) {
        if (recorded->applicationId != applicationId || recorded->requestBody != request.body) {
            answer.response =
                errorResponse(400, "bad_request", "Idempotency-Key was used for another request");
            return answer;
        }
        answer.response = jsonResponse(recorded->status, json::parse(recorded->responseBody));
        answer.entry.replay = true;
        return answer;
    }
    const json body = json::parse(request.body, nullptr, false);
    if (body.is_discarded()) {
        answer.response = errorResponse(400, "bad_request", "the body is not JSON");
        return answer;
    }
    if (const std::string problem = decisionBodyProblem(body); !problem.empty()) {
        answer.response = errorResponse(400, "bad_request", problem);
        return answer;
    }
    ApplicationFeed::State* state = feed_.find(applicationId);
    if (!state) {
        answer.response = errorResponse(404, "not_found", "no application " + applicationId);
        return answer;
    }
    if (state->status != "submitted") {
        const std::string message = state->status == "withdrawn" ? "the applicant withdrew the application"
                                                                 : "the application already has a decision";
        answer.response = jsonResponse(409, json{{"error", "already_decided"},
                                                 {"status", state->status},
                                                 {"version", state->version},
                                                 {"message", message}});
        return answer;
    }
    state->status = body["decision"].get<std::string>();
    ++state->version;
    const json result{{"id", applicationId}, {"status", state->status}, {"version", state->version}};
    ledger_.record(key, RecordedDecision{applicationId, request.body, 200, result.dump()});
    answer.entry.applied = true;
    answer.response = jsonResponse(200, result);
    if (faults_.dropAfterApplying()) {
        answer.cutConnection = true;
        answer.entry.fault = "cut_after_apply";
    }
    return answer;
}

} // namespace diarydesk::sim
