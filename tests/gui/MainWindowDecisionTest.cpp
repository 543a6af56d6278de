// Decisions in the main window, taken with the keyboard as a secretary does, checked in the
// database afterwards.
#include "CatchCompat.hpp"
#include "DialogAnswerer.hpp"
#include "GuiDriver.hpp"
#include "MainWindowFixture.hpp"
#include "SampleSchool.hpp"
#include "detail/DetailPanel.hpp"
#include "main/MainFrame.hpp"
#include "queue/QueuePanel.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/Store.hpp"

#include <wx/dialog.h>
#include <wx/textctrl.h>

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

std::optional<Decision> decisionOn(const MainWindowFixture& window, const std::string& applicationId) {
    return window.openStore()->decisions().forApplication(applicationId);
}

} // namespace

TEST_CASE("A confirmed application is approved with one key and the next one is selected") {
    MainWindowFixture window;
    window.select(sample::confirmedFirst);
    window.focusQueue();
    pressKey('A');
    window.waitForWorker();

    const auto decision = decisionOn(window, sample::confirmedFirst);
    REQUIRE(decision);
    CHECK(decision->kind == DecisionKind::approved);
    CHECK(decision->pupilRosterId == std::string("R-KUZNETSOVA"));
    CHECK(decision->decidedBy == "secretary");
    CHECK(window.summaryOf(sample::confirmedFirst).status == QueueStatus::decided);
    // Decided applications leave the "new" view; the one after it is selected.
    REQUIRE(window.frame().queue().selectedRow());
    CHECK(window.frame().queue().selectedRow()->summary.id == sample::confirmedSecond);
    screenshot("10-approved-next-selected");
}

TEST_CASE("Rejecting asks for a reason, and another reason needs a comment") {
    MainWindowFixture window;
    window.select(sample::notFound);
    window.focusQueue();
    DialogAnswerer answer(
        [](wxDialog& dialog) {
            pressKey('6'); // another reason
            pressKey(WXK_RETURN);
            CHECK(dialog.IsModal()); // not without a comment
            screenshot("11-reason-needs-comment");
            typeText(wxString::FromUTF8("Приходите в школу с документами"));
            pressKey(WXK_RETURN, wxMOD_CONTROL);
        },
        "11-reason-dialog");
    pressKey('R');
    REQUIRE(answer.waitForAnswer());
    window.waitForWorker();

    CHECK(answer.text().Contains(wxString::FromUTF8("Ковалёв Тимур")));
    const auto decision = decisionOn(window, sample::notFound);
    REQUIRE(decision);
    CHECK(decision->kind == DecisionKind::rejected);
    CHECK(decision->reason == ReasonCode::other);
    CHECK(decision->comment == "Приходите в школу с документами");
}

TEST_CASE("Rejecting with the suggested reason takes two keys") {
    MainWindowFixture window;
    window.select(sample::swappedDate);
    window.focusQueue();
    DialogAnswerer answer([](wxDialog&) { pressKey(WXK_RETURN); });
    pressKey('R');
    REQUIRE(answer.waitForAnswer());
    window.waitForWorker();
    const auto decision = decisionOn(window, sample::swappedDate);
    REQUIRE(decision);
    CHECK(decision->reason == ReasonCode::dataMismatch);
}

TEST_CASE("An ambiguous application is approved only for the pupil chosen, after a confirmation") {
    MainWindowFixture window;
    window.select(sample::ambiguous);
    window.focusQueue();

    pressKey('A'); // no pupil chosen yet: nothing is decided
    window.waitForWorker();
    CHECK_FALSE(decisionOn(window, sample::ambiguous));

    window.focusQueue();
    pressKey('2');
    window.waitForWorker();
    const ui::ApplicationDetail* detail = window.frame().detail().detail();
    REQUIRE(detail);
    REQUIRE(detail->candidates.size() >= 2);
    const std::string chosen = detail->candidates[1].match.pupilId;
    screenshot("12-ambiguous-second-chosen");

    DialogAnswerer confirm([](wxDialog&) { pressKey(WXK_RETURN); }, "13-confirm-chosen-pupil");
    window.focusQueue();
    pressKey('A');
    REQUIRE(confirm.waitForAnswer());
    window.waitForWorker();
    CHECK(confirm.text().Contains(wxString::FromUTF8("Лебедев")));
    const auto decision = decisionOn(window, sample::ambiguous);
    REQUIRE(decision);
    CHECK(decision->kind == DecisionKind::approved);
    CHECK(decision->pupilRosterId == chosen);
}

TEST_CASE("Enter does not approve a conflict: the override needs the box ticked") {
    MainWindowFixture window;
    window.select(sample::conflict);
    window.focusQueue();
    pressKey('1');
    window.waitForWorker();
    DialogAnswerer refuse([](wxDialog&) { pressKey(WXK_RETURN); }, "14-conflict-warning");
    pressKey('A');
    REQUIRE(refuse.waitForAnswer());
    window.waitForWorker();
    CHECK_FALSE(decisionOn(window, sample::conflict));
}

TEST_CASE("Approve all confirmed names the number first and approves exactly those") {
    MainWindowFixture window;
    const std::size_t confirmedInSchool = window.frame().queue().confirmedInView().size();
    DialogAnswerer confirm([](wxDialog&) { pressKey(WXK_RETURN); }, "15-approve-all-confirmed");
    typeInto(findWindow<wxWindow>(&window.frame(), "search"),
             "T-CONF"); // the shortcut works from the search box too
    pressKey('A', wxMOD_CONTROL | wxMOD_SHIFT);
    REQUIRE(confirm.waitForAnswer());
    window.waitForWorker();
    // Only those in the current filter: the three T-CONFIRMED ones.
    const std::size_t confirmed = 3;
    CHECK(confirmedInSchool > confirmed);
    CHECK(confirm.text().Contains(wxString::Format("%d", static_cast<int>(confirmed))));

    const auto store = window.openStore();
    int approved = 0;
    for (const ui::QueueRow& row : window.frame().queue().model().rows()) {
        const auto decision = store->decisions().forApplication(row.summary.id);
        if (row.summary.id.rfind("T-CONFIRMED", 0) == 0) {
            CHECK(decision);
            approved += decision ? 1 : 0;
        } else {
            CHECK_FALSE(decision);
        }
    }
    CHECK(approved == static_cast<int>(confirmed));
    screenshot("16-after-approve-all");
}

TEST_CASE("A decision not yet sent can be changed") {
    MainWindowFixture window;
    window.select(sample::confirmedThird);
    window.focusQueue();
    pressKey('A');
    window.waitForWorker();
    REQUIRE(decisionOn(window, sample::confirmedThird)->kind == DecisionKind::approved);

    window.frame().queue().setStatusView(ui::StatusView::decided);
    window.select(sample::confirmedThird);
    window.focusQueue();
    DialogAnswerer answer([](wxDialog&) {
        pressKey('4'); // a repeated application
        pressKey(WXK_RETURN);
    });
    pressKey('R');
    REQUIRE(answer.waitForAnswer());
    window.waitForWorker();
    const auto decision = decisionOn(window, sample::confirmedThird);
    REQUIRE(decision);
    CHECK(decision->kind == DecisionKind::rejected);
    CHECK(decision->reason == ReasonCode::duplicateApplication);
}
