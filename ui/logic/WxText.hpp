#pragma once

#include <wx/string.h>

#include <string>
#include <string_view>

namespace diarydesk::ui {

// The core speaks UTF-8 std::string; wx speaks wxString. These are the only conversions.
inline wxString fromUtf8(std::string_view text) {
    return wxString::FromUTF8(text.data(), text.size());
}
inline std::string toUtf8(const wxString& text) {
    const wxScopedCharBuffer buffer = text.utf8_str();
    return std::string(buffer.data(), buffer.length());
}

// Text for HTML markup: &, <, > and quotes escaped.
wxString escapeHtml(const wxString& text);

} // namespace diarydesk::ui
