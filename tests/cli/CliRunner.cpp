#include "CliRunner.hpp"

#include "TempDir.hpp"

#include <sys/wait.h>

#include <cstdio>
#include <stdexcept>

namespace diarydesk::test {
namespace {

std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\'') {
            quoted += "'\\''";
        } else {
            quoted += c;
        }
    }
    return quoted + "'";
}

} // namespace

CliRunner::CliRunner(std::filesystem::path home) : home_(std::move(home)), database_(home_ / "diarydesk.sqlite") {}

CliRun CliRunner::run(const std::vector<std::string>& arguments) const {
    const std::filesystem::path errFile = home_ / "stderr.txt";
    // The environment is set for the child alone: the data folder (logs, settings) and the
    // default database live in the test's folder.
    std::string command = "env XDG_DATA_HOME=" + shellQuoted(home_.string()) +
                          " DIARYDESK_DB=" + shellQuoted(database_.string()) + " DIARYDESK_TOKEN= " +
                          shellQuoted(DIARYDESK_CLI_PATH);
    for (const std::string& argument : arguments) command += " " + shellQuoted(argument);
    command += " 2>" + shellQuoted(errFile.string());

    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot start diarydesk-cli");
    CliRun result;
    char buffer[4096];
    std::size_t count = 0;
    while ((count = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, count);
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.err = readFile(errFile);
    return result;
}

} // namespace diarydesk::test
