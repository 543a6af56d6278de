#pragma once

#include <wx/frame.h>
#include <wx/timer.h>
#include <wx/weakref.h>

#include <memory>
#include <string>
#include <vector>

class wxInfoBar;
class wxSplitterWindow;

namespace diarydesk::ui {

class DecisionBar;
class DecisionFlow;
class DetailPanel;
class QueuePanel;
class Session;
class StatusLine;
class SyncController;
struct QueueRow;

// The main window: wires the queue, the detail pane, the decision bar, the notices and the
// status line together, and opens the roster import, the class view and the settings. It holds
// no logic of its own beyond that wiring.
class MainFrame : public wxFrame {
public:
    explicit MainFrame(Session& session);
    ~MainFrame() override;

    // Loads the queue on the worker (and matches what is stale afterwards).
    void reloadQueue();

    QueuePanel& queue() { return *queue_; }
    DetailPanel& detail() { return *detail_; }
    DecisionBar& decisionBar() { return *decisionBar_; }
    StatusLine& statusLine() { return *status_; }
    SyncController& sync() { return *sync_; }
    // The class view window while it is open (a wxFrame, so this header needs no class view).
    wxFrame* classView() { return classView_.get(); }

    void openRosterImport();
    void openClassView();
    void openSettings();

private:
    void buildMenu();
    void onSelectionChanged(const QueueRow* row);
    void approveSelected();
    void rejectSelected();
    void approveAllConfirmed();
    void chooseCandidate(int number);
    void updateDecisionBar();
    void showNotice(const wxString& text);
    void refreshPendingCount();
    void refreshStaleMatches();
    void logQueueShown(std::size_t count);
    void showKeyboardHelp();
    void updateTitle();
    void onClose(wxCloseEvent& event);

    Session& session_;
    std::unique_ptr<DecisionFlow> decisions_;
    std::unique_ptr<SyncController> sync_;
    wxInfoBar* infoBar_ = nullptr;
    wxSplitterWindow* splitter_ = nullptr;
    QueuePanel* queue_ = nullptr;
    DetailPanel* detail_ = nullptr;
    DecisionBar* decisionBar_ = nullptr;
    StatusLine* status_ = nullptr;
    wxWeakRef<wxFrame> classView_;
    wxTimer noticeTimer_;
    std::string schoolName_;
    bool queueShown_ = false;
};

} // namespace diarydesk::ui
