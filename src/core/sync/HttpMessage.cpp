#include "HttpMessage.hpp"

#include <algorithm>
#include <cctype>

namespace diarydesk {
namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;

std::optional<std::string> findHeader(const Headers& headers, std::string_view name) {
    for (const auto& [key, value] : headers) {
        if (key.size() == name.size() && std::equal(key.begin(), key.end(), name.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
            })) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> HttpRequest::header(std::string_view name) const {
    return findHeader(headers, name);
}

std::optional<std::string> HttpResponse::header(std::string_view name) const {
    return findHeader(headers, name);
}

} // namespace diarydesk
