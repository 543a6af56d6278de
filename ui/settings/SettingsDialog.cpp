#include "settings/SettingsDialog.hpp"

#include "app/Session.hpp"
#include "common/Icons.hpp"
#include "common/StandardDialog.hpp"
#include "logic/WxText.hpp"
#include "platform/DataFolder.hpp"
#include "roster/FilePath.hpp"
#include "settings/DatabaseChoice.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace diarydesk::ui {
namespace {

wxString trimmed(const wxTextCtrl* field) {
    return field->GetValue().Strip(wxString::both);
}

bool sameSync(const SyncSettings& left, const SyncSettings& right) {
    return left.serverUrl == right.serverUrl && left.schoolId == right.schoolId &&
           left.caFile == right.caFile;
}

wxStaticText* noteLabel(wxWindow* parent, const wxString& text) {
    auto* note = new wxStaticText(parent, wxID_ANY, text);
    note->SetForegroundColour(wxColour(0x55, 0x55, 0x55));
    return note;
}

// A text field with a Browse button after it.
wxSizer* withBrowse(wxWindow* parent, wxTextCtrl* field, wxButton** browse) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    *browse = new wxButton(parent, wxID_ANY, _("Browse..."));
    row->Add(field, wxSizerFlags(1).CenterVertical().Border(wxRIGHT, parent->FromDIP(6)));
    row->Add(*browse, wxSizerFlags().CenterVertical());
    return row;
}

} // namespace

SettingsDialog::SettingsDialog(wxWindow* parent, Session& session, std::filesystem::path tokenFolder)
    : wxDialog(parent, wxID_ANY, _("Settings"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
    , session_(session)
    , tokenFolder_(tokenFolder.empty() ? dataFolder() : std::move(tokenFolder)) {
    SetName("settings");
    SetIcon(icon("settings", 32).GetIcon(wxSize(32, 32)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(buildServerSection(), wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    sizer->Add(buildDatabaseSection(), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));

    ok_ = new wxButton(this, wxID_OK, _("&Save"));
    auto* cancel = new wxButton(this, wxID_CANCEL, _("Cancel"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(ok_, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    buttons->Add(cancel);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetMinSize(FromDIP(wxSize(640, -1)));
    SetSizerAndFit(sizer);
    ok_->SetDefault();

    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { save(); }, wxID_OK);
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent& event) {
            if (!busy_ || !loaded_) event.Skip(); // a save under way finishes first
        },
        wxID_CANCEL);
    forgetToken_->Bind(wxEVT_CHECKBOX,
                       [this](wxCommandEvent&) { token_->Enable(!forgetToken_->IsChecked()); });
    load({});
    CentreOnParent();
}

wxSizer* SettingsDialog::buildServerSection() {
    auto* box = new wxStaticBox(this, wxID_ANY, _("Central diary server"));
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(10));
    grid->AddGrowableCol(1, 1);
    serverUrl_ = new wxTextCtrl(box, wxID_ANY);
    serverUrl_->SetName("server-url");
    serverUrl_->SetHint("https://diary.example.ru");
    schoolId_ = new wxTextCtrl(box, wxID_ANY);
    schoolId_->SetName("school-id");
    caFile_ = new wxTextCtrl(box, wxID_ANY);
    caFile_->SetName("ca-file");
    token_ = new wxTextCtrl(box, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    token_->SetName("token");
    tokenState_ = noteLabel(box, {});
    tokenState_->SetName("token-state");
    forgetToken_ = new wxCheckBox(box, wxID_ANY, _("&Forget the stored token"));
    forgetToken_->SetName("forget-token");

    wxButton* browseCa = nullptr;
    const auto label = [box](const wxString& text) { return new wxStaticText(box, wxID_ANY, text); };
    grid->Add(label(_("Server &address:")), wxSizerFlags().CenterVertical());
    grid->Add(serverUrl_, wxSizerFlags().Expand());
    grid->Add(label(_("School &id:")), wxSizerFlags().CenterVertical());
    grid->Add(schoolId_, wxSizerFlags().Expand());
    grid->Add(label(_("&CA certificates:")), wxSizerFlags().CenterVertical());
    grid->Add(withBrowse(box, caFile_, &browseCa), wxSizerFlags().Expand());
    grid->AddSpacer(0);
    grid->Add(noteLabel(box, _("A PEM file; leave empty to trust the system's certificates.")));
    grid->Add(label(_("API &token:")), wxSizerFlags().CenterVertical());
    grid->Add(token_, wxSizerFlags().Expand());
    grid->AddSpacer(0);
    grid->Add(tokenState_, wxSizerFlags().Expand());
    grid->AddSpacer(0);
    grid->Add(forgetToken_);
    browseCa->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseCaFile(); });

    auto* section = new wxStaticBoxSizer(box, wxVERTICAL);
    section->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));
    return section;
}

wxSizer* SettingsDialog::buildDatabaseSection() {
    auto* box = new wxStaticBox(this, wxID_ANY, _("Database"));
    database_ = new wxTextCtrl(box, wxID_ANY, fromUtf8(session_.databaseLocation()));
    database_->SetName("database");
    wxButton* browse = nullptr;
    auto* section = new wxStaticBoxSizer(box, wxVERTICAL);
    section->Add(withBrowse(box, database_, &browse), wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    wxStaticText* note =
        noteLabel(box, _("A SQLite file, or postgresql://... for a database shared by several "
                         "workstations. The server settings above are kept in it."));
    note->Wrap(FromDIP(560));
    section->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseDatabase(); });
    return section;
}

wxString SettingsDialog::tokenState() const {
    return tokenState_->GetLabel();
}

void SettingsDialog::setBusy(bool busy) {
    busy_ = busy;
    for (wxWindow* field :
         std::initializer_list<wxWindow*>{serverUrl_, schoolId_, caFile_, database_, forgetToken_, ok_}) {
        field->Enable(!busy);
    }
    token_->Enable(!busy && !forgetToken_->IsChecked());
}

void SettingsDialog::load(const std::string& otherDatabase) {
    setBusy(true);
    session_.worker().run<StoredSettings>(this,
                                          [otherDatabase, folder = tokenFolder_](JobContext& context) {
                                              return loadSettings(context, otherDatabase, folder);
                                          },
                                          {[this](StoredSettings& stored) {
                                               loaded_ = true;
                                               stored_ = std::move(stored);
                                               show(stored_);
                                               setBusy(false);
                                           },
                                           [this](const JobFailure& failure) {
                                               setBusy(false);
                                               ok_->Enable(false);
                                               showError(this, _("The settings could not be read."),
                                                         failure.message);
                                           },
                                           {}});
}

void SettingsDialog::show(const StoredSettings& stored) {
    serverUrl_->ChangeValue(fromUtf8(stored.sync.serverUrl));
    schoolId_->ChangeValue(fromUtf8(stored.sync.schoolId));
    caFile_->ChangeValue(fromUtf8(stored.sync.caFile));
    token_->ChangeValue({});
    forgetToken_->SetValue(false);
    forgetToken_->Enable(stored.tokenStored || !stored.tokenProblem.empty());
    if (!stored.tokenProblem.empty()) {
        tokenState_->SetForegroundColour(wxColour(0xB7, 0x1C, 0x1C));
        tokenState_->SetLabel(_("The stored token cannot be used: ") + fromUtf8(stored.tokenProblem));
        token_->SetHint(_("Paste the school's API token"));
    } else if (stored.tokenStored) {
        tokenState_->SetForegroundColour(wxColour(0x2E, 0x7D, 0x32));
        tokenState_->SetLabel(
            _("A token is stored, protected for this user. Type a new one only to replace it."));
        token_->SetHint(_("(stored; type to replace)"));
    } else {
        tokenState_->SetForegroundColour(wxColour(0x55, 0x55, 0x55));
        tokenState_->SetLabel(_("No token is stored yet."));
        token_->SetHint(_("Paste the school's API token"));
    }
    tokenState_->Wrap(FromDIP(420));
    Fit(); // the note may have grown a line
}

void SettingsDialog::chooseCaFile() {
    wxFileDialog dialog(this, _("Choose the CA certificates"), wxFileName(caFile_->GetValue()).GetPath(), {},
                        _("PEM certificates (*.pem;*.crt)|*.pem;*.crt|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) caFile_->SetValue(dialog.GetPath());
}

void SettingsDialog::chooseDatabase() {
    wxFileDialog dialog(this, _("Choose or name the database file"),
                        wxFileName(database_->GetValue()).GetPath(),
                        wxFileName(database_->GetValue()).GetFullName(),
                        _("DiaryDesk databases (*.db)|*.db|All files|*"), wxFD_SAVE);
    if (dialog.ShowModal() != wxID_OK) return;
    database_->SetValue(dialog.GetPath());
    // An existing database has server settings of its own: show those.
    if (wxFileName::FileExists(dialog.GetPath()) && toUtf8(dialog.GetPath()) != session_.databaseLocation()) {
        load(toUtf8(dialog.GetPath()));
    }
}

void SettingsDialog::save() {
    if (busy_ || !loaded_) return;
    SettingsChange change;
    change.sync.serverUrl = toUtf8(trimmed(serverUrl_));
    change.sync.schoolId = toUtf8(trimmed(schoolId_));
    change.sync.caFile = toUtf8(trimmed(caFile_));
    change.newToken = forgetToken_->IsChecked() ? std::string() : toUtf8(token_->GetValue());
    change.forgetToken = forgetToken_->IsChecked();
    change.databaseLocation = toUtf8(trimmed(database_));
    if (change.databaseLocation.empty()) {
        showError(this, _("No database chosen."),
                  _("Type the path of the database file or choose it with Browse."));
        return;
    }
    change.otherDatabase = change.databaseLocation != session_.databaseLocation();
    if (sameSync(change.sync, stored_.sync) && change.newToken.empty() && !change.forgetToken &&
        !change.otherDatabase) {
        EndModal(wxID_OK);
        return;
    }
    setBusy(true);
    session_.worker().run<bool>(
        this,
        [change, folder = tokenFolder_](JobContext& context) {
            saveSettings(context, change, folder);
            return true;
        },
        {[this, location = change.databaseLocation, other = change.otherDatabase](bool&) {
             token_->ChangeValue({});
             changed_ = true;
             if (other) {
                 databaseChanged_ = true;
                 rememberDatabase(fromUtf8(location));
                 session_.switchDatabase(location);
             }
             EndModal(wxID_OK);
         },
         [this](const JobFailure& failure) {
             setBusy(false);
             showError(this, _("The settings were not saved."), failure.message);
         },
         {}});
}

bool runSettingsDialog(wxWindow* parent, Session& session) {
    SettingsDialog dialog(parent, session);
    return dialog.ShowModal() == wxID_OK && dialog.changed();
}

} // namespace diarydesk::ui
