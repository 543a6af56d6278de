#include "settings/SettingsJobs.hpp"

#include "ValidationError.hpp"
#include "common/JobContext.hpp"
#include "platform/TokenStore.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"
#include "sync/ServerUrl.hpp"

namespace diarydesk::ui {

StoredSettings loadSettings(JobContext& context, const std::string& location,
                            const std::filesystem::path& tokenFolder) {
    StoredSettings stored;
    if (location.empty()) {
        stored.sync = SyncSettings::load(context.store().settings());
    } else {
        stored.sync = SyncSettings::load(openStore(location)->settings());
    }
    try {
        stored.tokenStored = TokenStore(tokenFolder).load().has_value();
    } catch (const ValidationError& error) {
        stored.tokenProblem = error.what();
    }
    return stored;
}

void saveSettings(JobContext& context, const SettingsChange& change,
                  const std::filesystem::path& tokenFolder) {
    const std::string token = change.newToken.empty() ? std::string() : normalizeToken(change.newToken);
    if (!change.sync.serverUrl.empty()) ServerUrl::parse(change.sync.serverUrl);
    std::unique_ptr<Store> other;
    if (change.otherDatabase) other = openStore(change.databaseLocation);
    change.sync.save(other ? other->settings() : context.store().settings());
    const TokenStore tokens(tokenFolder);
    if (!token.empty()) {
        tokens.save(token);
    } else if (change.forgetToken) {
        tokens.erase();
    }
}

} // namespace diarydesk::ui
