#pragma once

namespace CLI {
class App;
}

namespace diarydesk::cli {

class CliContext;

// diarydesk-cli config set server|school|ca VALUE, config unset …, config get, config set-token,
// config clear-token: the sync settings the CLI and the GUI share, and the protected token.
void addConfigCommand(CLI::App& app, CliContext& context);

} // namespace diarydesk::cli
