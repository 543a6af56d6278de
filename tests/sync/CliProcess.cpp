#include "CliProcess.hpp"

#include "TempDir.hpp"

namespace diarydesk::test {

CliProcess::CliProcess(std::filesystem::path home)
    : home_(std::move(home))
    , database_(home_ / "cli.sqlite") {
    std::filesystem::create_directories(home_);
}

std::map<std::string, std::string> CliProcess::environment() const {
    return {{"XDG_DATA_HOME", home_.string()}, {"DIARYDESK_DB", database_.string()}, {"DIARYDESK_TOKEN", ""}};
}

CliResult CliProcess::run(const std::vector<std::string>& arguments,
                          const std::map<std::string, std::string>& environment) const {
    std::vector<std::string> argv{DIARYDESK_CLI_PATH};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    auto variables = this->environment();
    for (const auto& [name, value] : environment)
        variables[name] = value;
    const auto out = home_ / "cli-stdout.txt";
    const auto err = home_ / "cli-stderr.txt";
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    SpawnedProcess process(argv, variables, out, err);
    CliResult result;
    result.exitCode = process.wait();
    result.out = readFile(out);
    result.err = readFile(err);
    return result;
}

std::unique_ptr<SpawnedProcess> CliProcess::start(const std::vector<std::string>& arguments,
                                                  const std::filesystem::path& output) const {
    std::vector<std::string> argv{DIARYDESK_CLI_PATH};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    return std::make_unique<SpawnedProcess>(argv, environment(), output);
}

} // namespace diarydesk::test
