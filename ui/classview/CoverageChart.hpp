#pragma once

#include "services/ClassAccessService.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace diarydesk::ui {

// The school at a glance: one bar per class, split into approved, waiting, rejected and no
// application, with the share of pupils whose parents have access; the whole school on top.
// Clicking a class chooses it.
class CoverageChart : public wxScrolledCanvas {
public:
    explicit CoverageChart(wxWindow* parent);

    void setCoverage(std::vector<ClassCoverage> classes);
    void select(const std::string& className);
    const std::vector<ClassCoverage>& coverage() const { return classes_; }
    // Where a class's row is drawn now, in client coordinates; empty for an unknown class.
    std::optional<wxRect> rowOf(const std::string& className) const;

    std::function<void(const std::string& className)> onClassClicked;

private:
    void OnDraw(wxDC& dc) override;
    void drawLegend(wxDC& dc, int top) const;
    void drawRow(wxDC& dc, int top, const wxString& name, const AccessCounts& counts, bool selected) const;
    void updateVirtualSize();
    void onClick(wxMouseEvent& event);
    int rowHeight() const;
    int firstRowTop() const;

    std::vector<ClassCoverage> classes_;
    AccessCounts school_;
    std::string selected_;
};

} // namespace diarydesk::ui
