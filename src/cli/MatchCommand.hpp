#pragma once

namespace CLI {
class App;
}

namespace diarydesk::cli {

class CliContext;

// diarydesk-cli match [APPLICATION_ID...] [--json].
void addMatchCommand(CLI::App& app, CliContext& context);

} // namespace diarydesk::cli
