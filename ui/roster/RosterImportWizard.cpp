#include "roster/RosterImportWizard.hpp"

#include "app/Session.hpp"
#include "common/Icons.hpp"
#include "common/StandardDialog.hpp"
#include "logic/DisplayTexts.hpp"
#include "logic/WxText.hpp"
#include "platform/FileReading.hpp"
#include "roster/FilePath.hpp"
#include "roster/ImportCheckPage.hpp"
#include "roster/ImportFilePage.hpp"
#include "roster/ImportPreviewPage.hpp"
#include "roster/ImportRunPage.hpp"
#include "roster/ImportSummaryPage.hpp"
#include "roster/IssueList.hpp"
#include "roster/JobProgressPanel.hpp"
#include "roster/ListLayout.hpp"
#include "roster/RosterImportJobs.hpp"
#include "roster/RosterImportTexts.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/persist/toplevel.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/statline.h>
#include <wx/stattext.h>

namespace diarydesk::ui {
namespace {

const char* const issueListKey = "/RosterImport/Issues";

wxString stepTitle(RosterImportWizard::Step step) {
    switch (step) {
    case RosterImportWizard::Step::file:
        return _("Step 1 of 5: choose the roster file");
    case RosterImportWizard::Step::preview:
        return _("Step 2 of 5: check how the file is read");
    case RosterImportWizard::Step::check:
        return _("Step 3 of 5: validation report");
    case RosterImportWizard::Step::import:
        return _("Step 4 of 5: import");
    case RosterImportWizard::Step::summary:
        return _("Step 5 of 5: done");
    }
    return {};
}

// An import that would mark more than a quarter of the school as having left is more likely the
// wrong file (one class, last year's list) than a real change: staff confirm it first.
bool leavesTooMany(const RosterImportReport& report) {
    const int known = report.updated + report.unchanged + report.left;
    return report.left > 0 && report.left * 4 > known;
}

} // namespace

RosterImportWizard::RosterImportWizard(wxWindow* parent, Session& session)
    : wxDialog(parent, wxID_ANY, _("Import the roster"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
    , session_(session) {
    SetName("roster-import");
    SetIcon(icon("import", 32).GetIcon(wxSize(32, 32)));
    stepTitle_ = new wxStaticText(this, wxID_ANY, {});
    stepTitle_->SetName("step-title");
    stepTitle_->SetFont(stepTitle_->GetFont().Bold().Scaled(1.2f));

    book_ = new wxSimplebook(this);
    file_ = new ImportFilePage(book_);
    preview_ = new ImportPreviewPage(book_);
    check_ = new ImportCheckPage(book_);
    run_ = new ImportRunPage(book_);
    summary_ = new ImportSummaryPage(book_);
    for (wxWindow* page : std::initializer_list<wxWindow*>{file_, preview_, check_, run_, summary_}) {
        book_->AddPage(page, {});
    }

    back_ = new wxButton(this, wxID_BACKWARD, _("< &Back"));
    next_ = new wxButton(this, wxID_FORWARD, _("&Next >"));
    cancel_ = new wxButton(this, wxID_CANCEL, _("Cancel"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(back_, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
    buttons->Add(next_, wxSizerFlags().Border(wxRIGHT, FromDIP(16)));
    buttons->Add(cancel_);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(stepTitle_, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    sizer->Add(book_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(2)));
    sizer->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizer(sizer);
    SetMinSize(FromDIP(wxSize(720, 520)));
    SetSize(FromDIP(wxSize(900, 640)));
    wxPersistentRegisterAndRestore(this, "RosterImportWizard");
    restoreColumnWidths(check_->issues(), issueListKey);

    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { goBack(); });
    next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { goNext(); });
    // Cancel, Escape and the window's close box all arrive here as wxID_CANCEL.
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { cancelOrClose(); }, wxID_CANCEL);
    file_->onEnter = [this] { goNext(); };
    preview_->onReadingChanged = [this](TextEncoding encoding, char delimiter) {
        readAgain(encoding, delimiter);
    };
    preview_->onMappingChanged = [this] {
        state_.options.mapping = preview_->mapping();
        updateButtons();
    };
    check_->onSaveRejected = [this] { chooseRejectedFile(); };
    summary_->onSaveRejected = [this] { chooseRejectedFile(); };

    showStep(Step::file);
    loadLastImport();
    CentreOnParent();
}

RosterImportWizard::~RosterImportWizard() {
    // A job still running has nothing left to report to; let it stop early.
    job_.cancel();
    saveColumnWidths(check_->issues(), issueListKey);
}

void RosterImportWizard::showStep(Step step) {
    step_ = step;
    book_->ChangeSelection(static_cast<size_t>(step));
    stepTitle_->SetLabel(stepTitle(step));
    updateButtons();
    Layout();
    focusStep();
}

void RosterImportWizard::focusStep() {
    // A disabled button cannot hold the focus, and a window without it hears no keys: while a
    // job runs the focus is on Stop, so that Escape and Enter still work.
    if (busy_) {
        cancel_->SetFocus();
        return;
    }
    switch (step_) {
    case Step::file:
        file_->focus();
        break;
    case Step::preview:
        preview_->focus();
        break;
    default:
        next_->SetFocus();
        break;
    }
}

void RosterImportWizard::updateButtons() {
    const bool summary = step_ == Step::summary;
    back_->Enable(!busy_ && (step_ == Step::preview || step_ == Step::check));
    bool nextAllowed = !busy_;
    if (step_ == Step::preview) nextAllowed = nextAllowed && !mappingProblem(preview_->mapping());
    if (step_ == Step::check) nextAllowed = nextAllowed && state_.check.has_value();
    if (step_ == Step::import) nextAllowed = false;
    next_->Enable(nextAllowed);
    next_->SetLabel(step_ == Step::check ? _("&Import") : summary ? _("&Close") : _("&Next >"));
    next_->SetDefault();
    cancel_->Show(!summary);
    cancel_->Enable(true);
    cancel_->SetLabel(busy_ ? _("Stop") : _("Cancel"));
    Layout();
}

void RosterImportWizard::begin(JobProgressPanel* panel, const wxString& what, JobHandle handle) {
    busy_ = true;
    job_ = std::move(handle);
    progress_ = panel;
    if (progress_) progress_->start(what);
    updateButtons();
    focusStep();
}

void RosterImportWizard::end() {
    busy_ = false;
    job_ = JobHandle();
    if (progress_) progress_->finish();
    progress_ = nullptr;
    updateButtons();
    focusStep();
}

RosterImportOptions RosterImportWizard::importOptions() const {
    RosterImportOptions options;
    options.parse = state_.options;
    options.user = session_.staffName();
    options.sourceName = toUtf8(wxFileName(file_->path()).GetFullName());
    return options;
}

void RosterImportWizard::showProgress(double fraction, const wxString& stage) {
    if (progress_) progress_->update(fraction, stage);
}

void RosterImportWizard::loadLastImport() {
    session_.worker().run<RosterOnFile>(
        this, [](JobContext& context) { return loadRosterOnFile(context); },
        {[this](RosterOnFile& roster) {
             if (!roster.lastImport) {
                 file_->setLastImport(_("No roster has been imported into this database yet."));
                 return;
             }
             const RosterImportRecord& last = *roster.lastImport;
             const wxString source = last.sourceName.empty() ? wxString(wxString::FromUTF8("\xE2\x80\x94"))
                                                             : fromUtf8(last.sourceName);
             file_->setLastImport(wxString::Format(_("Last import: %s, file %s, by %s: added %d, updated %d, "
                                                     "unchanged %d, left %d. Pupils on the "
                                                     "roster now: %zu."),
                                                   instantDisplay(last.importedAt), source,
                                                   fromUtf8(last.importedBy), last.added, last.updated,
                                                   last.unchanged, last.left, roster.present));
         },
         {},
         {}});
}

void RosterImportWizard::goNext() {
    if (busy_) return;
    switch (step_) {
    case Step::file:
        readFile();
        break;
    case Step::preview:
        if (!mappingProblem(preview_->mapping())) check();
        break;
    case Step::check:
        confirmAndImport();
        break;
    case Step::import:
        break;
    case Step::summary:
        EndModal(wxID_OK);
        break;
    }
}

void RosterImportWizard::goBack() {
    if (busy_) return;
    if (step_ == Step::preview) showStep(Step::file);
    if (step_ == Step::check) showStep(Step::preview);
}

void RosterImportWizard::readFile() {
    const wxString path = file_->path();
    if (path.empty()) {
        showError(this, _("No file chosen."),
                  _("Type the path of the roster file or choose it with Browse."));
        return;
    }
    state_ = RosterImportState{};
    state_.file = pathFromUi(path);
    begin(nullptr, {},
          session_.worker().run<LoadedRosterFile>(
              this, [file = state_.file](JobContext&) { return readRosterFile(file); },
              {[this](LoadedRosterFile& loaded) {
                   end();
                   state_.bytes = std::move(loaded.bytes);
                   state_.preview = std::move(loaded.preview);
                   preview_->show(state_.preview, state_.options);
                   showStep(Step::preview);
               },
               [this](const JobFailure& failure) {
                   end();
                   if (!failure.cancelled) showError(this, _("The file cannot be read."), failure.message);
               },
               {}}));
}

void RosterImportWizard::readAgain(TextEncoding encoding, char delimiter) {
    if (busy_ || !state_.bytes) return;
    state_.options.encoding = encoding;
    state_.options.delimiter = delimiter;
    // Another encoding or delimiter gives other columns: the mapping is recognised afresh.
    state_.options.mapping.reset();
    begin(nullptr, {},
          session_.worker().run<RosterPreview>(
              this,
              [bytes = state_.bytes, options = state_.options](JobContext&) {
                  return previewAgain(bytes, options);
              },
              {[this](RosterPreview& preview) {
                   end();
                   state_.preview = std::move(preview);
                   preview_->show(state_.preview, state_.options);
                   updateButtons();
               },
               [this](const JobFailure& failure) {
                   end();
                   if (!failure.cancelled)
                       showError(this, _("The file cannot be read this way."), failure.message);
               },
               {}}));
}

void RosterImportWizard::check() {
    state_.options.mapping = preview_->mapping();
    state_.check.reset();
    showStep(Step::check);
    check_->showChecking();
    const RosterImportOptions options = importOptions();
    begin(&check_->progress(), _("Reading the file"),
          session_.worker().run<RosterImportReport>(
              this,
              [bytes = state_.bytes, options](JobContext& context) {
                  return checkRoster(context, *bytes, options);
              },
              {[this](RosterImportReport& report) {
                   state_.check = std::move(report);
                   end();
                   check_->showReport(*state_.check);
               },
               [this](const JobFailure& failure) {
                   end();
                   if (failure.cancelled) {
                       showStep(Step::preview);
                   } else {
                       check_->showFailure(failure.message);
                   }
               },
               [this](double fraction, const wxString& stage) { showProgress(fraction, stage); }}));
}

void RosterImportWizard::confirmAndImport() {
    if (!state_.check) return;
    if (leavesTooMany(*state_.check)) {
        DialogRequest request;
        request.tone = DialogRequest::Tone::warning;
        request.title = _("Import the roster");
        request.heading =
            wxString::Format(_("%d of %d pupils would be marked as having left."), state_.check->left,
                             state_.check->updated + state_.check->unchanged + state_.check->left);
        request.message =
            _("Is this the whole school's roster? A list of one class, or last year's list, would mark "
              "everyone else as having left.");
        request.confirmLabel = _("Import anyway");
        request.cancelLabel = _("Go back");
        request.cancelIsDefault = true;
        if (!askToConfirm(this, request)) return;
    }
    runImport();
}

void RosterImportWizard::runImport() {
    showStep(Step::import);
    const RosterImportOptions options = importOptions();
    begin(&run_->progress(), _("Importing"),
          session_.worker().run<RosterImportReport>(
              this,
              [bytes = state_.bytes, options](JobContext& context) {
                  return importRoster(context, *bytes, options);
              },
              {[this](RosterImportReport& report) {
                   state_.result = std::move(report);
                   end();
                   summary_->show(*state_.result);
                   showStep(Step::summary);
                   if (onImported) onImported();
               },
               [this](const JobFailure& failure) {
                   end();
                   showStep(Step::check);
                   if (failure.cancelled) {
                       showMessage(this, _("The import was stopped."), _("Nothing was changed."));
                   } else {
                       showError(this, _("The roster was not imported; nothing was changed."),
                                 failure.message);
                   }
               },
               [this](double fraction, const wxString& stage) { showProgress(fraction, stage); }}));
}

void RosterImportWizard::chooseRejectedFile() {
    wxFileName suggested(file_->path());
    suggested.SetName(suggested.GetName() + "-errors");
    wxFileDialog dialog(this, _("Save the rows with errors"), suggested.GetPath(), suggested.GetFullName(),
                        _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) saveRejectedTo(dialog.GetPath());
}

void RosterImportWizard::saveRejectedTo(const wxString& file) {
    const RosterImportReport* report = state_.result  ? &*state_.result
                                       : state_.check ? &*state_.check
                                                      : nullptr;
    if (!report || report->rejectedCsv.empty()) return;
    session_.worker().run<bool>(
        this,
        [path = pathFromUi(file), bytes = report->rejectedCsv](JobContext&) {
            writeWholeFile(path, bytes);
            return true;
        },
        {[this, file](bool&) { showMessage(this, _("The rows with errors are saved."), file); },
         [this](const JobFailure& failure) {
             showError(this, _("The file was not saved."), failure.message);
         },
         {}});
}

void RosterImportWizard::cancelOrClose() {
    if (!busy_) {
        EndModal(imported() ? wxID_OK : wxID_CANCEL);
        return;
    }
    // A running job is stopped first, whatever it is; the wizard says how it ended and stays.
    job_.cancel();
    if (progress_) progress_->stopping();
    cancel_->Enable(false);
}

void runRosterImportWizard(wxWindow* parent, Session& session, std::function<void()> onImported) {
    RosterImportWizard wizard(parent, session);
    wizard.onImported = std::move(onImported);
    wizard.ShowModal();
}

} // namespace diarydesk::ui
