#include "DiaryApiClient.hpp"

#include "HttpsClient.hpp"
#include "ServerUrl.hpp"
#include "TransportError.hpp"
#include "ValidationError.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace diarydesk {
namespace {

using nlohmann::json;

constexpr std::size_t longestServerMessage = 300;
constexpr long longestRetryAfterSeconds = 24 * 60 * 60;

ApiStatus fromTransport(const std::string& request, const TransportError& error) {
    ApiStatus status;
    switch (error.failure()) {
    case TransportFailure::tls:
        status.outcome = ApiOutcome::tlsFailed;
        break;
    case TransportFailure::tooLarge:
        status.outcome = ApiOutcome::tooLarge;
        break;
    case TransportFailure::unreachable:
    case TransportFailure::timeout:
    case TransportFailure::broken:
    case TransportFailure::malformed:
        status.outcome = ApiOutcome::retryable;
        break;
    }
    status.message = request + ": " + error.what();
    return status;
}

// Retry-After as the API sends it: whole seconds.
std::optional<std::chrono::seconds> parseRetryAfter(const std::optional<std::string>& header) {
    if (!header) return std::nullopt;
    std::string text = *header;
    text.erase(std::remove_if(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); }),
               text.end());
    if (text.empty() || text.size() > 9 ||
        !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); })) {
        return std::nullopt;
    }
    return std::chrono::seconds(std::min(std::stol(text), longestRetryAfterSeconds));
}

std::string shortened(std::string text) {
    if (text.size() <= longestServerMessage) return text;
    std::size_t cut = longestServerMessage;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // keep UTF-8 whole
    return text.substr(0, cut) + "…";
}

std::optional<json> parseJson(const std::string& body) {
    json document = json::parse(body, nullptr, false);
    if (document.is_discarded()) return std::nullopt;
    return document;
}

std::string stringField(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

int intField(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

ApiStatus invalidBody(ApiStatus status, const std::string& request, const std::string& problem) {
    status.outcome = ApiOutcome::retryable;
    status.message = request + ": " + problem;
    return status;
}

} // namespace

DiaryApiClient::DiaryApiClient(HttpsClient& http, std::string basePath, std::string schoolId,
                               std::string token)
    : http_(http)
    , basePath_(std::move(basePath))
    , schoolId_(std::move(schoolId))
    , token_(std::move(token)) {}

ApiStatus DiaryApiClient::connect() {
    try {
        http_.connect();
        return ApiStatus{};
    } catch (const TransportError& error) {
        return fromTransport("соединение", error);
    }
}

ApiStatus DiaryApiClient::classify(const std::string& request, const HttpResponse& response) const {
    ApiStatus status;
    status.httpStatus = response.status;
    if (response.status >= 200 && response.status < 300) return status;

    std::string serverMessage;
    if (const auto body = parseJson(response.body); body && body->is_object()) {
        status.errorCode = stringField(*body, "error");
        serverMessage = shortened(stringField(*body, "message"));
    }
    status.message = request + ": сервер ответил " + std::to_string(response.status);
    if (!status.errorCode.empty()) status.message += " " + status.errorCode;
    if (!serverMessage.empty()) status.message += ": " + serverMessage;

    switch (response.status) {
    case 401:
        status.outcome = ApiOutcome::unauthorized;
        break;
    case 404:
        status.outcome = ApiOutcome::notFound;
        break;
    case 408:
        status.outcome = ApiOutcome::retryable;
        break;
    case 409:
        status.outcome = ApiOutcome::conflict;
        break;
    case 429:
        status.outcome = ApiOutcome::rateLimited;
        status.retryAfter = parseRetryAfter(response.header("Retry-After"));
        break;
    default:
        status.outcome = response.status >= 500 ? ApiOutcome::retryable : ApiOutcome::refused;
        break;
    }
    return status;
}

PageAnswer DiaryApiClient::pullPage(const std::string& cursor, int limit) {
    HttpRequest request;
    request.method = "GET";
    request.target = basePath_ + "/api/v1/schools/" + percentEncode(schoolId_) +
                     "/applications?limit=" + std::to_string(limit);
    if (!cursor.empty()) request.target += "&cursor=" + percentEncode(cursor);
    request.headers = {{"Authorization", "Bearer " + token_}, {"Accept", "application/json"}};
    const std::string name = "GET " + request.target;

    PageAnswer answer;
    HttpResponse response;
    try {
        response = http_.send(request);
    } catch (const TransportError& error) {
        answer.status = fromTransport(name, error);
        return answer;
    }
    answer.status = classify(name, response);
    if (!answer.status.ok()) return answer;

    const auto document = parseJson(response.body);
    if (!document) {
        answer.status = invalidBody(answer.status, name, "ответ сервера не JSON");
        return answer;
    }
    if (!document->is_object() || !document->contains("items")) {
        answer.status = invalidBody(answer.status, name, "в ответе сервера нет списка items");
        return answer;
    }
    try {
        DecodedApplications decoded = decodeApplicationList(*document);
        answer.page.items = std::move(decoded.items);
        answer.page.errors = std::move(decoded.errors);
    } catch (const ValidationError& error) {
        answer.status =
            invalidBody(answer.status, name, std::string("ответ сервера не разобран: ") + error.what());
        return answer;
    }
    answer.page.nextCursor = stringField(*document, "next_cursor");
    const auto hasMore = document->find("has_more");
    answer.page.hasMore = hasMore != document->end() && hasMore->is_boolean() && hasMore->get<bool>();
    return answer;
}

DecisionAnswer DiaryApiClient::postDecision(const std::string& applicationId,
                                            const std::string& idempotencyKey, const std::string& body) {
    HttpRequest request;
    request.method = "POST";
    request.target = basePath_ + "/api/v1/applications/" + percentEncode(applicationId) + "/decision";
    request.headers = {{"Authorization", "Bearer " + token_},
                       {"Content-Type", "application/json; charset=utf-8"},
                       {"Accept", "application/json"},
                       {"Idempotency-Key", idempotencyKey}};
    request.body = body;
    const std::string name = "POST " + request.target;

    DecisionAnswer answer;
    HttpResponse response;
    try {
        response = http_.send(request);
    } catch (const TransportError& error) {
        answer.status = fromTransport(name, error);
        return answer;
    }
    answer.status = classify(name, response);
    if (answer.status.outcome != ApiOutcome::ok && answer.status.outcome != ApiOutcome::conflict)
        return answer;

    const auto document = parseJson(response.body);
    if (!document || !document->is_object()) {
        // A 409 without a readable body is still a conflict; a 200 must be JSON, else it is
        // retried like a 503 (the same key makes the retry safe).
        if (answer.status.ok()) answer.status = invalidBody(answer.status, name, "ответ сервера не JSON");
        return answer;
    }
    answer.serverStatus = stringField(*document, "status");
    answer.serverVersion = intField(*document, "version");
    return answer;
}

} // namespace diarydesk
