#include "app/DiaryDeskApp.hpp"

#include "app/Session.hpp"
#include "app/Translations.hpp"
#include "logging/Logging.hpp"
#include "logic/WxText.hpp"
#include "main/MainFrame.hpp"
#include "platform/DataFolder.hpp"
#include "platform/HugePageHeap.hpp"

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/utils.h>

namespace diarydesk::ui {

DiaryDeskApp::DiaryDeskApp() = default;
DiaryDeskApp::~DiaryDeskApp() = default;

void DiaryDeskApp::OnInitCmdLine(wxCmdLineParser& parser) {
    // Translations come before the help text they translate.
    setUpTranslations();
    wxApp::OnInitCmdLine(parser);
    parser.AddOption(
        "", "db",
        _("database: a SQLite file, or postgresql://... (default: $DIARYDESK_DB, else the data folder)"));
}

bool DiaryDeskApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    parser.Found("db", &databaseLocation_);
    return wxApp::OnCmdLineParsed(parser);
}

bool DiaryDeskApp::OnInit() {
    useHugePagesForHeap();
    SetAppName("DiaryDesk");
    SetVendorName("DiaryDesk");
    if (!wxApp::OnInit()) return false;
    setUpLogging(LoggingOptions{dataFolder() / "logs", false, true});
    wxInitAllImageHandlers();
    const std::string location =
        databaseLocation_.empty() ? defaultDatabaseLocation() : toUtf8(databaseLocation_);
    session_ = std::make_unique<Session>(location, toUtf8(wxGetUserId()));
    auto* frame = new MainFrame(*session_);
    frame->Show();
    frame->reloadQueue();
    return true;
}

int DiaryDeskApp::OnExit() {
    // The worker's pending callbacks refer to windows that are gone by now; stop it first.
    session_.reset();
    return wxApp::OnExit();
}

} // namespace diarydesk::ui
