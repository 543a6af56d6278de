#include "roster/ListLayout.hpp"

#include <wx/config.h>
#include <wx/listctrl.h>

namespace diarydesk::ui {

void saveColumnWidths(const wxListCtrl& list, const wxString& key) {
    wxConfigBase* config = wxConfigBase::Get();
    for (int column = 0; column < list.GetColumnCount(); ++column) {
        config->Write(wxString::Format("%s/ColumnWidth%d", key, column), list.GetColumnWidth(column));
    }
}

void restoreColumnWidths(wxListCtrl& list, const wxString& key) {
    const wxConfigBase* config = wxConfigBase::Get();
    for (int column = 0; column < list.GetColumnCount(); ++column) {
        long width = 0;
        if (config->Read(wxString::Format("%s/ColumnWidth%d", key, column), &width) && width > 10) {
            list.SetColumnWidth(column, static_cast<int>(width));
        }
    }
}

} // namespace diarydesk::ui
