#pragma once

#include "services/RosterImportService.hpp"

#include <wx/panel.h>

#include <functional>

class wxButton;
class wxStaticText;

namespace diarydesk::ui {

// Step 5: what the import did — added, updated, unchanged, left — and what was not imported.
class ImportSummaryPage : public wxPanel {
public:
    explicit ImportSummaryPage(wxWindow* parent);

    void show(const RosterImportReport& report);

    std::function<void()> onSaveRejected;

private:
    wxStaticText* figures_[4] = {};
    wxStaticText* notes_ = nullptr;
    wxButton* saveRejected_ = nullptr;
};

} // namespace diarydesk::ui
