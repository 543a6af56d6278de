#pragma once

#include <wx/string.h>
#include <wx/timer.h>

#include <exception>
#include <functional>
#include <string>

class wxDialog;

namespace diarydesk::test {

// Answers the next modal dialog that appears (other than `owner`), from inside that dialog's own
// modal loop, as staff would: keeps its text, saves a screenshot when named, then runs `script`
// (key presses; it should end the dialog) or ends it with an answer code. A script that throws
// (a failed REQUIRE) is cancelled out of the dialog and thrown again by rethrowFailure().
class DialogAnswerer {
public:
    DialogAnswerer(std::function<void(wxDialog&)> script, std::string screenshotName = {},
                   const wxDialog* owner = nullptr);
    DialogAnswerer(const wxDialog* owner, int answer, std::string screenshotName = {});
    ~DialogAnswerer();
    DialogAnswerer(const DialogAnswerer&) = delete;
    DialogAnswerer& operator=(const DialogAnswerer&) = delete;

    bool answered() const { return answered_; }
    // The labels and values the dialog showed when it appeared.
    const wxString& text() const { return text_; }
    void rethrowFailure() const;
    // Waits (running the event loop) until the dialog has been answered, then throws the
    // script's failure, if any. False when no dialog came.
    bool waitForAnswer() const;

private:
    void check();

    std::function<void(wxDialog&)> script_;
    std::string screenshotName_;
    const wxDialog* owner_;
    wxTimer timer_;
    bool answered_ = false;
    wxString text_;
    std::exception_ptr failure_;
};

} // namespace diarydesk::test
