// The main window's queue and detail pane on the sample school: what is listed and counted,
// filtering as staff type, opening an application.
#include "CatchCompat.hpp"
#include "DialogAnswerer.hpp"
#include "GuiDriver.hpp"
#include "MainWindowFixture.hpp"
#include "SampleSchool.hpp"
#include "detail/DetailPanel.hpp"
#include "logic/QueueFilter.hpp"
#include "main/MainFrame.hpp"
#include "queue/QueuePanel.hpp"

#include <wx/dataview.h>
#include <wx/html/htmlwin.h>
#include <wx/menu.h>
#include <wx/srchctrl.h>
#include <wx/statusbr.h>

#include <algorithm>

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

std::vector<std::string> shownIds(const ui::QueuePanel& queue) {
    std::vector<std::string> ids;
    for (unsigned position = 0; position < queue.visibleCount(); ++position) {
        ids.push_back(queue.model().visibleRow(position).summary.id);
    }
    return ids;
}

bool shows(const ui::QueuePanel& queue, const std::string& id) {
    const auto ids = shownIds(queue);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Whether the text has Cyrillic letters in it, i.e. was translated.
bool russian(const wxString& text) {
    return std::any_of(text.begin(), text.end(), [](wxUniChar c) { return c >= 0x0400 && c <= 0x04FF; });
}

wxString comparisonText(ui::MainFrame& frame) {
    return findWindow<wxHtmlWindow>(&frame, "comparison")->ToText();
}

} // namespace

TEST_CASE("The queue lists the new applications with their verdicts and counts them") {
    MainWindowFixture window;
    ui::QueuePanel& queue = window.frame().queue();
    CHECK(queue.statusView() == ui::StatusView::fresh);
    CHECK(queue.model().rows().size() == 48); // 8 hand-made and 40 generated
    CHECK(queue.visibleCount() == 48);
    CHECK(shows(queue, sample::ambiguous));
    // Every application has been matched by the time the queue is drawn.
    for (const ui::QueueRow& row : queue.model().rows())
        CHECK(row.summary.verdict.has_value());
    CHECK(window.summaryOf(sample::confirmedFirst).verdict == Verdict::confirmed);
    CHECK(window.summaryOf(sample::ambiguous).verdict == Verdict::ambiguous);
    CHECK(window.summaryOf(sample::conflict).verdict == Verdict::conflict);
    CHECK(window.summaryOf(sample::notFound).verdict == Verdict::notFound);
    CHECK(window.frame().GetTitle().StartsWith("DiaryDesk"));
    // The first application is selected and shown.
    REQUIRE(queue.selectedRow());
    CHECK(queue.selectedRow()->summary.id == sample::confirmedFirst);
    screenshot("01-queue");
}

TEST_CASE("Typing in the search box filters by name, by SNILS and by application number") {
    MainWindowFixture window;
    ui::QueuePanel& queue = window.frame().queue();
    auto* search = findWindow<wxSearchCtrl>(&window.frame(), "search");

    pressKey('F', wxMOD_CONTROL); // Ctrl+F
    CHECK(wxWindow::FindFocus() != nullptr);
    typeText(wxString::FromUTF8("лебедев"));
    CHECK(search->GetValue() == wxString::FromUTF8("лебедев"));
    CHECK(shows(queue, sample::ambiguous));
    CHECK(queue.visibleCount() < 5);
    screenshot("02-search-by-name");

    // ё and е are one letter for the search: "Семёнова" finds the application typed with е
    // (and a generated Семёнова).
    typeInto(search, wxString::FromUTF8("Семёнова"));
    CHECK(shows(queue, sample::yoWithoutDots));
    CHECK(queue.visibleCount() <= 3);

    typeInto(search, "912-233-445"); // the first nine digits of Новикова Ева's SNILS
    CHECK(shownIds(queue) == std::vector<std::string>{sample::swappedDate});

    typeInto(search, "t-not-found");
    CHECK(shownIds(queue) == std::vector<std::string>{sample::notFound});

    // Esc clears the search, and everything new is back.
    pressKey(WXK_ESCAPE);
    CHECK(search->GetValue().empty());
    CHECK(queue.visibleCount() == 48);
}

TEST_CASE("The status filter shows the applications that need checking") {
    MainWindowFixture window;
    ui::QueuePanel& queue = window.frame().queue();
    queue.setStatusView(ui::StatusView::needsCheck);
    window.waitForWorker();
    CHECK_FALSE(shows(queue, sample::confirmedFirst));
    CHECK(shows(queue, sample::ambiguous));
    CHECK(shows(queue, sample::conflict));
    for (unsigned position = 0; position < queue.visibleCount(); ++position) {
        CHECK(queue.model().visibleRow(position).summary.verdict != Verdict::confirmed);
    }
    screenshot("03-needs-check");
}

TEST_CASE("Opening an application compares it with the roster letter by letter") {
    MainWindowFixture window;
    window.select(sample::yoWithoutDots);
    const wxString shown = comparisonText(window.frame());
    CHECK(shown.Contains(wxString::FromUTF8("Семенова")));
    CHECK(shown.Contains(wxString::FromUTF8("Семёнова")));
    CHECK(shown.Contains(wxString::FromUTF8("Алёна")));
    screenshot("04-detail-yo");

    window.select(sample::swappedDate);
    const wxString swapped = comparisonText(window.frame());
    CHECK(swapped.Contains("11.03.2014"));
    CHECK(swapped.Contains("03.11.2014"));
    screenshot("05-detail-swapped-date");

    window.select(sample::ambiguous);
    const ui::ApplicationDetail* detail = window.frame().detail().detail();
    REQUIRE(detail);
    REQUIRE(detail->candidates.size() == 2);
    CHECK(comparisonText(window.frame()).Contains(wxString::FromUTF8("Лебедев")));
    screenshot("06-detail-ambiguous");
}

TEST_CASE("From 1366x768 up the detail pane and the decision buttons fit beside the queue, in Russian") {
    MainWindowFixture window;
    ui::MainFrame& frame = window.frame();
    // The runner sets LANG=ru_RU.UTF-8 though the machine has no such locale: the program's own
    // catalog is what translates.
    CHECK(frame.GetMenuBar()->GetMenuLabelText(0) == wxString::FromUTF8("Файл"));
    const wxMenuBar& menus = *frame.GetMenuBar();
    for (std::size_t menu = 0; menu < menus.GetMenuCount(); ++menu) {
        CHECK(russian(menus.GetMenuLabelText(menu)));
        for (const wxMenuItem* item : menus.GetMenu(menu)->GetMenuItems()) {
            if (item->IsSeparator()) continue;
            INFO(item->GetItemLabelText());
            CHECK(russian(item->GetItemLabelText()));
            if (!item->GetHelp().empty()) CHECK(russian(item->GetHelp()));
        }
    }
    const auto* queue = findWindow<wxDataViewCtrl>(&frame, "queue");
    for (unsigned column = 0; column < queue->GetColumnCount(); ++column) {
        INFO(queue->GetColumn(column)->GetTitle());
        CHECK(russian(queue->GetColumn(column)->GetTitle()));
    }
    for (int field = 0; field < frame.GetStatusBar()->GetFieldsCount(); ++field) {
        const wxString text = frame.GetStatusBar()->GetStatusText(field);
        INFO(text);
        if (!text.empty()) CHECK(russian(text));
    }

    for (const wxSize size : {wxSize(1366, 768), wxSize(1440, 900)}) {
        frame.SetSize(size);
        window.select(sample::ambiguous);
        pumpEvents(std::chrono::milliseconds(100));
        INFO(size.x << "x" << size.y);
        CHECK(shownText(&frame).Contains(wxString::FromUTF8("Одобрить все подтверждённые")));

        const wxRect client(frame.ClientToScreen(wxPoint(0, 0)), frame.GetClientSize());
        CHECK(findWindow<wxWindow>(&frame, "comparison")->GetSize().x >= 380);
        std::vector<wxRect> buttons;
        for (const char* name : {"approve", "reject", "approveAll"}) {
            const wxWindow* button = findWindow<wxWindow>(&frame, name);
            const wxRect rect = button->GetScreenRect();
            INFO(name);
            CHECK(client.Contains(rect));
            CHECK(button->GetParent()->GetParent()->GetScreenRect().Contains(rect)); // within the detail pane
            for (const wxRect& other : buttons)
                CHECK_FALSE(other.Intersects(rect));
            buttons.push_back(rect);
        }
        screenshot(wxString::Format("07-detail-at-%dx%d", size.x, size.y).ToStdString());
    }
}

TEST_CASE("F1 lists the keyboard shortcuts, in Russian") {
    MainWindowFixture window;
    window.focusQueue();
    DialogAnswerer help(nullptr, wxID_OK, "08-keyboard-help");
    pressKey(WXK_F1);
    REQUIRE(help.waitForAnswer());
    CHECK(help.text().Contains(wxString::FromUTF8("Ctrl+F — поиск")));
    CHECK(help.text().Contains(wxString::FromUTF8("одобрить выбранное заявление")));
}
