#include "ChildProcess.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <stdexcept>

namespace diarydesk::bench {

ProcessCost runProcess(const std::vector<std::string>& argv, const std::string& stdinFile, bool keepOutput) {
    std::vector<char*> arguments;
    for (const auto& argument : argv) arguments.push_back(const_cast<char*>(argument.c_str()));
    arguments.push_back(nullptr);

    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0) throw std::runtime_error("fork failed");
    if (child == 0) {
        if (!stdinFile.empty()) {
            const int input = open(stdinFile.c_str(), O_RDONLY);
            if (input >= 0) dup2(input, STDIN_FILENO);
        }
        if (!keepOutput) {
            const int null = open("/dev/null", O_WRONLY);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
        }
        execvp(arguments[0], arguments.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) < 0) throw std::runtime_error("wait4 failed");
    const auto end = std::chrono::steady_clock::now();
    ProcessCost cost;
    cost.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    cost.seconds = std::chrono::duration<double>(end - start).count();
    cost.peakMegabytes = static_cast<double>(usage.ru_maxrss) / 1024.0;
    const auto seconds = [](const timeval& time) { return static_cast<double>(time.tv_sec) + time.tv_usec / 1e6; };
    cost.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    if (cost.exitStatus == 127) throw std::runtime_error("cannot run " + argv.front());
    return cost;
}

double ownPeakMegabytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    }
    return 0.0;
}

} // namespace diarydesk::bench
