#include "SyncCommand.hpp"

#include "CliContext.hpp"
#include "ValidationError.hpp"
#include "platform/TokenStore.hpp"
#include "services/MatchService.hpp"
#include "storage/Store.hpp"
#include "sync/ServerUrl.hpp"
#include "sync/SyncService.hpp"
#include "sync/SyncSettings.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <iostream>

namespace diarydesk::cli {
namespace {

struct SyncArguments {
    std::string server;
    std::string school;
    std::string tokenFile;
    std::string ca;
    double retryBudgetSeconds = 60;
    int pageSize = 100;
    bool json = false;
};

// --token-file, else $DIARYDESK_TOKEN, else the stored token; empty when there is none.
std::string findToken(const SyncArguments& arguments) {
    if (!arguments.tokenFile.empty()) return readTokenFile(arguments.tokenFile);
    if (const char* fromEnvironment = std::getenv("DIARYDESK_TOKEN"); fromEnvironment && *fromEnvironment) {
        return normalizeToken(fromEnvironment);
    }
    return TokenStore().load().value_or("");
}

ExitCode exitCodeFor(const SyncReport& report) {
    if (report.tlsFailed || report.authenticationFailed) return exitFailed;
    if (report.pending > 0 || report.cancelled || (!report.pullCompleted && report.retriesExhausted)) {
        return exitPending;
    }
    if (!report.refused.empty() || !report.conflicts.empty() || !report.errors.empty() ||
        !report.pullCompleted) {
        return exitPartial;
    }
    return exitDone;
}

void printJson(const SyncReport& report) {
    using nlohmann::json;
    json conflicts = json::array();
    for (const auto& conflict : report.conflicts) {
        conflicts.push_back({{"application_id", conflict.applicationId},
                             {"server_status", conflict.serverStatus},
                             {"version", conflict.serverVersion},
                             {"message", conflict.message}});
    }
    json pending = json::array();
    for (const auto& decision : report.pendingDecisions) {
        pending.push_back({{"application_id", decision.applicationId},
                           {"attempts", decision.attempts},
                           {"last_error", decision.lastError},
                           {"last_http_status", decision.lastHttpStatus}});
    }
    std::cout << json{{"pulled", report.pulled},
                      {"updated", report.updated},
                      {"pushed", report.pushed},
                      {"pending", report.pending},
                      {"conflicts", conflicts},
                      {"errors", report.errors},
                      {"pending_decisions", pending},
                      {"refused", report.refused},
                      {"cancelled_decisions", report.cancelledDecisions},
                      {"authentication_failed", report.authenticationFailed},
                      {"tls_failed", report.tlsFailed},
                      {"server_reachable", report.serverReachable},
                      {"pull_completed", report.pullCompleted},
                      {"cancelled", report.cancelled}}
                     .dump(2)
              << '\n';
}

void printText(const SyncReport& report) {
    std::cout << "Получено новых заявлений: " << report.pulled << ", обновлено: " << report.updated << '\n';
    std::cout << "Доставлено решений: " << report.pushed << '\n';
    for (const auto& id : report.cancelledDecisions) {
        std::cout << "Заявление " << id << " отозвано заявителем: неотправленное решение по нему отменено\n";
    }
    if (!report.conflicts.empty()) {
        std::cout << "Конфликты — на сервере уже другое решение (" << report.conflicts.size() << "):\n";
        for (const auto& conflict : report.conflicts) {
            std::cout << "  " << conflict.applicationId << ": ";
            if (conflict.serverStatus == "not_found") {
                std::cout << "сервер не знает это заявление, оно отмечено как отозванное\n";
            } else {
                std::cout << "на сервере «" << conflict.serverStatus << "»";
                if (conflict.serverVersion != 0) std::cout << " (версия " << conflict.serverVersion << ")";
                std::cout << '\n';
            }
        }
    }
    if (!report.errors.empty()) {
        std::cout << "Ошибки (" << report.errors.size() << "):\n";
        for (const auto& error : report.errors)
            std::cout << "  " << error << '\n';
    }
    if (report.authenticationFailed) {
        std::cout
            << "Сервер не принял токен. Получите новый токен и сохраните его: diarydesk-cli config set-token "
               "--token-file ФАЙЛ\n";
    }
    if (report.tlsFailed) {
        std::cout << "Соединение отклонено проверкой TLS, на сервер ничего не отправлено. Проверьте адрес "
                     "сервера и "
                     "файл сертификатов (--ca).\n";
    }
    if (report.cancelled) std::cout << "Синхронизация прервана.\n";
    if (report.pending == 0) {
        if (!report.tlsFailed && !report.authenticationFailed) {
            std::cout << (report.pushed > 0 ? "Все решения доставлены.\n" : "Неотправленных решений нет.\n");
        }
        return;
    }
    std::cout << "Ожидают отправки (" << report.pending << "):\n";
    for (const auto& decision : report.pendingDecisions) {
        std::cout << "  " << decision.applicationId;
        if (decision.attempts > 0) std::cout << ", попыток: " << decision.attempts;
        if (!decision.lastError.empty()) std::cout << ", последняя ошибка: " << decision.lastError;
        std::cout << '\n';
    }
}

void run(const SyncArguments& arguments, CliContext& context) {
    Store& store = context.store();
    const SyncSettings saved = SyncSettings::load(store.settings());
    SyncConnection connection;
    connection.serverUrl = arguments.server.empty() ? saved.serverUrl : arguments.server;
    connection.schoolId = arguments.school.empty() ? saved.schoolId : arguments.school;
    connection.caFile = arguments.ca.empty() ? saved.caFile : arguments.ca;
    if (connection.serverUrl.empty() || connection.schoolId.empty()) {
        std::cerr << "Не указаны сервер или школа: --server URL --school ID, или сохраните их: diarydesk-cli "
                     "config "
                     "set server URL; diarydesk-cli config set school ID\n";
        context.exitCode = exitUsage;
        return;
    }
    try {
        ServerUrl::parse(connection.serverUrl);
    } catch (const ValidationError& error) {
        std::cerr << "Ошибка: " << error.what() << '\n';
        context.exitCode = exitUsage;
        return;
    }
    connection.token = findToken(arguments);
    if (connection.token.empty()) {
        std::cerr << "Нет токена доступа: укажите --token-file ФАЙЛ, переменную DIARYDESK_TOKEN или "
                     "сохраните токен: "
                     "diarydesk-cli config set-token --token-file ФАЙЛ\n";
        context.exitCode = exitFailed;
        return;
    }

    SyncOptions options;
    options.pageSize = arguments.pageSize;
    options.retry.retryBudget =
        std::chrono::milliseconds(static_cast<long long>(arguments.retryBudgetSeconds * 1000));
    SyncService service(store, context.clock(), &context.matching());
    const SyncReport report = service.run(connection, options);
    if (arguments.json) {
        printJson(report);
    } else {
        printText(report);
    }
    context.exitCode = exitCodeFor(report);
}

} // namespace

void addSyncCommand(CLI::App& app, CliContext& context) {
    auto arguments = std::make_shared<SyncArguments>();
    CLI::App* sync = app.add_subcommand(
        "sync",
        "Pull new applications from the central server, then deliver pending decisions. Exit 0: all "
        "delivered; 4: some still pending (listed); 3: some refused by the server or already decided there "
        "(listed); 1: TLS or token refused");
    sync->add_option("--server", arguments->server, "Server URL, https://… (default: config set server)");
    sync->add_option("--school", arguments->school, "School id on the server (default: config set school)");
    sync->add_option("--token-file", arguments->tokenFile,
                     "File with the API token (default: $DIARYDESK_TOKEN, else the stored token)");
    sync->add_option("--ca", arguments->ca,
                     "PEM file of the CAs to trust (default: config set ca, else the system's)");
    sync->add_option("--retry-budget", arguments->retryBudgetSeconds,
                     "Seconds to keep retrying after a failure before leaving the rest for the next run")
        ->check(CLI::Range(0.0, 3600.0));
    sync->add_option("--page-size", arguments->pageSize, "Applications per page, 1-500")
        ->check(CLI::Range(1, 500));
    sync->add_flag("--json", arguments->json,
                   "Print pulled, updated, pushed, pending, conflicts, errors as JSON");
    sync->callback([arguments, &context] { run(*arguments, context); });
}

} // namespace diarydesk::cli
