#include "main/MainFrame.hpp"

#include "app/Session.hpp"
#include "common/Icons.hpp"
#include "common/StandardDialog.hpp"
#include "decision/DecisionBar.hpp"
#include "decision/DecisionFlow.hpp"
#include "detail/DetailPanel.hpp"
#include "logic/ApprovalPolicy.hpp"
#include "logic/DisplayTexts.hpp"
#include "logic/WxText.hpp"
#include "main/KeyboardHelp.hpp"
#include "main/StatusLine.hpp"
#include "queue/QueuePanel.hpp"
#include "services/MatchService.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/SettingsRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"
#include "sync/SyncController.hpp"

// The roster wizard, the class view and the settings dialog are built alongside; until one of
// them is in the tree its menu item stays greyed out.
#if __has_include("roster/RosterImportWizard.hpp")
#include "roster/RosterImportWizard.hpp"
#define DIARYDESK_HAS_ROSTER_WIZARD 1
#endif
#if __has_include("classview/ClassViewFrame.hpp")
#include "classview/ClassViewFrame.hpp"
#define DIARYDESK_HAS_CLASS_VIEW 1
#endif
#if __has_include("settings/SettingsDialog.hpp")
#include "settings/SettingsDialog.hpp"
#define DIARYDESK_HAS_SETTINGS 1
#endif

#include <spdlog/spdlog.h>
#include <wx/config.h>
#include <wx/infobar.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/persist/splitter.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/splitter.h>

#include <chrono>

namespace diarydesk::ui {
namespace {

// Set while the program loads, before main(): the start the "queue shown" line counts from.
const std::chrono::steady_clock::time_point programStarted = std::chrono::steady_clock::now();

enum CommandId {
    idApprove = wxID_HIGHEST + 1,
    idReject,
    idApproveAll,
    idFind,
    idFocusQueue,
    idReload,
    idSync,
    idImportRoster,
    idClassView,
    idKeyboardHelp,
    idStatusViewFirst, // one per status view, in allStatusViews order
};

struct LoadedQueue {
    std::vector<QueueRow> rows;
    std::string schoolId;
};

} // namespace

MainFrame::MainFrame(Session& session)
    : wxFrame(nullptr, wxID_ANY, "DiaryDesk", wxDefaultPosition, wxDefaultSize)
    , session_(session)
    , decisions_(std::make_unique<DecisionFlow>(this, session)) {
    SetName("main");
    SetIcons(wxIconBundle(icon("diarydesk", 48).GetIcon(wxSize(48, 48))));
    infoBar_ = new wxInfoBar(this);
    splitter_ =
        new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    splitter_->SetName("splitter");
    splitter_->SetMinimumPaneSize(FromDIP(380));
    queue_ = new QueuePanel(splitter_);
    auto* right = new wxPanel(splitter_);
    detail_ = new DetailPanel(right, session_);
    decisionBar_ = new DecisionBar(right);
    auto* rightSizer = new wxBoxSizer(wxVERTICAL);
    rightSizer->Add(detail_, wxSizerFlags(1).Expand());
    rightSizer->Add(decisionBar_, wxSizerFlags().Expand());
    right->SetSizer(rightSizer);
    // The detail pane keeps the width its comparison and decision buttons need and the queue
    // takes the rest, also while the window first grows to its size (the sash is asked for
    // relative to the right edge, and wx holds the request until the splitter is that wide).
    splitter_->SplitVertically(queue_, right, -FromDIP(580));
    splitter_->SetSashGravity(1.0);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(infoBar_, wxSizerFlags().Expand());
    sizer->Add(splitter_, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    status_ = new StatusLine(this);
    SetStatusBar(status_);
    status_->setDatabase(fromUtf8(session_.databaseLocation()));
    buildMenu();
    sync_ = std::make_unique<SyncController>(*this, session_, *status_, idSync);
    sync_->onNotice = [this](const wxString& text) { showNotice(text); };
    sync_->onQueueChanged = [this] { reloadQueue(); };
    sync_->refreshState();
    sync_->startTimer();

    queue_->onSelectionChanged = [this](const QueueRow* row) { onSelectionChanged(row); };
    queue_->onViewChanged = [this] { updateDecisionBar(); };
    queue_->onCommandKey = [this](QueueKey key, int number) {
        switch (key) {
        case QueueKey::approve:
            approveSelected();
            break;
        case QueueKey::reject:
            rejectSelected();
            break;
        case QueueKey::chooseCandidate:
            chooseCandidate(number);
            break;
        }
    };
    detail_->onChosenPupilChanged = [this] { updateDecisionBar(); };
    decisionBar_->onApprove = [this] { approveSelected(); };
    decisionBar_->onReject = [this] { rejectSelected(); };
    decisionBar_->onApproveAllConfirmed = [this] { approveAllConfirmed(); };
    decisions_->onDecided = [this](QueueRow row) {
        queue_->updateAfterDecision(std::move(row));
        detail_->reload();
        refreshPendingCount();
    };
    decisions_->onApprovedAll = [this](int, std::vector<QueueRow> rows) {
        queue_->setRows(std::move(rows));
        detail_->reload();
        refreshPendingCount();
    };
    decisions_->onNotice = [this](const wxString& text) { showNotice(text); };
    decisions_->onBusyChanged = [this] { updateDecisionBar(); };
    decisions_->onChoosePupil = [this] { detail_->focusCandidates(); };
    noticeTimer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { infoBar_->Dismiss(); });
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    // GTK's text boxes keep Ctrl+Shift+A (select nothing) from the menu; staff expect the
    // shortcut to work while the search box has the focus too.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetModifiers() == (wxMOD_CONTROL | wxMOD_SHIFT) && event.GetKeyCode() == 'A') {
            approveAllConfirmed();
            return;
        }
        event.Skip();
    });

    SetSize(FromDIP(wxSize(1400, 860)));
    SetMinSize(FromDIP(wxSize(900, 560)));
    wxPersistentRegisterAndRestore(this, "MainFrame");
    wxPersistentRegisterAndRestore(splitter_, "MainSplitter");
    queue_->restoreLayout();
    updateTitle();
    status_->setActivity(_("Loading applications..."));
}

MainFrame::~MainFrame() = default;

void MainFrame::buildMenu() {
    auto* file = new wxMenu;
    file->Append(idImportRoster, _("&Import roster...\tCtrl+I"), _("Load the school roster from a CSV file"));
    file->Append(idClassView, _("&Classes...\tCtrl+L"), _("Parents' access by class, for class teachers"));
    file->Append(wxID_PREFERENCES, _("&Settings...\tCtrl+,"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("E&xit\tCtrl+Q"));

    auto* application = new wxMenu;
    application->Append(idApprove, _("&Approve\tCtrl+Enter"), _("Approve the selected application"));
    application->Append(idReject, _("&Reject...\tCtrl+R"),
                        _("Reject the selected application with a reason"));
    application->Append(idApproveAll, _("Approve all &confirmed...\tCtrl+Shift+A"));
    application->AppendSeparator();
    application->Append(idFind, _("&Find\tCtrl+F"), _("Search by name, SNILS, date of birth or number"));
    application->Append(idFocusQueue, _("Go to the &queue\tF6"));
    application->Append(idReload, _("Re&load the queue\tCtrl+F5"));
    application->Append(idSync, _("&Synchronise now\tF5"), _("Fetch new applications and send the decisions"));

    auto* view = new wxMenu;
    for (std::size_t i = 0; i < std::size(allStatusViews); ++i) {
        const wxString key = i == 0 ? wxString("Ctrl+0") : wxString::Format("Ctrl+%d", static_cast<int>(i));
        view->AppendRadioItem(idStatusViewFirst + static_cast<int>(i),
                              statusViewLabel(allStatusViews[i]) + "\t" + key);
    }
    view->Check(idStatusViewFirst + static_cast<int>(queue_->statusView()), true);

    auto* help = new wxMenu;
    help->Append(idKeyboardHelp, _("&Keyboard shortcuts\tF1"));
    help->Append(wxID_ABOUT, _("&About DiaryDesk"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(application, _("&Application"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
#ifndef DIARYDESK_HAS_ROSTER_WIZARD
    bar->Enable(idImportRoster, false);
#endif
#ifndef DIARYDESK_HAS_CLASS_VIEW
    bar->Enable(idClassView, false);
#endif
#ifndef DIARYDESK_HAS_SETTINGS
    bar->Enable(wxID_PREFERENCES, false);
#endif

    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { approveSelected(); }, idApprove);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { rejectSelected(); }, idReject);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { approveAllConfirmed(); }, idApproveAll);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { queue_->focusSearch(); }, idFind);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { queue_->focusList(); }, idFocusQueue);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { reloadQueue(); }, idReload);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { sync_->syncNow(); }, idSync);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { openRosterImport(); }, idImportRoster);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { openClassView(); }, idClassView);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { openSettings(); }, wxID_PREFERENCES);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { showKeyboardHelp(); }, idKeyboardHelp);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            showMessage(
                this, "DiaryDesk",
                _("Checks parents' applications for e-diary access against the school roster and sends the "
                  "decisions to the central diary server."));
        },
        wxID_ABOUT);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& event) {
            queue_->setStatusView(
                allStatusViews[static_cast<std::size_t>(event.GetId() - idStatusViewFirst)]);
        },
        idStatusViewFirst, idStatusViewFirst + static_cast<int>(std::size(allStatusViews)) - 1);
}

void MainFrame::reloadQueue() {
    status_->setActivity(_("Loading applications..."));
    session_.worker().run<LoadedQueue>(
        this,
        [](JobContext& context) {
            LoadedQueue loaded;
            loaded.rows = makeQueueRows(context.store().applications().summaries());
            loaded.schoolId = context.store().settings().get("sync.school_id").value_or("");
            return loaded;
        },
        {[this](LoadedQueue& loaded) {
             schoolName_ = loaded.schoolId;
             updateTitle();
             const std::size_t count = loaded.rows.size();
             queue_->setRows(std::move(loaded.rows));
             if (!queueShown_) logQueueShown(count);
             status_->setActivity(
                 wxString::Format(wxPLURAL("%d application", "%d applications", static_cast<int>(count)),
                                  static_cast<int>(count)));
             refreshPendingCount();
             refreshStaleMatches();
         },
         [this](const JobFailure& failure) {
             status_->setActivity(_("The applications could not be loaded."));
             showError(this, _("The applications could not be loaded."), failure.message);
         },
         {}});
}

// How long staff waited for the queue, in the log for support and the GUI benchmark: once the
// rows are in the list (GTK draws them in its next frame; bench-gui measures that step too).
void MainFrame::logQueueShown(std::size_t count) {
    queueShown_ = true;
    CallAfter([count] {
        const auto waited = std::chrono::steady_clock::now() - programStarted;
        spdlog::info("queue shown: {} applications, {} ms after the program started", count,
                     std::chrono::duration_cast<std::chrono::milliseconds>(waited).count());
    });
}

void MainFrame::refreshStaleMatches() {
    session_.worker().run<std::size_t>(
        this,
        [](JobContext& context) {
            return MatchService(context.store(), context.clock()).refreshStale(context.progress());
        },
        {[this](std::size_t& matched) {
             status_->setProgress(-1);
             if (matched > 0) reloadQueue();
         },
         [this](const JobFailure& failure) {
             status_->setProgress(-1);
             showNotice(failure.message);
         },
         [this](double fraction, const wxString& stage) {
             status_->setActivity(stage);
             status_->setProgress(fraction);
         }});
}

void MainFrame::refreshPendingCount() {
    session_.worker().run<int>(this,
                               [](JobContext& context) { return context.store().outbox().countPending(); },
                               {[this](int& pending) { status_->setPendingDecisions(pending); }, {}, {}});
}

void MainFrame::onSelectionChanged(const QueueRow* row) {
    detail_->showApplication(row ? row->summary.id : std::string{});
    updateDecisionBar();
}

void MainFrame::updateDecisionBar() {
    const QueueRow* row = queue_->selectedRow();
    if (!row) {
        decisionBar_->update(nullptr, false, queue_->confirmedInView().size(), decisions_->busy());
        return;
    }
    std::optional<std::string> chosen;
    if (detail_->detail() && detail_->detail()->summary.id == row->summary.id)
        chosen = detail_->chosenPupilId();
    const ApprovalCheck check = checkApproval(row->summary, chosen);
    decisionBar_->update(&check, !whyNotDecidable(row->summary).has_value(), queue_->confirmedInView().size(),
                         decisions_->busy());
}

void MainFrame::approveSelected() {
    const QueueRow* row = queue_->selectedRow();
    if (!row) return;
    const ApplicationDetail* detail = detail_->detail();
    std::optional<std::string> chosen;
    if (detail && detail->summary.id == row->summary.id) chosen = detail_->chosenPupilId();
    decisions_->approve(*row, detail, chosen);
}

void MainFrame::rejectSelected() {
    if (const QueueRow* row = queue_->selectedRow()) decisions_->reject(*row, detail_->detail());
}

void MainFrame::approveAllConfirmed() {
    decisions_->approveAllConfirmed(queue_->confirmedInView());
}

void MainFrame::chooseCandidate(int number) {
    if (!detail_->chooseCandidate(number))
        showNotice(wxString::Format(_("There is no candidate %d."), number));
}

void MainFrame::showNotice(const wxString& text) {
    infoBar_->ShowMessage(text, wxICON_INFORMATION);
    noticeTimer_.StartOnce(8000);
}

void MainFrame::updateTitle() {
    wxString title = "DiaryDesk";
    if (!schoolName_.empty())
        title +=
            wxString::FromUTF8(" \xE2\x80\x94 ") + wxString::Format(_("school %s"), fromUtf8(schoolName_));
    SetTitle(title);
}

void MainFrame::showKeyboardHelp() {
    showMessage(this, _("Keyboard shortcuts"), keyboardHelpText());
}

void MainFrame::openRosterImport() {
#ifdef DIARYDESK_HAS_ROSTER_WIZARD
    runRosterImportWizard(this, session_, [this] { reloadQueue(); });
#endif
}

void MainFrame::openClassView() {
#ifdef DIARYDESK_HAS_CLASS_VIEW
    if (!classView_) classView_ = new ClassViewFrame(this, session_);
    classView_->Show();
    classView_->Raise();
#endif
}

void MainFrame::openSettings() {
#ifdef DIARYDESK_HAS_SETTINGS
    const std::string before = session_.databaseLocation();
    if (!runSettingsDialog(this, session_)) return;
    if (session_.databaseLocation() != before) {
        status_->setDatabase(fromUtf8(session_.databaseLocation()));
        detail_->showApplication({});
    }
    sync_->refreshState();
    reloadQueue();
#endif
}

void MainFrame::onClose(wxCloseEvent& event) {
    queue_->saveLayout();
    wxConfigBase::Get()->Flush();
    event.Skip();
}

} // namespace diarydesk::ui
