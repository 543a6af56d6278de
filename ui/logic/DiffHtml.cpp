#include "logic/DiffHtml.hpp"

#include "logic/WxText.hpp"

namespace diarydesk::ui {
namespace {

wxString visibleSpaces(const wxString& escaped) {
    wxString shown = escaped;
    shown.Replace(" ", wxString::FromUTF8("\xC2\xB7"));
    return shown;
}

} // namespace

wxString diffSideHtml(const std::vector<DiffSpan>& spans) {
    wxString html;
    for (const DiffSpan& span : spans) {
        const wxString text = escapeHtml(fromUtf8(span.text));
        switch (span.mark) {
        case DiffMark::same:
            html += text;
            break;
        case DiffMark::soft:
            html += wxString::Format("<span style=\"background-color: %s\">%s</span>", softBackground,
                                     visibleSpaces(text));
            break;
        case DiffMark::changed:
            html += wxString::Format(
                "<span style=\"background-color: %s\"><b><font color=\"#8B0000\">%s</font></b></span>",
                changedBackground, visibleSpaces(text));
            break;
        }
    }
    return html;
}

} // namespace diarydesk::ui
