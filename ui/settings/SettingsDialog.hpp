#pragma once

#include "settings/SettingsJobs.hpp"

#include <wx/dialog.h>

#include <filesystem>

class wxButton;
class wxCheckBox;
class wxSizer;
class wxStaticText;
class wxTextCtrl;

namespace diarydesk::ui {

class Session;

// The settings: where this school syncs (server URL, school id, CA bundle), its API token (kept
// protected by the TokenStore, never shown), and the database file. The server settings live in
// the database, so the CLI and every workstation on a shared database use the same ones.
class SettingsDialog : public wxDialog {
public:
    SettingsDialog(wxWindow* parent, Session& session, std::filesystem::path tokenFolder = {});

    // What OK does: checks and saves on the worker, then closes; stays open with the reason when
    // something is wrong.
    void save();

    bool loaded() const { return loaded_; }
    bool changed() const { return changed_; }
    bool databaseChanged() const { return databaseChanged_; }

    wxTextCtrl& serverUrlField() { return *serverUrl_; }
    wxTextCtrl& schoolIdField() { return *schoolId_; }
    wxTextCtrl& caFileField() { return *caFile_; }
    wxTextCtrl& tokenField() { return *token_; }
    wxCheckBox& forgetTokenBox() { return *forgetToken_; }
    wxTextCtrl& databaseField() { return *database_; }
    wxString tokenState() const;

private:
    wxSizer* buildServerSection();
    wxSizer* buildDatabaseSection();
    void load(const std::string& otherDatabase);
    void show(const StoredSettings& stored);
    void chooseCaFile();
    void chooseDatabase();
    void setBusy(bool busy);

    Session& session_;
    std::filesystem::path tokenFolder_;
    StoredSettings stored_;
    wxTextCtrl* serverUrl_ = nullptr;
    wxTextCtrl* schoolId_ = nullptr;
    wxTextCtrl* caFile_ = nullptr;
    wxTextCtrl* token_ = nullptr;
    wxStaticText* tokenState_ = nullptr;
    wxCheckBox* forgetToken_ = nullptr;
    wxTextCtrl* database_ = nullptr;
    wxButton* ok_ = nullptr;
    bool loaded_ = false;
    bool busy_ = false;
    bool changed_ = false;
    bool databaseChanged_ = false;
};

// Shows the settings as a modal dialog; true when staff saved a change.
bool runSettingsDialog(wxWindow* parent, Session& session);

} // namespace diarydesk::ui
