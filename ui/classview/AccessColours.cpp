#include "classview/AccessColours.hpp"

namespace diarydesk::ui {

wxColour accessColour(AccessState state) {
    switch (state) {
    case AccessState::approved:
        return {0x2E, 0x7D, 0x32};
    case AccessState::waiting:
        return {0xE0, 0x8E, 0x00};
    case AccessState::rejected:
        return {0xC6, 0x28, 0x28};
    case AccessState::none:
        return {0x9E, 0x9E, 0x9E};
    }
    return {0x9E, 0x9E, 0x9E};
}

wxBitmapBundle accessDot(AccessState state, int size) {
    const wxString svg = wxString::Format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\" viewBox=\"0 0 16 16\">"
        "<circle cx=\"8\" cy=\"8\" r=\"5.5\" fill=\"%s\"/></svg>",
        accessColour(state).GetAsString(wxC2S_HTML_SYNTAX));
    return wxBitmapBundle::FromSVG(svg.utf8_str(), wxSize(size, size));
}

} // namespace diarydesk::ui
