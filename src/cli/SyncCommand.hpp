#pragma once

namespace CLI {
class App;
}

namespace diarydesk::cli {

class CliContext;

// diarydesk-cli sync [--server URL] [--school ID] [--token-file FILE] [--ca FILE] [--json]: pulls
// new applications, then delivers pending decisions. Exit 0: all delivered; 4: decisions (or
// applications) still waiting for a later run; 3: the server refused some decisions or had
// another decision already (409), listed;
// 1: TLS or authentication failure.
void addSyncCommand(CLI::App& app, CliContext& context);

} // namespace diarydesk::cli
