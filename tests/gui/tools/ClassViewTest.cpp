#include "CatchCompat.hpp"
#include "GuiDriver.hpp"
#include "Samples.hpp"
#include "TempDir.hpp"
#include "app/Session.hpp"
#include "classview/ClassViewFrame.hpp"
#include "classview/CoverageChart.hpp"
#include "classview/PupilAccessList.hpp"
#include "logic/WxText.hpp"
#include "platform/Clock.hpp"
#include "services/ApplicationIntakeService.hpp"
#include "services/DecisionService.hpp"
#include "services/MatchService.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <wx/app.h>
#include <wx/choice.h>
#include <wx/printdlg.h>
#include <wx/prntbase.h>
#include <wx/stattext.h>

using namespace diarydesk;
using namespace diarydesk::test;
using namespace diarydesk::ui;

namespace {

// Three classes; in 5Б one pupil's parents are approved, one waits, one was rejected and the
// rejection delivered, and one pupil (whose name a prankster made a spreadsheet formula) has no
// application at all.
struct SchoolFixture {
    TempDir folder;
    std::string database = (folder / "school.db").string();
    SystemClock clock;

    SchoolFixture() {
        auto store = openStore(database);
        store->roster().insert(
            {pupil("P1", "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1), validSnils("123456789"),
                   "5Б"),
             pupil("P2", "Петрова", "Анна", "", CalendarDate(2014, 2, 3), validSnils("223456789"), "5Б"),
             pupil("P3", "Сидоров", "Олег", "", CalendarDate(2014, 3, 3), validSnils("323456789"), "5Б"),
             pupil("P4", "=HYPERLINK(\"http://evil.example\")", "Ян", "", CalendarDate(2014, 4, 4), "", "5Б"),
             pupil("P5", "Орлова", "Вера", "", CalendarDate(2009, 1, 1), validSnils("423456789"), "10А"),
             pupil("P6", "Белов", "Иван", "", CalendarDate(2018, 4, 4), validSnils("523456789"), "1А"),
             pupil("P7", "Белова", "Ирина", "", CalendarDate(2018, 6, 6), "", "1А")},
            1);
        ApplicationIntakeService(*store, clock)
            .take({application("A-1", 1, "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1),
                               validSnils("123456789")),
                   application("A-2", 1, "Петрова", "Анна", "", CalendarDate(2014, 2, 3),
                               validSnils("223456789")),
                   application("A-3", 1, "Сидоров", "Олег", "", CalendarDate(2014, 3, 3),
                               validSnils("323456789")),
                   application("A-5", 1, "Орлова", "Вера", "", CalendarDate(2009, 1, 1),
                               validSnils("423456789"))});
        MatchService(*store, clock).refreshStale();
        DecisionService decisions(*store, clock);
        decisions.decide(request("A-1", DecisionKind::approved));
        decisions.decide(request("A-5", DecisionKind::approved));
        DecisionRequest rejection = request("A-3", DecisionKind::rejected);
        rejection.reason = ReasonCode::notLegalRepresentative;
        const std::int64_t rejected = decisions.decide(rejection).decision.id;
        store->outbox().markAttemptStarted(rejected, "2026-11-20T10:00:00Z");
        store->outbox().finish(rejected, OutboxState::delivered, "", 200);
    }

    static DecisionRequest request(const std::string& id, DecisionKind kind) {
        DecisionRequest request;
        request.applicationId = id;
        request.kind = kind;
        request.user = "Петрова Н. В.";
        return request;
    }
};

// The class view frame, closed when the test is done with it, passed or failed.
struct FrameCloser {
    void operator()(ClassViewFrame* frame) const {
        frame->Destroy();
        pumpEvents();
    }
};
using ClassView = std::unique_ptr<ClassViewFrame, FrameCloser>;

bool loaded(Session& session, ClassViewFrame& frame) {
    return session.worker().outstanding() == 0 && frame.statusText().empty();
}

std::vector<wxString> choiceItems(wxChoice* choice) {
    std::vector<wxString> items;
    for (unsigned i = 0; i < choice->GetCount(); ++i)
        items.push_back(choice->GetString(i));
    return items;
}

} // namespace

TEST_CASE("the class view shows each pupil's access, charts the school, exports and prints",
          "[gui][classview]") {
    SchoolFixture school;
    Session session(school.database, "Петрова Н. В.");
    runInEventLoop([&] {
        ClassView view(new ClassViewFrame(nullptr, session));
        ClassViewFrame* frame = view.get();
        frame->Show();
        REQUIRE(waitUntil([&] { return loaded(session, *frame); }));

        auto* classes = findWindow<wxChoice>(frame, "class-choice");
        CHECK(choiceItems(classes) == std::vector<wxString>{wxString::FromUTF8("1А"),
                                                            wxString::FromUTF8("5Б"),
                                                            wxString::FromUTF8("10А")});
        CHECK(frame->currentClass() == "1А");
        CHECK(frame->pupilList().GetItemCount() == 2);

        choose(classes, 1);
        REQUIRE(waitUntil([&] { return loaded(session, *frame) && frame->pupilList().GetItemCount() == 4; }));
        PupilAccessList& list = frame->pupilList();
        CHECK(list.text(0, 1) == wxString::FromUTF8("Иванов Пётр Сергеевич"));
        CHECK(list.pupils()[0].state == AccessState::approved);
        CHECK(list.pupils()[1].state == AccessState::waiting);
        CHECK(list.pupils()[2].state == AccessState::rejected);
        CHECK(list.pupils()[3].state == AccessState::none);
        CHECK(list.text(0, 4).Contains(wxString::FromUTF8("Иванова")));
        const wxString counts = findWindow<wxStaticText>(frame, "class-counts")->GetLabel();
        CHECK(counts.Contains("4"));
        CHECK(counts.Contains("1"));
        const auto& coverage = frame->chart().coverage();
        REQUIRE(coverage.size() == 3);
        CHECK(coverage[1].counts.approved == 1);
        CHECK(coverage[1].counts.waiting == 1);
        CHECK(coverage[1].counts.rejected == 1);
        CHECK(coverage[1].counts.none == 1);
        CHECK(coverage[2].counts.approved == 1);
        screenshot("class-view-5B");

        // A click on 10А's bar in the chart chooses that class.
        const auto tenth = frame->chart().rowOf("10А");
        REQUIRE(tenth.has_value());
        clickAt(&frame->chart(), tenth->GetLeft() + tenth->GetWidth() / 2,
                tenth->GetTop() + tenth->GetHeight() / 2);
        REQUIRE(waitUntil([&] { return frame->currentClass() == "10А" && loaded(session, *frame); }));
        CHECK(list.GetItemCount() == 1);
        CHECK(classes->GetStringSelection() == wxString::FromUTF8("10А"));
        screenshot("class-view-10A-by-chart");

        // Export: the worker writes a CSV for Excel in which no cell can run as a formula.
        choose(classes, 1);
        REQUIRE(waitUntil([&] { return frame->currentClass() == "5Б" && loaded(session, *frame); }));
        const auto csvFile = school.folder / "5B.csv";
        frame->exportTo(wxString(csvFile.string()));
        REQUIRE(waitUntil(
            [&] { return session.worker().outstanding() == 0 && std::filesystem::exists(csvFile); }));
        const std::string csv = readFile(csvFile);
        CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
        CHECK(csv.find("'=HYPERLINK") != std::string::npos);
        CHECK(csv.find(";=HYPERLINK") == std::string::npos);
        CHECK(csv.find("\"=HYPERLINK") == std::string::npos);
        CHECK(csv.find("Сидоров Олег") != std::string::npos);

        // Printing: the page holds the class, its counts and every pupil; the preview shows it.
        const wxString html = frame->printableHtml();
        CHECK(html.Contains(wxString::FromUTF8("5Б")));
        CHECK(html.Contains(wxString::FromUTF8("Петрова Анна")));
        CHECK(html.Contains("&quot;http://evil.example&quot;"));
        frame->printPreview();
        wxPreviewFrame* preview = nullptr;
        REQUIRE(waitUntil([&] {
            for (wxWindow* window : wxTopLevelWindows) {
                if (auto* found = dynamic_cast<wxPreviewFrame*>(window)) preview = found;
            }
            return preview != nullptr;
        }));
        preview->SetSize(preview->FromDIP(wxSize(900, 960)));
        screenshot("class-view-print-preview");
        preview->Close();
        pumpEvents();

        // The layout is remembered: a narrower pupil column and the class come back next time.
        list.SetColumnWidth(1, 180);
        view.reset();
        ClassView again(new ClassViewFrame(nullptr, session));
        again->Show();
        REQUIRE(waitUntil([&] { return loaded(session, *again) && again->pupilList().GetItemCount() > 0; }));
        CHECK(again->currentClass() == "5Б");
        CHECK(again->pupilList().GetColumnWidth(1) == 180);
    });
}
