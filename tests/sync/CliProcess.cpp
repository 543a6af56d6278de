#include "CliProcess.hpp"

#include "SimProcess.hpp"
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

std::filesystem::path writeTokenFile(const std::filesystem::path& folder) {
    const std::filesystem::path file = folder / "token.txt";
    writeFile(file, std::string(SimProcess::token) + "\n");
    std::filesystem::permissions(file,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    return file;
}

std::vector<std::string> syncCommand(const std::string& url, const std::filesystem::path& ca,
                                     const std::filesystem::path& tokenFile) {
    return {"sync",         "--server",         url,     "--school", SimProcess::school, "--ca", ca.string(),
            "--token-file", tokenFile.string(), "--json"};
}

} // namespace diarydesk::test
