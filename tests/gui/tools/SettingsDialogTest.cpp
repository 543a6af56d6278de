#include "settings/SettingsDialog.hpp"

#include "CatchCompat.hpp"
#include "DialogAnswerer.hpp"
#include "GuiDriver.hpp"
#include "TempDir.hpp"
#include "app/Session.hpp"
#include "platform/DataFolder.hpp"
#include "platform/TokenStore.hpp"
#include "settings/DatabaseChoice.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"
#include "sync/SyncSettings.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/intl.h>
#include <wx/textctrl.h>

#include <sys/stat.h>

using namespace diarydesk;
using namespace diarydesk::test;
using namespace diarydesk::ui;

namespace {

wxButton* saveButton(SettingsDialog& dialog) {
    return dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK));
}

bool ready(Session& session, SettingsDialog& dialog) {
    return dialog.loaded() && session.worker().outstanding() == 0 && saveButton(dialog)->IsEnabled();
}

SyncSettings storedIn(const std::string& database) {
    return SyncSettings::load(openStore(database)->settings());
}

} // namespace

TEST_CASE("settings: server, school, CA bundle and a protected token are saved; bad input saves nothing",
          "[gui][settings]") {
    TempDir folder;
    const std::string database = (folder / "school.db").string();
    const auto caFile = folder / "school-ca.pem";
    writeFile(caFile, "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    Session session(database, "Петрова Н. В.");
    TokenStore tokens; // the data folder the program uses ($XDG_DATA_HOME of the test)
    if (tokens.load()) tokens.erase();

    SettingsDialog dialog(nullptr, session);
    const int result = runModal(dialog, [&] {
        REQUIRE(waitUntil([&] { return ready(session, dialog); }));
        CHECK(dialog.tokenState() == _("No token is stored yet."));
        typeInto(&dialog.serverUrlField(), "http://diary.example.ru");
        typeInto(&dialog.schoolIdField(), "school-42");
        typeInto(&dialog.caFileField(), wxString(caFile.string()));
        typeInto(&dialog.tokenField(), "  s3cret-Token_1  ");
        screenshot("settings-1-filled-in");

        // Plain http is refused: an error, and nothing at all is saved (the token neither).
        {
            DialogAnswerer error(&dialog, wxID_OK, "settings-2-http-refused");
            click(saveButton(dialog));
            REQUIRE(waitUntil([&] { return error.answered() && ready(session, dialog); }));
            CHECK(error.text().Contains("https"));
        }
        CHECK(dialog.IsModal());
        CHECK_FALSE(tokens.load().has_value());
        CHECK(storedIn(database).serverUrl.empty());

        typeInto(&dialog.serverUrlField(), "https://127.0.0.1:8443/");
        click(saveButton(dialog));
        REQUIRE(waitUntil([&] { return !dialog.IsModal(); }));
    });
    CHECK(result == wxID_OK);
    CHECK(dialog.changed());
    CHECK_FALSE(dialog.databaseChanged());

    const SyncSettings saved = storedIn(database);
    CHECK(saved.serverUrl == "https://127.0.0.1:8443");
    CHECK(saved.schoolId == "school-42");
    CHECK(std::filesystem::equivalent(saved.caFile, caFile));
    CHECK(tokens.load() == std::optional<std::string>("s3cret-Token_1"));
    struct stat status {};
    REQUIRE(::stat(tokens.file().c_str(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);
}

TEST_CASE("settings: the stored token is never shown and can be forgotten; another database is remembered",
          "[gui][settings]") {
    TempDir folder;
    const std::string database = (folder / "school.db").string();
    const std::string otherDatabase = (folder / "shared" / "office.db").string();
    std::filesystem::create_directories(folder / "shared");
    Session session(database, "Петрова Н. В.");
    TokenStore tokens;
    tokens.save("stored-token-77");
    SyncSettings sync;
    sync.serverUrl = "https://diary.example.ru";
    sync.schoolId = "school-7";
    sync.save(openStore(database)->settings());

    SettingsDialog dialog(nullptr, session);
    runModal(dialog, [&] {
        REQUIRE(waitUntil([&] { return ready(session, dialog); }));
        CHECK(dialog.serverUrlField().GetValue() == "https://diary.example.ru");
        CHECK(dialog.schoolIdField().GetValue() == "school-7");
        CHECK(dialog.tokenField().GetValue().empty()); // stored, never shown
        CHECK_FALSE(dialog.tokenState().Contains("stored-token-77"));
        screenshot("settings-3-token-stored");

        click(&dialog.forgetTokenBox());
        CHECK(dialog.forgetTokenBox().IsChecked());
        CHECK_FALSE(dialog.tokenField().IsEnabled());
        typeInto(&dialog.databaseField(), wxString(otherDatabase));
        click(saveButton(dialog));
        REQUIRE(waitUntil([&] { return !dialog.IsModal(); }));
    });
    CHECK(dialog.changed());
    CHECK(dialog.databaseChanged());
    CHECK_FALSE(tokens.load().has_value());
    CHECK(session.databaseLocation() == otherDatabase);
    CHECK(rememberedDatabase() == wxString(otherDatabase));
    // The server settings went with staff to the other database.
    CHECK(storedIn(otherDatabase).schoolId == "school-7");

    // Nothing changed: Save just closes, and says so.
    SettingsDialog unchanged(nullptr, session);
    runModal(unchanged, [&] {
        REQUIRE(waitUntil([&] { return ready(session, unchanged); }));
        CHECK(unchanged.databaseField().GetValue() == wxString(otherDatabase));
        click(saveButton(unchanged));
        REQUIRE(waitUntil([&] { return !unchanged.IsModal(); }));
    });
    CHECK_FALSE(unchanged.changed());
    rememberDatabase({});
}
