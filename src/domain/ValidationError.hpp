#pragma once

#include <stdexcept>
#include <string>

namespace diarydesk {

// Thrown by the domain parsers when a value cannot be accepted. The message is plain Russian
// that a school secretary or IT administrator can act on; callers add the line or field.
class ValidationError : public std::runtime_error {
public:
    explicit ValidationError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace diarydesk
