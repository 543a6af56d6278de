#include "ConfigCommand.hpp"

#include "CliContext.hpp"
#include "platform/TokenStore.hpp"
#include "storage/Store.hpp"
#include "sync/SyncSettings.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <iterator>

namespace diarydesk::cli {
namespace {

struct ConfigArguments {
    std::string key;
    std::string value;
    std::string tokenFile;
    bool json = false;
};

std::string& field(SyncSettings& settings, const std::string& key) {
    if (key == "server") return settings.serverUrl;
    if (key == "school") return settings.schoolId;
    return settings.caFile;
}

void change(const std::string& key, const std::string& value, CliContext& context) {
    SettingsRepository& repository = context.store().settings();
    SyncSettings settings = SyncSettings::load(repository);
    field(settings, key) = value;
    settings.save(repository);
    SyncSettings saved = SyncSettings::load(repository);
    const std::string& stored = field(saved, key);
    if (stored.empty()) {
        std::cout << "Настройка " << key << " удалена\n";
    } else {
        std::cout << "Настройка " << key << " = " << stored << '\n';
    }
}

void show(bool json, CliContext& context) {
    const SyncSettings settings = SyncSettings::load(context.store().settings());
    const TokenStore tokens;
    std::string tokenState = "нет";
    bool tokenStored = false;
    try {
        tokenStored = tokens.load().has_value();
        if (tokenStored) tokenState = "сохранён (" + tokens.file().string() + ")";
    } catch (const std::exception& error) {
        tokenState = std::string("не читается: ") + error.what();
    }
    if (json) {
        std::cout << nlohmann::json{{"server", settings.serverUrl},
                                    {"school", settings.schoolId},
                                    {"ca", settings.caFile},
                                    {"token_stored", tokenStored},
                                    {"token_file", tokens.file().string()}}
                         .dump(2)
                  << '\n';
        return;
    }
    const auto orNone = [](const std::string& value) {
        return value.empty() ? std::string("не задан") : value;
    };
    std::cout << "server: " << orNone(settings.serverUrl) << '\n'
              << "school: " << orNone(settings.schoolId) << '\n'
              << "ca:     "
              << (settings.caFile.empty() ? std::string("системное хранилище") : settings.caFile) << '\n'
              << "token:  " << tokenState << '\n';
}

void storeToken(const std::string& tokenFile) {
    std::string token;
    if (tokenFile.empty() || tokenFile == "-") {
        token = normalizeToken(
            std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()));
    } else {
        token = readTokenFile(tokenFile);
    }
    const TokenStore tokens;
    tokens.save(token);
    std::cout << "Токен сохранён: " << tokens.file().string() << '\n';
}

} // namespace

void addConfigCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<ConfigArguments>();
    CLI::App* config =
        app.add_subcommand("config", "Sync settings shared with the GUI (server, school, CA) and the token");
    config->require_subcommand(1);
    const std::vector<std::string> keys{"server", "school", "ca"};

    CLI::App* set = config->add_subcommand("set", "Set server URL, school id or CA file");
    set->add_option("KEY", arguments->key, "server, school or ca")->required()->check(CLI::IsMember(keys));
    set->add_option("VALUE", arguments->value, "https://… URL, school id, or a PEM file")->required();
    set->callback([arguments, &context] { change(arguments->key, arguments->value, context); });

    CLI::App* unset =
        config->add_subcommand("unset", "Remove a setting (ca: back to the system trust store)");
    unset->add_option("KEY", arguments->key, "server, school or ca")->required()->check(CLI::IsMember(keys));
    unset->callback([arguments, &context] { change(arguments->key, "", context); });

    CLI::App* get =
        config->add_subcommand("get", "Show the settings and whether a token is stored (never the token)");
    get->add_flag("--json", arguments->json, "Print as JSON");
    get->callback([arguments, &context] { show(arguments->json, context); });

    CLI::App* setToken = config->add_subcommand(
        "set-token",
        "Store the API token protected (owner-only file; DPAPI on Windows), from a file or stdin");
    setToken->add_option("--token-file", arguments->tokenFile,
                         "File with the token; '-' or none: read stdin");
    setToken->callback([arguments] { storeToken(arguments->tokenFile); });

    CLI::App* clearToken = config->add_subcommand("clear-token", "Delete the stored token");
    clearToken->callback([] {
        TokenStore().erase();
        std::cout << "Сохранённый токен удалён\n";
    });
}

} // namespace diarydesk::cli
