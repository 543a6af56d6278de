#include "roster/FieldText.hpp"

namespace diarydesk {
namespace {

constexpr char nbspLead = '\xC2';
constexpr char nbspTrail = '\xA0';

// The length of the white space at `pos` (0 when there is none): ASCII white space or U+00A0.
std::size_t spaceLength(std::string_view text, std::size_t pos) {
    const char c = text[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
    if (c == nbspLead && pos + 1 < text.size() && text[pos + 1] == nbspTrail) return 2;
    return 0;
}

// True when collapsing would change nothing: the common case, copied without a second look.
bool alreadyCollapsed(std::string_view value) {
    if (value.empty()) return true;
    if (value.front() == ' ' || value.back() == ' ') return false;
    for (std::size_t pos = 0; pos < value.size(); ++pos) {
        const char c = value[pos];
        if (c == ' ') {
            if (value[pos + 1] == ' ') return false;
        } else if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == nbspLead) {
            return false;
        }
    }
    return true;
}

} // namespace

std::string collapseSpaces(std::string_view value) {
    if (alreadyCollapsed(value)) return std::string(value);
    std::string out;
    out.reserve(value.size());
    bool pendingSpace = false;
    std::size_t pos = 0;
    while (pos < value.size()) {
        if (const std::size_t length = spaceLength(value, pos)) {
            pendingSpace = !out.empty();
            pos += length;
            continue;
        }
        if (pendingSpace) out.push_back(' ');
        pendingSpace = false;
        out.push_back(value[pos++]);
    }
    return out;
}

bool isBlank(std::string_view value) {
    std::size_t pos = 0;
    while (pos < value.size()) {
        const std::size_t length = spaceLength(value, pos);
        if (length == 0) return false;
        pos += length;
    }
    return true;
}

} // namespace diarydesk
