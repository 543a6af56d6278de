#include "settings/DatabaseChoice.hpp"

#include <wx/config.h>

namespace diarydesk::ui {
namespace {

const char* const databaseKey = "/Database/Location";

} // namespace

wxString rememberedDatabase() {
    return wxConfigBase::Get()->Read(databaseKey, wxString());
}

void rememberDatabase(const wxString& location) {
    wxConfigBase::Get()->Write(databaseKey, location);
    wxConfigBase::Get()->Flush();
}

} // namespace diarydesk::ui
