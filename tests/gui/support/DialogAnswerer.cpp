#include "DialogAnswerer.hpp"

#include "GuiDriver.hpp"

#include <wx/dialog.h>

namespace diarydesk::test {

DialogAnswerer::DialogAnswerer(std::function<void(wxDialog&)> script, std::string screenshotName,
                               const wxDialog* owner)
    : script_(std::move(script))
    , screenshotName_(std::move(screenshotName))
    , owner_(owner) {
    timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { check(); });
    timer_.Start(40);
}

DialogAnswerer::DialogAnswerer(const wxDialog* owner, int answer, std::string screenshotName)
    : DialogAnswerer([answer](wxDialog& dialog) { dialog.EndModal(answer); }, std::move(screenshotName),
                     owner) {}

DialogAnswerer::~DialogAnswerer() {
    timer_.Stop();
}

void DialogAnswerer::check() {
    if (answered_) return;
    wxDialog* dialog = frontDialog(owner_);
    if (!dialog) return;
    answered_ = true;
    timer_.Stop();
    giveKeyboardFocus(dialog); // shown, laid out and focused before anything is read or pressed
    text_ = shownText(dialog);
    try {
        if (!screenshotName_.empty()) screenshot(screenshotName_);
        script_(*dialog);
    } catch (...) {
        failure_ = std::current_exception();
        if (dialog->IsModal()) dialog->EndModal(wxID_CANCEL);
    }
}

void DialogAnswerer::rethrowFailure() const {
    if (failure_) std::rethrow_exception(failure_);
}

bool DialogAnswerer::waitForAnswer() const {
    if (!waitUntil([this] { return answered_; })) return false;
    rethrowFailure();
    return true;
}

} // namespace diarydesk::test
