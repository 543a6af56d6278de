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
    std::vector<char*> arguments;
    for (const auto& argument : argv)
        arguments.push_back(const_cast<char*>(argument.c_str()));
    arguments.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        for (const auto& [name, value] : environment) {
            if (value.empty()) {
                ::unsetenv(name.c_str());
            } else {
                ::setenv(name.c_str(), value.c_str(), 1);
            }
        }
        const int out = ::open(output.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        const int err = errors.empty() ? out : ::open(errors.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (out >= 0) ::dup2(out, STDOUT_FILENO);
        if (err >= 0) ::dup2(err, STDERR_FILENO);
        ::execv(arguments[0], arguments.data());
        ::_exit(127);
    }
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
