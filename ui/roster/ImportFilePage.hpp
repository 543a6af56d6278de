#pragma once

#include <wx/panel.h>

#include <functional>

class wxStaticText;
class wxTextCtrl;

namespace diarydesk::ui {

// Step 1: which file to import, with what the last import did for reference.
class ImportFilePage : public wxPanel {
public:
    explicit ImportFilePage(wxWindow* parent);

    wxString path() const;
    void setPath(const wxString& path);
    void setLastImport(const wxString& text);
    void focus();

    std::function<void()> onEnter; // Enter in the path field: go on

private:
    wxTextCtrl* path_ = nullptr;
    wxStaticText* lastImport_ = nullptr;
};

} // namespace diarydesk::ui
