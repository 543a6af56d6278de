#include "SpawnedProcess.hpp"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <signal.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace diarydesk::test {
namespace {

int decodeStatus(int status) {
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

SpawnedProcess::SpawnedProcess(const std::vector<std::string>& argv,
                               const std::map<std::string, std::string>& environment,
                               const std::filesystem::path& output, const std::filesystem::path& errors) {
    // Everything the child needs is prepared before fork: between fork and exec a child of a
    // threaded process may only make async-signal-safe calls (no malloc, no setenv).
    std::vector<char*> arguments;
    for (const auto& argument : argv)
        arguments.push_back(const_cast<char*>(argument.c_str()));
    arguments.push_back(nullptr);
    std::vector<std::string> variables;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string variable(*entry);
        if (environment.count(variable.substr(0, variable.find('='))) == 0) variables.push_back(variable);
    }
    for (const auto& [name, value] : environment) {
        if (!value.empty()) variables.push_back(name + "=" + value);
    }
    std::vector<char*> envp;
    for (auto& variable : variables)
        envp.push_back(variable.data());
    envp.push_back(nullptr);
    const int out = ::open(output.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    const int err =
        errors.empty() ? -1 : ::open(errors.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (out < 0 || (!errors.empty() && err < 0)) throw std::runtime_error("cannot open " + output.string());

    pid_ = ::fork();
    if (pid_ == 0) {
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err >= 0 ? err : out, STDERR_FILENO);
        ::execve(arguments[0], arguments.data(), envp.data());
        ::_exit(127);
    }
    ::close(out);
    if (err >= 0) ::close(err);
    if (pid_ < 0) throw std::runtime_error("fork failed");
}

SpawnedProcess::~SpawnedProcess() {
    if (pid_ > 0 && !reaped_) {
        ::kill(pid_, SIGKILL);
        wait();
    }
}

void SpawnedProcess::signal(int number) const {
    if (pid_ > 0 && !reaped_) ::kill(pid_, number);
}

int SpawnedProcess::wait() {
    if (!reaped_) {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0) {
            if (errno != EINTR) throw std::runtime_error("waitpid failed");
        }
        status_ = decodeStatus(status);
        reaped_ = true;
    }
    return status_;
}

bool SpawnedProcess::running() {
    if (reaped_) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        status_ = decodeStatus(status);
        reaped_ = true;
        return false;
    }
    return true;
}

} // namespace diarydesk::test
