#pragma once

namespace CLI {
class App;
}

namespace diarydesk::cli {

class CliContext;

// diarydesk-cli applications import FILE … and applications list ….
void addApplicationCommands(CLI::App& app, CliContext& context);

} // namespace diarydesk::cli
