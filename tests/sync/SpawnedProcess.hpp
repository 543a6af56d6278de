#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <sys/types.h>
#include <vector>

namespace diarydesk::test {

// A child process the test starts, signals and waits for: the simulator, or diarydesk-cli
// killed in the middle of a push. Killed and reaped on destruction if still running.
class SpawnedProcess {
public:
    // `argv[0]` is a path. `environment` is added to (or replaces in) this process's environment;
    // an empty value removes the variable. stdout goes to `output`, stderr to `errors` (or to
    // `output` too when empty), both appended.
    SpawnedProcess(const std::vector<std::string>& argv,
                   const std::map<std::string, std::string>& environment, const std::filesystem::path& output,
                   const std::filesystem::path& errors = {});
    ~SpawnedProcess();
    SpawnedProcess(const SpawnedProcess&) = delete;
    SpawnedProcess& operator=(const SpawnedProcess&) = delete;

    void signal(int number) const;
    // The exit status, or 128 + the signal that ended it.
    int wait();
    bool running();

private:
    pid_t pid_ = -1;
    bool reaped_ = false;
    int status_ = -1;
};

} // namespace diarydesk::test
