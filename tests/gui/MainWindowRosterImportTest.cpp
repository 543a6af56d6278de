// A roster imported from the main window (Ctrl+I) through the wizard: the application whose
// child was missing from the roster is matched again and confirmed.
#include "CatchCompat.hpp"
#include "DialogAnswerer.hpp"
#include "GuiDriver.hpp"
#include "MainWindowFixture.hpp"
#include "SampleSchool.hpp"
#include "Samples.hpp"
#include "app/Session.hpp"
#include "main/MainFrame.hpp"
#include "queue/QueuePanel.hpp"
#include "roster/RosterImportWizard.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/Store.hpp"

#include <wx/button.h>
#include <wx/textctrl.h>

using namespace diarydesk;
using namespace diarydesk::test;
using Step = ui::RosterImportWizard::Step;

namespace {

std::optional<Verdict> shownVerdict(ui::QueuePanel& queue, const std::string& applicationId) {
    for (const ui::QueueRow& row : queue.model().rows()) {
        if (row.summary.id == applicationId) return row.summary.verdict;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Ctrl+I imports a roster through the wizard, and the application not found is then confirmed") {
    MainWindowFixture window;
    REQUIRE(window.summaryOf(sample::notFound).verdict == Verdict::notFound);
    // Ковалёв Тимур enrolled: the new roster has him, with the SNILS his parent gave.
    const auto file = window.folder() / "roster-with-kovalyov.csv";
    writeFile(file, sampleSchoolRosterCsv({pupil("R-KOVALYOV", "Ковалёв", "Тимур", "Русланович",
                                                 {2015, 6, 30}, validSnils("998877665"), "4Б")}));

    ui::Session& session = window.session();
    DialogAnswerer answer(
        [&](wxDialog& dialog) {
            auto& wizard = dynamic_cast<ui::RosterImportWizard&>(dialog);
            const auto settled = [&] { return !wizard.busy() && session.worker().outstanding() == 0; };
            auto* next = dynamic_cast<wxButton*>(wizard.FindWindow(wxID_FORWARD));
            REQUIRE(next);
            REQUIRE(waitUntil(settled));
            typeInto(findWindow<wxTextCtrl>(&wizard, "roster-file"), file.string());
            pressKey(WXK_RETURN);
            REQUIRE(waitUntil([&] { return wizard.step() == Step::preview && settled(); }));
            click(next);
            REQUIRE(waitUntil([&] { return wizard.step() == Step::check && settled(); }));
            REQUIRE(wizard.state().check.has_value());
            CHECK(wizard.state().check->added == 1);
            CHECK(wizard.state().check->left == 0);
            screenshot("30-roster-import-check");
            click(next);
            REQUIRE(waitUntil([&] { return wizard.step() == Step::summary && settled(); }));
            screenshot("31-roster-import-summary");
            pressKey(WXK_RETURN); // Close
        },
        "30-roster-import-opened");
    window.focusQueue();
    pressKey('I', wxMOD_CONTROL);
    REQUIRE(answer.waitForAnswer());

    // The queue is read again and the stale matches redone, in the background.
    REQUIRE(waitUntil(
        [&] { return shownVerdict(window.frame().queue(), sample::notFound) == Verdict::confirmed; }));
    window.waitForWorker();
    CHECK(window.summaryOf(sample::notFound).verdict == Verdict::confirmed);
    CHECK(window.openStore()->roster().present().size() == 310);
    window.select(sample::notFound);
    screenshot("32-after-roster-import");
}
