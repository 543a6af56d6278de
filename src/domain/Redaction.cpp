#include "Redaction.hpp"

#include "SnilsNumber.hpp"

namespace diarydesk {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Length of a SNILS-shaped run starting at `pos` (3-3-3-2 digits with optional single
// separators), or 0. Runs longer than that are not SNILS and are left alone.
std::size_t snilsRunAt(std::string_view text, std::size_t pos) {
    static constexpr std::size_t groups[] = {3, 3, 3, 2};
    std::size_t end = pos;
    for (std::size_t group = 0; group < 4; ++group) {
        if (group > 0 && end < text.size() && (text[end] == ' ' || text[end] == '-') && end + 1 < text.size() &&
            isDigit(text[end + 1])) {
            ++end;
        }
        for (std::size_t i = 0; i < groups[group]; ++i, ++end) {
            if (end >= text.size() || !isDigit(text[end])) return 0;
        }
    }
    if (end < text.size() && isDigit(text[end])) return 0;
    return end - pos;
}

} // namespace

std::string maskSnils(std::string_view snils) {
    if (const auto number = SnilsNumber::tryParse(snils)) return number->masked();
    return "***";
}

std::string redactSensitive(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    static constexpr std::string_view bearer = "Bearer ";
    while (pos < text.size()) {
        if (text.compare(pos, bearer.size(), bearer) == 0) {
            out += bearer;
            out += "***";
            pos += bearer.size();
            while (pos < text.size() && text[pos] != ' ' && text[pos] != '"' && text[pos] != '\r' &&
                   text[pos] != '\n') {
                ++pos;
            }
            continue;
        }
        const bool wordStart = pos == 0 || !isDigit(text[pos - 1]);
        if (wordStart && isDigit(text[pos])) {
            if (const std::size_t length = snilsRunAt(text, pos)) {
                out += maskSnils(text.substr(pos, length));
                pos += length;
                continue;
            }
        }
        out += text[pos++];
    }
    return out;
}

} // namespace diarydesk
