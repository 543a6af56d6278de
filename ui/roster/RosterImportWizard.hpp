#pragma once

#include "common/BackgroundWorker.hpp"
#include "roster/RosterImportState.hpp"

#include <wx/dialog.h>

#include <functional>

class wxButton;
class wxSimplebook;
class wxStaticText;

namespace diarydesk::ui {

class ImportCheckPage;
class ImportFilePage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSummaryPage;
class JobProgressPanel;
class Session;

// The roster import for IT staff, as `diarydesk-cli roster import` does it, step by step: choose
// the file → see how it is read (encoding, delimiter, columns; each changeable) → the validation
// report of a dry run → the import, with progress → what it changed. While a job runs, Cancel (and
// Escape, and the close box) stops it instead. The file is read once; the import writes exactly
// the bytes that were checked, in one transaction.
class RosterImportWizard : public wxDialog {
public:
    enum class Step { file, preview, check, import, summary };

    RosterImportWizard(wxWindow* parent, Session& session);
    ~RosterImportWizard() override;

    // What the buttons do: Next (Enter) and Back.
    void goNext();
    void goBack();
    // Writes the rejected rows of the last check or import to `file`, on the worker.
    void saveRejectedTo(const wxString& file);

    Step step() const { return step_; }
    bool busy() const { return busy_; }
    bool imported() const { return state_.result.has_value(); }
    const RosterImportState& state() const { return state_; }
    ImportFilePage& filePage() { return *file_; }
    ImportPreviewPage& previewPage() { return *preview_; }
    ImportCheckPage& checkPage() { return *check_; }

    std::function<void()> onImported;

private:
    void showStep(Step step);
    void focusStep();
    void updateButtons();
    void loadLastImport();
    void readFile();
    void readAgain(TextEncoding encoding, char delimiter);
    void check();
    void confirmAndImport();
    void runImport();
    void chooseRejectedFile();
    RosterImportOptions importOptions() const;
    void begin(JobProgressPanel* panel, const wxString& what, JobHandle handle);
    void showProgress(double fraction, const wxString& stage);
    void end();
    void cancelOrClose();

    Session& session_;
    RosterImportState state_;
    Step step_ = Step::file;
    wxStaticText* stepTitle_ = nullptr;
    wxSimplebook* book_ = nullptr;
    ImportFilePage* file_ = nullptr;
    ImportPreviewPage* preview_ = nullptr;
    ImportCheckPage* check_ = nullptr;
    ImportRunPage* run_ = nullptr;
    ImportSummaryPage* summary_ = nullptr;
    wxButton* back_ = nullptr;
    wxButton* next_ = nullptr;
    wxButton* cancel_ = nullptr;
    JobProgressPanel* progress_ = nullptr; // of the running job, if it shows one
    JobHandle job_;
    bool busy_ = false;
};

// Runs the wizard as a modal dialog; `onImported` runs once the roster has changed (the main
// window reloads its queue).
void runRosterImportWizard(wxWindow* parent, Session& session, std::function<void()> onImported);

} // namespace diarydesk::ui
