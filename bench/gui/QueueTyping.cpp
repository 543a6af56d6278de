#include "QueueTyping.hpp"

#include "DrawCounter.hpp"
#include "queue/QueuePanel.hpp"

#include <wx/evtloop.h>
#include <wx/srchctrl.h>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace diarydesk::bench {
namespace {

using SteadyClock = std::chrono::steady_clock;

wxSearchCtrl& searchBoxOf(ui::QueuePanel& queue) {
    for (wxWindow* child : queue.GetChildren()) {
        if (auto* search = wxDynamicCast(child, wxSearchCtrl)) return *search;
    }
    throw std::runtime_error("the queue has no search box");
}

} // namespace

bool pumpUntil(const std::function<bool()>& condition, int timeoutMs) {
    const auto deadline = SteadyClock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        wxEventLoopBase::GetActive()->YieldFor(wxEVT_CATEGORY_ALL);
        if (condition()) return true;
        if (SteadyClock::now() > deadline) return false;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
}

TypedQuery typeQuery(ui::QueuePanel& queue, DrawCounter& draws, std::string label, const std::string& text) {
    TypedQuery typed{std::move(label), text, {}, 0};
    wxSearchCtrl& search = searchBoxOf(queue);
    search.SetFocus();
    for (const wxUniChar character : wxString::FromUTF8(text)) {
        const unsigned before = draws.draws();
        const auto pressed = SteadyClock::now();
        search.AppendText(wxString(character));
        if (!pumpUntil([&] { return draws.draws() > before; }, 2000))
            throw std::runtime_error("the list was not drawn again after a keystroke");
        typed.milliseconds.push_back(
            std::chrono::duration<double, std::milli>(draws.lastDraw() - pressed).count());
        pumpUntil([] { return false; }, 120); // about eight keys a second
    }
    typed.shownAfter = queue.visibleCount();
    queue.setSearchText({});
    pumpUntil([] { return false; }, 300);
    return typed;
}

} // namespace diarydesk::bench
