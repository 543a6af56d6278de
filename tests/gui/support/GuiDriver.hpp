#pragma once

#include <wx/string.h>
#include <wx/window.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

class wxChoice;
class wxDialog;
class wxTopLevelWindow;

namespace diarydesk::test {

// Drives real windows the way staff do: key presses and clicks through wxUIActionSimulator
// (XTEST on the Xvfb display), with the event loop pumped so that the worker thread's results
// arrive, and screenshots of the whole screen saved as test artefacts.

// Pumps the event loop until `condition` holds; false when `timeout` passed first.
bool waitUntil(const std::function<bool()>& condition,
               std::chrono::milliseconds timeout = std::chrono::seconds(20));
void pumpEvents(std::chrono::milliseconds duration = std::chrono::milliseconds(50));

// $DIARYDESK_TEST_ARTIFACTS (CTest sets it per test executable), else <build>/test-artifacts.
std::filesystem::path artifactsDir();
// The screen as <artifacts>/<name>.png, after the windows have painted; returns the file.
std::filesystem::path screenshot(const std::string& name);

void click(wxWindow* window); // the middle of the window
void clickAt(wxWindow* window, int x, int y);
// Focuses the text control, selects what is in it and types `text` key by key.
void typeInto(wxWindow* window, const wxString& text);
// Types into whatever has the focus, key by key.
void typeText(const wxString& text);
void pressKey(int keyCode, int modifiers = 0);
// Picks an item of a choice as staff would, with its wxEVT_CHOICE (GTK's popup menus are not
// worth driving by mouse).
void choose(wxChoice* choice, int item);

// The window called `name` (wxWindow::SetName) below `parent`; throws when there is none.
template <class Window>
Window* findWindow(wxWindow* parent, const wxString& name) {
    auto* window = dynamic_cast<Window*>(wxWindow::FindWindowByName(name, parent));
    if (!window) throw std::runtime_error("no window named " + name.ToStdString());
    return window;
}

// Gives a top-level window the X input focus (there is no window manager on Xvfb to do it) and
// waits until it is active.
void giveKeyboardFocus(wxTopLevelWindow* window);

// Shows `dialog` modally and runs `script` inside its modal loop. Whatever the script throws
// (a failed REQUIRE) ends the dialog and is thrown again from here. Returns ShowModal's result.
int runModal(wxDialog& dialog, const std::function<void()>& script);

// Runs `script` inside a running event loop, as the program runs its windows: a frame is painted
// and gets its mouse clicks only while a loop dispatches the display's events (a modal dialog
// has its own loop; a frame shown from a test has none). Rethrows what the script throws.
void runInEventLoop(const std::function<void()>& script);

// The frontmost shown modal dialog other than `except`, or null.
wxDialog* frontDialog(const wxDialog* except = nullptr);
// The labels and values of a window and all its children, one a line, to assert on.
wxString shownText(const wxWindow* window);

} // namespace diarydesk::test
