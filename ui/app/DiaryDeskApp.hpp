#pragma once

#include <wx/app.h>

#include <memory>

namespace diarydesk::ui {

class Session;

// The program: reads the command line (`diarydesk [--db FILE]`), sets up the log, the language
// and the remembered layout, and opens the main window on the database.
class DiaryDeskApp : public wxApp {
public:
    DiaryDeskApp();
    ~DiaryDeskApp() override;

    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

private:
    wxString databaseLocation_;
    std::unique_ptr<Session> session_;
};

} // namespace diarydesk::ui
