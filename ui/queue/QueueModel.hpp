#pragma once

#include "logic/QueueFilter.hpp"
#include "logic/QueueRow.hpp"
#include "logic/QueueSorter.hpp"

#include <wx/bmpbndl.h>
#include <wx/dataview.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace diarydesk::ui {

// The queue as a virtual list: all rows in one vector, and the filtered, sorted view as indices
// into it. The list control asks only for the rows it draws, so 10,000 applications cost nothing
// until they are on screen, and a keystroke in the search box is a scan of prepared keys.
class QueueModel : public wxDataViewVirtualListModel {
public:
    QueueModel();

    void setRows(std::vector<QueueRow> rows);
    // Replaces one row (after a decision); returns false if the id is unknown.
    bool updateRow(QueueRow row);
    // Applies the filter and the sort order again and tells the control.
    void refresh(const QueueFilter& filter);
    void setSortOrder(QueueColumn column, bool ascending);

    const std::vector<QueueRow>& rows() const { return rows_; }
    unsigned visibleCount() const { return static_cast<unsigned>(visible_.size()); }
    const QueueRow& visibleRow(unsigned position) const { return rows_[visible_[position]]; }
    std::optional<unsigned> positionOf(const std::string& applicationId) const;

    unsigned int GetCount() const override { return visibleCount(); }
    void GetValueByRow(wxVariant& value, unsigned row, unsigned column) const override;
    bool SetValueByRow(const wxVariant&, unsigned, unsigned) override { return false; }
    bool GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const override;

private:
    std::vector<QueueRow> rows_;
    std::vector<std::uint32_t> visible_;
    QueueColumn sortColumn_ = QueueColumn::submitted;
    bool ascending_ = true;
    std::array<wxBitmapBundle, 6> verdictIcons_;
};

} // namespace diarydesk::ui
