#pragma once

#include <stdexcept>
#include <string>

namespace diarydesk {

// The database could not be opened, read or written. The message names the operation.
class StorageError : public std::runtime_error {
public:
    explicit StorageError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace diarydesk
