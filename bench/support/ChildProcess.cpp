#include "ChildProcess.hpp"

#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <stdexcept>
#include <string>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace diarydesk::bench {

namespace {

// VmHWM of a live process, in MiB; 0 when it cannot be read.
double peakMegabytesOf(pid_t process) {
    std::ifstream status("/proc/" + std::to_string(process) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    }
    return 0.0;
}

} // namespace

// The kernel's own figure for a child's peak (ru_maxrss) starts from what the child had before
// exec, a copy of this process: a benchmark holding 100 MiB of test data would see at least
// that for every child. So the child runs traced, and its own high-water mark (VmHWM) is read
// when it stops on its way out, before its memory is released.
ProcessCost runProcess(const std::vector<std::string>& argv, const std::string& stdinFile, bool keepOutput,
                       const std::function<void(int processId)>& started) {
    std::vector<char*> arguments;
    for (const auto& argument : argv)
        arguments.push_back(const_cast<char*>(argument.c_str()));
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
        ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
        execvp(arguments[0], arguments.data());
        _exit(127);
    }
    if (started) started(child);
    int status = 0;
    rusage usage{};
    double peakMegabytes = 0.0;
    bool optionsSet = false;
    for (;;) {
        if (wait4(child, &status, 0, &usage) < 0) throw std::runtime_error("wait4 failed");
        if (WIFEXITED(status) || WIFSIGNALED(status)) break;
        if (!WIFSTOPPED(status)) continue;
        const int event = status >> 16;
        int signal = 0;
        if (!optionsSet) {
            // The stop after the first exec: from now on, stop at exit and pass execs silently.
            ptrace(PTRACE_SETOPTIONS, child, nullptr,
                   reinterpret_cast<void*>(PTRACE_O_TRACEEXIT | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL));
            optionsSet = true;
        } else if (event == PTRACE_EVENT_EXIT) {
            peakMegabytes = peakMegabytesOf(child);
        } else if (event == 0) {
            signal = WSTOPSIG(status); // a real signal: deliver it
        }
        ptrace(PTRACE_CONT, child, nullptr, reinterpret_cast<void*>(static_cast<long>(signal)));
    }
    const auto end = std::chrono::steady_clock::now();
    ProcessCost cost;
    cost.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    cost.seconds = std::chrono::duration<double>(end - start).count();
    cost.peakMegabytes = peakMegabytes > 0.0 ? peakMegabytes : static_cast<double>(usage.ru_maxrss) / 1024.0;
    const auto seconds = [](const timeval& time) {
        return static_cast<double>(time.tv_sec) + time.tv_usec / 1e6;
    };
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
