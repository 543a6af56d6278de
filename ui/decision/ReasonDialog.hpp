#pragma once

#include "Decision.hpp"

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <vector>

class wxRadioButton;
class wxStaticText;
class wxTextCtrl;

namespace diarydesk::ui {

// Asks why an application is rejected: the API's reasons in plain words (keys 1-6), what the
// parent will read for the chosen one, and a comment — required for "another reason".
class ReasonDialog : public wxDialog {
public:
    ReasonDialog(wxWindow* parent, const wxString& whatIsRejected, std::optional<ReasonCode> suggested);

    ReasonCode reason() const;
    std::string comment() const;

private:
    void choose(std::size_t index);
    void showAdvice();
    void showTextsInFull();
    void onCharHook(wxKeyEvent& event);
    bool validateAndClose();

    std::vector<wxRadioButton*> buttons_;
    wxStaticText* advice_ = nullptr;
    wxTextCtrl* comment_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

} // namespace diarydesk::ui
