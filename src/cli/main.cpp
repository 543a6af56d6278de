// diarydesk-cli: the command-line front end over the DiaryDesk services, for IT staff and
// their scripts. It parses arguments, calls a service, prints the result; nothing else.
#include "ApplicationCommands.hpp"
#include "CliContext.hpp"
#include "ConfigCommand.hpp"
#include "DecideCommand.hpp"
#include "MatchCommand.hpp"
#include "RosterCommands.hpp"
#include "SyncCommand.hpp"
#include "logging/Logging.hpp"
#include "platform/DataFolder.hpp"
#include "platform/HugePageHeap.hpp"

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <iostream>

using namespace diarydesk;
using namespace diarydesk::cli;

int main(int argc, char** argv) {
    useHugePagesForHeap();
    CliContext context;
    CLI::App app("DiaryDesk: check parents' applications for e-diary access against the school roster",
                 "diarydesk-cli");
    app.fallthrough();
    app.require_subcommand(1);
    app.add_option("--db", context.databaseLocation,
                   "Database: a SQLite file, or postgresql://… (default: $DIARYDESK_DB, else the data folder)");
    app.add_flag("--verbose", context.verbose, "Log debug details to the log file and stderr");
    app.parse_complete_callback([&context] {
        setUpLogging(LoggingOptions{dataFolder() / "logs", context.verbose, false});
    });

    addRosterCommands(app, context);
    addApplicationCommands(app, context);
    addDecideCommand(app, context);
    addMatchCommand(app, context);
    addSyncCommand(app, context);
    addConfigCommand(app, context);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? exitDone : exitUsage;
    } catch (const std::exception& error) {
        spdlog::debug("command failed: {}", error.what());
        std::cerr << "Ошибка: " << error.what() << '\n';
        return exitFailed;
    }
    return context.exitCode;
}
