#include "classview/CoverageChart.hpp"

#include "classview/AccessColours.hpp"
#include "logic/DisplayTexts.hpp"
#include "logic/WxText.hpp"

#include <wx/dcclient.h>
#include <wx/intl.h>
#include <wx/settings.h>

#include <algorithm>
#include <array>

namespace diarydesk::ui {
namespace {

constexpr std::array<AccessState, 4> stackOrder{AccessState::approved, AccessState::waiting,
                                                AccessState::rejected, AccessState::none};

int countOf(const AccessCounts& counts, AccessState state) {
    switch (state) {
    case AccessState::approved:
        return counts.approved;
    case AccessState::waiting:
        return counts.waiting;
    case AccessState::rejected:
        return counts.rejected;
    case AccessState::none:
        return counts.none;
    }
    return 0;
}

} // namespace

CoverageChart::CoverageChart(wxWindow* parent)
    : wxScrolledCanvas(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                       wxVSCROLL | wxFULL_REPAINT_ON_RESIZE) {
    SetName("coverage-chart");
    SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    SetScrollRate(0, rowHeight());
    SetMinSize(FromDIP(wxSize(300, 200)));
    Bind(wxEVT_LEFT_DOWN, &CoverageChart::onClick, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        updateVirtualSize();
        event.Skip();
    });
}

int CoverageChart::rowHeight() const {
    return FromDIP(22);
}
// Below the legend's two lines and a gap.
int CoverageChart::firstRowTop() const {
    return FromDIP(8) + 3 * rowHeight();
}

void CoverageChart::setCoverage(std::vector<ClassCoverage> classes) {
    classes_ = std::move(classes);
    school_ = AccessCounts{};
    for (const ClassCoverage& entry : classes_) {
        school_.pupils += entry.counts.pupils;
        school_.approved += entry.counts.approved;
        school_.waiting += entry.counts.waiting;
        school_.rejected += entry.counts.rejected;
        school_.none += entry.counts.none;
    }
    updateVirtualSize();
    Refresh();
}

void CoverageChart::select(const std::string& className) {
    selected_ = className;
    Refresh();
}

void CoverageChart::updateVirtualSize() {
    const int rows = static_cast<int>(classes_.size()) + 1;
    SetVirtualSize(GetClientSize().GetWidth(), firstRowTop() + rows * rowHeight() + FromDIP(8));
}

void CoverageChart::OnDraw(wxDC& dc) {
    dc.SetFont(GetFont());
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    drawLegend(dc, FromDIP(8));
    if (classes_.empty()) {
        dc.DrawText(_("No pupils on the roster yet."), FromDIP(8), firstRowTop());
        return;
    }
    wxFont bold = GetFont().Bold();
    dc.SetFont(bold);
    drawRow(dc, firstRowTop(), _("School"), school_, false);
    dc.SetFont(GetFont());
    int top = firstRowTop() + rowHeight();
    for (const ClassCoverage& entry : classes_) {
        drawRow(dc, top, fromUtf8(entry.className), entry.counts, entry.className == selected_);
        top += rowHeight();
    }
}

void CoverageChart::drawLegend(wxDC& dc, int top) const {
    // Two by two, so that it fits a narrow pane in any language.
    const int box = FromDIP(10);
    const int cellWidth = std::max(FromDIP(120), GetVirtualSize().GetWidth() / 2 - FromDIP(8));
    for (std::size_t i = 0; i < stackOrder.size(); ++i) {
        const int left = FromDIP(8) + static_cast<int>(i % 2) * cellWidth;
        const int y = top + static_cast<int>(i / 2) * rowHeight();
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(accessColour(stackOrder[i])));
        dc.DrawRectangle(left, y + FromDIP(3), box, box);
        dc.DrawText(accessStateLabel(stackOrder[i]), left + box + FromDIP(4), y);
    }
}

void CoverageChart::drawRow(wxDC& dc, int top, const wxString& name, const AccessCounts& counts,
                            bool selected) const {
    const int width = GetVirtualSize().GetWidth();
    const int labelWidth = FromDIP(64);
    const int figuresWidth = FromDIP(96);
    const int barLeft = labelWidth + FromDIP(6);
    const int barWidth = std::max(FromDIP(40), width - barLeft - figuresWidth);
    const int barHeight = rowHeight() - FromDIP(8);
    if (selected) {
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT).ChangeLightness(170)));
        dc.DrawRectangle(0, top, width, rowHeight());
    }
    const wxSize nameSize = dc.GetTextExtent(name);
    dc.DrawText(name, labelWidth - nameSize.GetWidth(), top + (rowHeight() - nameSize.GetHeight()) / 2);

    int left = barLeft;
    int drawn = 0;
    for (const AccessState state : stackOrder) {
        const int count = countOf(counts, state);
        if (count == 0 || counts.pupils == 0) continue;
        drawn += count;
        // Each segment ends where the running total ends, so rounding never leaves a gap.
        const int right =
            barLeft + static_cast<int>(static_cast<long long>(barWidth) * drawn / counts.pupils);
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(accessColour(state)));
        dc.DrawRectangle(left, top + FromDIP(4), right - left, barHeight);
        left = right;
    }
    const int percent = counts.pupils == 0 ? 0 : (counts.approved * 100 + counts.pupils / 2) / counts.pupils;
    const wxString figures = wxString::Format("%d/%d  %d%%", counts.approved, counts.pupils, percent);
    dc.DrawText(figures, barLeft + barWidth + FromDIP(8),
                top + (rowHeight() - dc.GetTextExtent(figures).GetHeight()) / 2);
}

std::optional<wxRect> CoverageChart::rowOf(const std::string& className) const {
    for (std::size_t row = 0; row < classes_.size(); ++row) {
        if (classes_[row].className != className) continue;
        const int top = firstRowTop() + static_cast<int>(row + 1) * rowHeight();
        return wxRect(CalcScrolledPosition(wxPoint(0, top)), wxSize(GetClientSize().GetWidth(), rowHeight()));
    }
    return std::nullopt;
}

void CoverageChart::onClick(wxMouseEvent& event) {
    const wxPoint position = CalcUnscrolledPosition(event.GetPosition());
    const int row = (position.y - firstRowTop()) / rowHeight() - 1; // the school's row comes first
    if (position.y < firstRowTop() || row < 0 || row >= static_cast<int>(classes_.size())) return;
    const std::string& className = classes_[static_cast<std::size_t>(row)].className;
    select(className);
    if (onClassClicked) onClassClicked(className);
}

} // namespace diarydesk::ui
