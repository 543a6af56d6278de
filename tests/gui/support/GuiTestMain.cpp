// The GUI tests' main: a real wxApp on the display (a private Xvfb under CTest), the program's
// translations for the language the environment names, data and configuration folders of the
// test's own, then Catch2.
#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include "TempDir.hpp"
#include "app/Translations.hpp"

#include <wx/app.h>
#include <wx/config.h>
#include <wx/evtloop.h>
#include <wx/fileconf.h>
#include <wx/image.h>
#include <wx/init.h>

#include <cstdlib>
#include <vector>

namespace {

class GuiTestApp : public wxApp {
public:
    bool OnInit() override {
        SetAppName("DiaryDeskGuiTest");
        wxInitAllImageHandlers();
        diarydesk::ui::setUpTranslations();
        return true;
    }
};

} // namespace

int main(int argc, char* argv[]) {
    // GTK takes out of argv what it understands; Catch2 gets its own copy.
    std::vector<char*> catchArguments(argv, argv + argc);
    const diarydesk::test::TempDir home;
    // The token, the logs and the remembered layout stay in the test's own folder.
    setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
    setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);

    wxApp::SetInstance(new GuiTestApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) return 2;
    wxConfigBase::Set(new wxFileConfig("DiaryDeskGuiTest", {}, (home / "layout.ini").string(), {},
                                       wxCONFIG_USE_LOCAL_FILE));
    // An active event loop, as under wxApp::OnRun: yielding to it dispatches GTK's events (paint,
    // keys, focus); without one only wx's own pending events would run.
    int result = 0;
    {
        wxGUIEventLoop loop;
        const wxEventLoopActivator active(&loop);
        result = Catch::Session().run(static_cast<int>(catchArguments.size()), catchArguments.data());
    }
    delete wxConfigBase::Set(nullptr);
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
