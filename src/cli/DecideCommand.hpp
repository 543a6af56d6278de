#pragma once

namespace CLI {
class App;
}

namespace diarydesk::cli {

class CliContext;

// diarydesk-cli decide APPLICATION_ID approve|reject ….
void addDecideCommand(CLI::App& app, CliContext& context);

} // namespace diarydesk::cli
