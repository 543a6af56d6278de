#include "logic/WxText.hpp"

namespace diarydesk::ui {

wxString escapeHtml(const wxString& text) {
    wxString escaped;
    escaped.reserve(text.length() + 16);
    for (const wxUniChar c : text) {
        switch (c.GetValue()) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

} // namespace diarydesk::ui
