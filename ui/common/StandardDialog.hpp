#pragma once

#include <wx/dialog.h>

class wxButton;
class wxCheckBox;

namespace diarydesk::ui {

// What a confirmation or message asks of staff.
struct DialogRequest {
    enum class Tone { information, question, warning, danger };
    Tone tone = Tone::question;
    wxString title;
    wxString heading;      // one line in bold: the question itself
    wxString message;      // the details, wrapped
    wxString confirmLabel; // the button that goes ahead ("Approve"); empty: a message with one button
    wxString cancelLabel;
    // A box staff must tick before the confirm button works ("I have checked the documents").
    wxString acknowledgement;
    bool cancelIsDefault = false; // Enter cancels: for the riskiest questions
};

// The program's one confirmation and message dialog, built with sizers: a tone icon, the heading,
// the details and up to two buttons named after what they do. Escape always cancels.
class StandardDialog : public wxDialog {
public:
    StandardDialog(wxWindow* parent, const DialogRequest& request);

private:
    void onAcknowledge();

    wxButton* confirm_ = nullptr;
    wxCheckBox* acknowledgement_ = nullptr;
};

// True when staff confirmed.
bool askToConfirm(wxWindow* parent, const DialogRequest& request);
void showError(wxWindow* parent, const wxString& heading, const wxString& message);
void showMessage(wxWindow* parent, const wxString& heading, const wxString& message);

} // namespace diarydesk::ui
