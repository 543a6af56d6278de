#include "app/Translations.hpp"

#include "logic/LanguageChoice.hpp"
#include "logic/WxText.hpp"

#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

#include <cstdlib>

namespace diarydesk::ui {

void setUpTranslations() {
    if (wxTranslations::Get()) return;
    const wxFileName executable(wxStandardPaths::Get().GetExecutablePath());
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(executable.GetPath() + "/../share/locale");
#ifdef DIARYDESK_BUILD_LOCALE_DIR
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(DIARYDESK_BUILD_LOCALE_DIR);
#endif
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    if (const auto language = languageFromEnvironment([](const char* name) { return std::getenv(name); })) {
        translations->SetLanguage(fromUtf8(*language));
    }
    translations->AddStdCatalog();
    translations->AddCatalog("diarydesk", wxLANGUAGE_ENGLISH_US);
}

} // namespace diarydesk::ui
