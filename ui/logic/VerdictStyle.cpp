#include "logic/VerdictStyle.hpp"

namespace diarydesk::ui {

const char* verdictColour(const std::optional<Verdict>& verdict) {
    if (!verdict) return "#757575";
    switch (*verdict) {
    case Verdict::confirmed:
        return "#2E7D32";
    case Verdict::probable:
        return "#1565C0";
    case Verdict::ambiguous:
        return "#E65100";
    case Verdict::conflict:
        return "#C62828";
    case Verdict::notFound:
        return "#616161";
    }
    return "#757575";
}

const char* verdictIconName(const std::optional<Verdict>& verdict) {
    if (!verdict) return "verdict-unmatched";
    switch (*verdict) {
    case Verdict::confirmed:
        return "verdict-confirmed";
    case Verdict::probable:
        return "verdict-probable";
    case Verdict::ambiguous:
        return "verdict-ambiguous";
    case Verdict::conflict:
        return "verdict-conflict";
    case Verdict::notFound:
        return "verdict-not-found";
    }
    return "verdict-unmatched";
}

} // namespace diarydesk::ui
