#pragma once

namespace CLI {
class App;
}

namespace diarydesk::cli {

class CliContext;

// diarydesk-cli roster import FILE … and roster list ….
void addRosterCommands(CLI::App& app, CliContext& context);

} // namespace diarydesk::cli
