#include "StoreLocation.hpp"

#include "StorageError.hpp"
#include "soci/SociStore.hpp"

#include <cctype>
#include <filesystem>

namespace diarydesk {
namespace {

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

// SOCI 4.0 splits its SQLite connect string at spaces and knows no quoting, so the file is
// passed as an SQLite URI ("file:/path/%D0%A8%20x.db"), where every byte but the unreserved
// ASCII ones is percent-encoded. Debian's and vcpkg's SQLite accept URIs.
std::string sqliteUri(const std::filesystem::path& file) {
    std::string path = file.generic_string();
    std::string uri = "file:";
    if (path.size() > 1 && path[1] == ':') uri += "///"; // a Windows drive letter
    static const char* hex = "0123456789ABCDEF";
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x80 && std::isalnum(byte)) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || c == ':') {
            uri += c;
        } else {
            uri += '%';
            uri += hex[byte >> 4];
            uri += hex[byte & 0x0F];
        }
    }
    return uri;
}

// "postgresql://user:secret@host/db" → "postgresql://user@host/db" for logs and titles.
std::string withoutPassword(const std::string& location) {
    const auto schemeEnd = location.find("://");
    const auto at = location.find('@');
    if (schemeEnd == std::string::npos || at == std::string::npos) {
        const auto password = location.find("password=");
        if (password == std::string::npos) return location;
        const auto end = location.find(' ', password);
        return location.substr(0, password) + "password=***" + (end == std::string::npos ? "" : location.substr(end));
    }
    const auto colon = location.find(':', schemeEnd + 3);
    if (colon == std::string::npos || colon > at) return location;
    return location.substr(0, colon) + location.substr(at);
}

} // namespace

bool isPostgresLocation(const std::string& location) {
    return startsWith(location, "postgresql://") || startsWith(location, "postgres://");
}

std::unique_ptr<Store> openStore(const std::string& location) {
    if (location.empty()) throw StorageError("не указан файл базы данных");
    if (isPostgresLocation(location)) {
        // libpq takes a URI as it is; SOCI's own "postgresql://host=… dbname=…" form carries
        // keyword/value pairs after the scheme, which libpq wants without it.
        const std::string rest = location.substr(location.find("://") + 3);
        const bool keywordForm = rest.find('=') != std::string::npos && rest.find('/') == std::string::npos &&
                                 rest.find('@') == std::string::npos;
        return std::make_unique<SociStore>(SqlBackend::postgresql, keywordForm ? rest : location,
                                           withoutPassword(location));
    }
    const std::filesystem::path path(location);
    if (path.has_parent_path()) {
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        if (error) {
            throw StorageError("не удалось создать папку " + path.parent_path().string() + ": " + error.message());
        }
    }
    // timeout: wait up to 10 s for another workstation's or thread's write to finish.
    return std::make_unique<SociStore>(SqlBackend::sqlite, "db=" + sqliteUri(path) + " timeout=10", location);
}

} // namespace diarydesk
