#pragma once

#include <functional>
#include <stdexcept>
#include <string_view>

namespace diarydesk {

// Reports how far a long job is (0..1) and what it is doing; returning false asks the job to
// stop. A stopped job throws OperationCancelled before committing anything.
using ProgressCallback = std::function<bool(double fraction, std::string_view stage)>;

class OperationCancelled : public std::runtime_error {
public:
    OperationCancelled() : std::runtime_error("операция отменена") {}
};

// Calls `progress` if set and throws OperationCancelled when it asks to stop.
inline void reportProgress(const ProgressCallback& progress, double fraction, std::string_view stage) {
    if (progress && !progress(fraction, stage)) throw OperationCancelled();
}

} // namespace diarydesk
