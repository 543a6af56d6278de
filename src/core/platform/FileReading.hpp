#pragma once

#include <filesystem>
#include <string>

namespace diarydesk {

// The whole file as bytes. Throws ValidationError naming the file when it cannot be read.
std::string readWholeFile(const std::filesystem::path& file);
// Writes atomically: a temporary file beside the target, then a rename.
void writeWholeFile(const std::filesystem::path& file, const std::string& bytes);

} // namespace diarydesk
