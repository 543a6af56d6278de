#include "logic/SearchText.hpp"

#include "text/NameNormaliser.hpp"

#include <cctype>

namespace diarydesk::ui {
namespace {

bool isNumberLike(std::string_view text) {
    bool anyDigit = false;
    for (const char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            anyDigit = true;
        } else if (c != ' ' && c != '-' && c != '.') {
            return false;
        }
    }
    return anyDigit;
}

} // namespace

std::string normaliseSearchText(std::string_view text) {
    return normaliseName(text);
}

std::string digitsOf(std::string_view text) {
    std::string digits;
    for (const char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    }
    return digits;
}

SearchQuery parseSearchQuery(std::string_view typed) {
    SearchQuery query;
    if (isNumberLike(typed)) {
        query.digits = digitsOf(typed);
        return query;
    }
    const std::string normalised = normaliseSearchText(typed);
    std::size_t start = 0;
    while (start < normalised.size()) {
        const std::size_t end = normalised.find(' ', start);
        const std::size_t stop = end == std::string::npos ? normalised.size() : end;
        if (stop > start) query.words.push_back(normalised.substr(start, stop - start));
        start = stop + 1;
    }
    return query;
}

} // namespace diarydesk::ui
