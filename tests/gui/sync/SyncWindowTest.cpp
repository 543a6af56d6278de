// Synchronisation from the main window, as staff use it: the Sync button and F5 against
// diarydesk-sim over TLS, the queue and the status line afterwards, what the server received, and
// a server that is down while the window goes on working.
#include "CatchCompat.hpp"
#include "GuiDriver.hpp"
#include "MainWindowFixture.hpp"
#include "SimProcess.hpp"
#include "TempDir.hpp"
#include "TestCertificates.hpp"
#include "main/MainFrame.hpp"
#include "main/StatusLine.hpp"
#include "platform/Clock.hpp"
#include "platform/TokenStore.hpp"
#include "queue/QueuePanel.hpp"
#include "sampledata/RosterCsvWriter.hpp"
#include "sampledata/RosterGenerator.hpp"
#include "services/DecisionService.hpp"
#include "services/MatchService.hpp"
#include "services/RosterImportService.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"
#include "sync/SyncController.hpp"
#include "sync/SyncService.hpp"
#include "sync/SyncSettings.hpp"

#include <wx/button.h>
#include <wx/intl.h>

using namespace diarydesk;
using namespace diarydesk::test;
using namespace std::chrono_literals;

namespace {

constexpr std::uint64_t schoolSeed = 7;
constexpr std::size_t rosterSize = 100;

// The simulator serving `count` applications of pupils on the roster the school imports below.
std::vector<std::string> simArguments(int count) {
    return {"--generate",    std::to_string(count),     "--data-seed", std::to_string(schoolSeed),
            "--roster-size", std::to_string(rosterSize)};
}

// The school's roster imported, sync set up for `sim` (the token in the test's data folder), no
// applications yet.
MainWindowFixture::Preparation schoolSyncingWith(const SimProcess& sim,
                                                 const TestCertificates& certificates) {
    return [&sim, &certificates](Store& store, const Clock& clock) {
        MatchService matching(store, clock);
        RosterImportOptions options;
        options.user = "test";
        options.sourceName = "roster.csv";
        RosterImportService(store, clock, &matching)
            .importBytes(sampledata::writeRosterCsv(sampledata::generateRoster(rosterSize, schoolSeed),
                                                    TextEncoding::utf8, ';',
                                                    sampledata::RosterCsvLayout::separateNames, true, false),
                         options);
        SyncSettings settings;
        settings.serverUrl = sim.url();
        settings.schoolId = SimProcess::school;
        settings.caFile = certificates.trustedCa.string();
        settings.save(store.settings());
        TokenStore().save(SimProcess::token);
    };
}

// A school syncing with a simulator of its own that serves `applications` with the certificate
// `served`, and the window on it.
struct SyncingSchool {
    explicit SyncingSchool(int applications,
                           TestCertificates::ServerFiles TestCertificates::*served = &TestCertificates::good)
        : sim(folder.path(), certificates.*served, simArguments(applications))
        , window(schoolSyncingWith(sim, certificates)) {}

    TempDir folder;
    TestCertificates certificates{folder.path()};
    SimProcess sim;
    MainWindowFixture window;
};

ui::SyncController& syncOf(MainWindowFixture& window) {
    return window.frame().sync();
}

// Waits until the sync in progress (or the `runs`-th one) has ended and the queue has reloaded.
void waitForSync(MainWindowFixture& window, int runs) {
    REQUIRE(waitUntil([&] { return syncOf(window).finishedRuns() >= runs; }, 15s));
    window.waitForWorker();
}

wxString pendingShown(int count) {
    return wxString::Format(_("Waiting to be sent: %d"), count);
}

bool showsLastSync(ui::StatusLine& status) {
    const wxString prefix = wxString::Format(_("Last sync: %s"), "");
    return status.syncStateText().StartsWith(prefix) && status.syncStateText().length() > prefix.length();
}

// What the sync hands to the notice bar (which still shows it).
std::shared_ptr<std::vector<wxString>> recordNotices(MainWindowFixture& window) {
    auto notices = std::make_shared<std::vector<wxString>>();
    syncOf(window).onNotice = [notices, show = syncOf(window).onNotice](const wxString& text) {
        notices->push_back(text);
        show(text);
    };
    return notices;
}

// Another desk with a database of its own pulls from `sim` and rejects `applicationId` first.
void rejectAtAnotherDesk(const SimProcess& sim, const TestCertificates& certificates,
                         const std::filesystem::path& folder, const std::string& applicationId) {
    const SystemClock clock;
    const std::unique_ptr<Store> store = diarydesk::openStore((folder / "other-desk.db").string());
    const SyncConnection connection{sim.url(), SimProcess::school, SimProcess::token, certificates.trustedCa};
    SyncService(*store, clock).run(connection);
    DecisionRequest request;
    request.applicationId = applicationId;
    request.kind = DecisionKind::rejected;
    request.reason = ReasonCode::dataMismatch;
    request.user = "other desk";
    DecisionService(*store, clock).decide(request);
    REQUIRE(SyncService(*store, clock).run(connection).pushed == 1);
}

int pendingInDatabase(const MainWindowFixture& window) {
    return window.openStore()->outbox().countPending();
}

// Pulls with the Sync button, then approves the first confirmed application with the keyboard.
std::string pullAndApproveOne(MainWindowFixture& window) {
    ui::StatusLine& status = window.frame().statusLine();
    click(status.syncButton());
    waitForSync(window, 1);
    const std::vector<std::string> confirmed = window.frame().queue().confirmedInView();
    REQUIRE(!confirmed.empty());
    window.select(confirmed.front());
    window.focusQueue();
    pressKey('A');
    window.waitForWorker();
    REQUIRE(pendingInDatabase(window) == 1);
    return confirmed.front();
}

} // namespace

TEST_CASE("The Sync button pulls the applications; an approval is delivered once with F5") {
    SyncingSchool school(6);
    MainWindowFixture& window = school.window;
    ui::StatusLine& status = window.frame().statusLine();
    CHECK(window.frame().queue().visibleCount() == 0);
    REQUIRE(waitUntil([&] { return status.syncStateText() == _("Sync: not yet run"); }));

    // Started as the button does; until events are pumped its result cannot arrive, so the button
    // is greyed out, and another trigger meanwhile (F5, the menu, the timer) starts no second sync.
    syncOf(window).syncNow();
    CHECK(syncOf(window).running());
    CHECK_FALSE(status.syncButton()->IsEnabled());
    syncOf(window).syncNow();
    syncOf(window).syncInBackground();
    waitForSync(window, 1);
    pumpEvents(200ms);
    CHECK(syncOf(window).finishedRuns() == 1);
    CHECK(status.syncButton()->IsEnabled());
    CHECK(window.frame().queue().visibleCount() == 6);
    CHECK(showsLastSync(status));
    CHECK(status.pendingText() == pendingShown(0));
    screenshot("01-pulled");

    const std::vector<std::string> confirmed = window.frame().queue().confirmedInView();
    REQUIRE(!confirmed.empty());
    const std::string approved = confirmed.front();
    window.select(approved);
    window.focusQueue();
    pressKey('A');
    window.waitForWorker();
    CHECK(status.pendingText() == pendingShown(1));
    screenshot("02-approved-waiting");

    pressKey(WXK_F5);
    waitForSync(window, 2);
    CHECK(status.pendingText() == pendingShown(0));
    CHECK(showsLastSync(status));
    CHECK(pendingInDatabase(window) == 0);
    const auto journal = school.sim.journal();
    CHECK(countEntries(journal, [&](const auto& entry) {
              return entry["method"] == "POST" && entry.value("application", "") == approved;
          }) == 1);
    CHECK(countEntries(journal, [](const auto& entry) { return entry["applied"] == true; }) == 1);
    screenshot("03-delivered");

    // Nothing new on either side: a third sync sends nothing again.
    pressKey(WXK_F5);
    waitForSync(window, 3);
    CHECK(countEntries(school.sim.journal(), [](const auto& entry) { return entry["method"] == "POST"; }) ==
          1);
}

TEST_CASE("With the server stopped the window goes on working and the decision keeps waiting") {
    SyncingSchool school(6);
    MainWindowFixture& window = school.window;
    ui::StatusLine& status = window.frame().statusLine();
    const std::string approved = pullAndApproveOne(window);
    school.sim.stop();

    // Long enough to see the window at work while the sync retries, short for the test.
    syncOf(window).setRetryBudget(4s);
    pressKey(WXK_F5);
    REQUIRE(syncOf(window).running());
    // The queue and the detail pane go on working on the session's worker meanwhile.
    const std::vector<std::string> confirmed = window.frame().queue().confirmedInView();
    REQUIRE(!confirmed.empty());
    window.select(confirmed.front());
    CHECK(syncOf(window).running());
    screenshot("04-syncing-while-working");

    waitForSync(window, 2);
    CHECK(status.syncStateText() == wxString::Format(wxPLURAL("Server unreachable, %d decision waiting",
                                                              "Server unreachable, %d decisions waiting", 1),
                                                     1));
    CHECK(status.pendingText() == pendingShown(1));
    CHECK(pendingInDatabase(window) == 1);
    CHECK(window.openStore()->outbox().pending().front().applicationId == approved);
    screenshot("05-server-unreachable");
}

TEST_CASE("A refused token is told in a notice and the status line, and nothing is delivered") {
    SyncingSchool school(2);
    MainWindowFixture& window = school.window;
    TokenStore().save("an-expired-token");
    const auto notices = recordNotices(window);

    click(window.frame().statusLine().syncButton());
    waitForSync(window, 1);
    CHECK(window.frame().statusLine().syncStateText() == _("Sync: the token was refused"));
    CHECK(window.frame().queue().visibleCount() == 0);
    REQUIRE(notices->size() == 1);
    CHECK(notices->front() ==
          _("The server did not accept the token (it may have expired): enter a new one in Settings."));
    CHECK_FALSE(shownText(&window.frame()).Contains("an-expired-token"));
    screenshot("06-token-refused");
}

TEST_CASE("A decision the server already has from another desk is listed in a notice") {
    SyncingSchool school(4);
    MainWindowFixture& window = school.window;
    const auto notices = recordNotices(window);
    const std::string approved = pullAndApproveOne(window);
    rejectAtAnotherDesk(school.sim, school.certificates, school.folder.path(), approved);

    pressKey(WXK_F5);
    waitForSync(window, 2);
    REQUIRE(notices->size() == 1);
    CHECK(notices->front() == wxString::Format(_("Already rejected on the server: %s"), approved));
    CHECK(showsLastSync(window.frame().statusLine()));
    CHECK(pendingInDatabase(window) == 0);
    screenshot("07-conflict-notice");
}

TEST_CASE("A server certificate from a CA the school does not trust stops the sync before anything is sent") {
    SyncingSchool school(2, &TestCertificates::otherCa);
    MainWindowFixture& window = school.window;
    const auto notices = recordNotices(window);

    click(window.frame().statusLine().syncButton());
    waitForSync(window, 1);
    CHECK(window.frame().statusLine().syncStateText() == _("Sync: the server's certificate was refused"));
    REQUIRE(notices->size() == 1);
    CHECK(notices->front() ==
          _("The server's certificate was refused, nothing was sent. Check the server address "
            "and the CA file in Settings."));
    CHECK(school.sim.journal().empty());
    CHECK(window.frame().queue().visibleCount() == 0);
    screenshot("08-certificate-refused");
}

TEST_CASE("The timer syncs in the background and stays quiet while the server is down") {
    SyncingSchool school(2);
    MainWindowFixture& window = school.window;
    const auto notices = recordNotices(window);
    ui::SyncController& sync = syncOf(window);

    // Short, so that a run the server's end catches in the middle is over soon.
    sync.setRetryBudget(300ms);
    sync.startTimer(200ms);
    waitForSync(window, 1);
    CHECK(window.frame().queue().visibleCount() == 2);

    school.sim.stop();
    // A run that started after the server went away.
    const int runs = sync.finishedRuns();
    waitForSync(window, runs + 2);
    sync.startTimer();
    CHECK(window.frame().statusLine().syncStateText() ==
          wxString::Format(wxPLURAL("Server unreachable, %d decision waiting",
                                    "Server unreachable, %d decisions waiting", 0),
                           0));
    CHECK(notices->empty());
    screenshot("09-background-unreachable");
}
