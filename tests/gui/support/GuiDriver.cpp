#include "GuiDriver.hpp"

#include <wx/app.h>
#include <wx/choice.h>
#include <wx/control.h>
#include <wx/dialog.h>
#include <wx/eventfilter.h>
#include <wx/evtloop.h>
#include <wx/process.h>
#include <wx/textentry.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>
#include <wx/utils.h>

#include <cstdlib>
#include <exception>
#include <thread>

namespace diarydesk::test {
namespace {

void dispatchPending() {
    if (wxEventLoopBase* loop = wxEventLoopBase::GetActive()) {
        loop->YieldFor(wxEVT_CATEGORY_ALL);
    } else {
        wxTheApp->ProcessPendingEvents();
    }
}

// Counts the keys (other than Shift, Ctrl, Alt) the program received, so that a simulated key
// press can wait until the X server has delivered it (under load that takes a while) instead of
// guessing a delay. wxGTK sends a wxEVT_CHAR_HOOK for every key pressed in any of its windows.
class KeyPressCounter : public wxEventFilter {
public:
    KeyPressCounter() { wxEvtHandler::AddFilter(this); }
    ~KeyPressCounter() override { wxEvtHandler::RemoveFilter(this); }
    int FilterEvent(wxEvent& event) override {
        if (event.GetEventType() == wxEVT_CHAR_HOOK) {
            const int key = static_cast<wxKeyEvent&>(event).GetKeyCode();
            if (key != WXK_SHIFT && key != WXK_CONTROL && key != WXK_ALT && key != WXK_RAW_CONTROL) ++pressed;
        }
        return Event_Skip;
    }
    int pressed = 0;
};

KeyPressCounter& keyPresses() {
    static KeyPressCounter counter;
    return counter;
}

// Waits until `count` more keys than `before` have been pressed in the program.
void waitForKeys(int before, int count, const std::string& what) {
    if (!waitUntil([&] { return keyPresses().pressed >= before + count; }, std::chrono::seconds(10))) {
        const wxWindow* focus = wxWindow::FindFocus();
        throw std::runtime_error("the program did not receive " + what + " (focus: " +
                                 (focus ? focus->GetName().ToStdString() : std::string("none")) + ")");
    }
    pumpEvents(std::chrono::milliseconds(30));
}

// For the shell: 'text' with every ' closed, escaped and reopened.
std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// wxUIActionSimulator types ASCII only, and slowly; xdotool types any text through the same
// XTEST, Cyrillic with the Russian layout run-under-xvfb adds. It runs beside the event loop, so
// the program reads each key as it comes (were a letter missing from the layout, xdotool would
// map it to a spare key only for a moment).
void typeWithXdotool(const wxString& text) {
    const std::string utf8 = text.ToStdString(wxConvUTF8);
    const char* const arguments[] = {"xdotool", "type", "--delay", "5", "--", utf8.c_str(), nullptr};
    wxExecuteEnv environment;
    wxGetEnvMap(&environment.env);
    environment.env["LC_ALL"] = "C.UTF-8";
    auto* process = new wxProcess;
    bool ended = false;
    int status = -1;
    process->Bind(wxEVT_END_PROCESS, [&](wxProcessEvent& event) {
        ended = true;
        status = event.GetExitCode();
    });
    if (wxExecute(arguments, wxEXEC_ASYNC, process, &environment) <= 0) {
        delete process;
        throw std::runtime_error("xdotool could not be started");
    }
    if (!waitUntil([&] { return ended; }, std::chrono::seconds(30)))
        throw std::runtime_error("xdotool hangs");
    delete process; // it ended, and its end event was handled here
    if (status != 0) {
        throw std::runtime_error("xdotool did not type " + utf8);
    }
}

} // namespace

bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        dispatchPending();
        if (condition()) return true;
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(4));
    }
}

void pumpEvents(std::chrono::milliseconds duration) {
    waitUntil([] { return false; }, duration);
}

std::filesystem::path artifactsDir() {
    const char* configured = std::getenv("DIARYDESK_TEST_ARTIFACTS");
    const std::filesystem::path folder = configured && *configured
                                             ? std::filesystem::path(configured)
                                             : std::filesystem::path(DIARYDESK_TEST_ARTIFACTS_ROOT);
    std::filesystem::create_directories(folder);
    return folder;
}

std::filesystem::path screenshot(const std::string& name) {
    pumpEvents(std::chrono::milliseconds(200)); // every window finishes painting first
    const std::filesystem::path file = artifactsDir() / (name + ".png");
    const std::string command = "import -window root " + shellQuoted(file.string());
    if (std::system(command.c_str()) != 0) throw std::runtime_error("the screenshot failed: " + command);
    return file;
}

void clickAt(wxWindow* window, int x, int y) {
    wxUIActionSimulator simulator;
    simulator.MouseMove(window->ClientToScreen(wxPoint(x, y)));
    pumpEvents();
    simulator.MouseClick();
    pumpEvents();
}

void click(wxWindow* window) {
    const wxSize size = window->GetClientSize();
    clickAt(window, size.x / 2, size.y / 2);
}

void typeText(const wxString& text) {
    const int before = keyPresses().pressed;
    // wxUIActionSimulator takes some 50 ms a character; xdotool, once started, a few.
    if (text.IsAscii() && text.length() <= 4) {
        wxUIActionSimulator simulator;
        simulator.Text(text.utf8_str());
    } else {
        typeWithXdotool(text);
    }
    waitForKeys(before, static_cast<int>(text.length()), "the typed text");
}

void typeInto(wxWindow* window, const wxString& text) {
    window->SetFocus();
    pumpEvents();
    if (auto* entry = dynamic_cast<wxTextEntry*>(window)) entry->SelectAll();
    typeText(text);
}

void pressKey(int keyCode, int modifiers) {
    const int before = keyPresses().pressed;
    wxUIActionSimulator simulator;
    simulator.Char(keyCode, modifiers);
    waitForKeys(before, 1, "a key press");
}

void choose(wxChoice* choice, int item) {
    choice->SetSelection(item);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(item);
    choice->ProcessWindowEvent(event);
    pumpEvents();
}

void giveKeyboardFocus(wxTopLevelWindow* window) {
    waitUntil([window] { return window->IsShownOnScreen(); }, std::chrono::seconds(5));
    pumpEvents();
    // Without a window manager nobody hands the focus to a new window; Raise() asks GTK to
    // present it, which then sets the X input focus itself.
    window->Raise();
    waitUntil([window] { return window->IsActive(); }, std::chrono::seconds(2));
    pumpEvents();
}

namespace {

// Queues `script` for the loop that `run` starts and then leaves it with `leave`, whatever the
// script left; the script's failure is thrown again once the loop is over.
int runInLoop(const std::function<void()>& script, const std::function<void()>& leave,
              const std::function<int()>& run) {
    std::exception_ptr failure;
    wxTheApp->CallAfter([&] {
        try {
            script();
        } catch (...) {
            failure = std::current_exception();
        }
        leave();
    });
    const int result = run();
    if (failure) std::rethrow_exception(failure);
    return result;
}

} // namespace

int runModal(wxDialog& dialog, const std::function<void()>& script) {
    return runInLoop(
        script,
        [&dialog] {
            if (dialog.IsModal()) dialog.EndModal(wxID_CANCEL);
        },
        [&dialog] { return dialog.ShowModal(); });
}

void runInEventLoop(const std::function<void()>& script) {
    wxGUIEventLoop loop;
    runInLoop(
        script, [&loop] { loop.Exit(); }, [&loop] { return loop.Run(); });
}

wxDialog* frontDialog(const wxDialog* except) {
    wxDialog* front = nullptr;
    for (wxWindow* window : wxTopLevelWindows) {
        auto* dialog = dynamic_cast<wxDialog*>(window);
        if (dialog && dialog != except && dialog->IsShown() && dialog->IsModal()) front = dialog;
    }
    return front;
}

wxString shownText(const wxWindow* window) {
    if (!window->IsShown()) return {};
    wxString text;
    if (const auto* entry = dynamic_cast<const wxTextEntry*>(window)) {
        text << entry->GetValue() << '\n';
    } else if (const auto* control = dynamic_cast<const wxControl*>(window)) {
        text << control->GetLabelText() << '\n';
    }
    for (const wxWindow* child : window->GetChildren())
        text << shownText(child);
    return text;
}

} // namespace diarydesk::test
