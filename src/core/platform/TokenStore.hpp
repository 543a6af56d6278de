#pragma once

#include "DataFolder.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace diarydesk {

// The school's API token as typed or read from a file: surrounding whitespace removed. Throws
// ValidationError when nothing is left or when it holds anything but visible ASCII (a line break
// inside would let a token inject HTTP headers).
std::string normalizeToken(std::string_view text);

// Reads a token from a file the user names (--token-file). Throws ValidationError naming the
// file when it cannot be read or holds no usable token; warns when other users may read it.
std::string readTokenFile(const std::filesystem::path& file);

// Keeps the token protected outside the database: on Windows encrypted for the current user
// with DPAPI, elsewhere in a file only its owner can read (0600). The token is never logged.
class TokenStore {
public:
    explicit TokenStore(std::filesystem::path folder = dataFolder());

    // Empty when no token is stored. Throws ValidationError when the stored token cannot be used:
    // a file other users can read or write (fix: chmod 600, or store the token again), or one
    // that cannot be decrypted by this Windows user.
    std::optional<std::string> load() const;
    // Replaces the stored token (normalized first); the file is written under a temporary name
    // and renamed, so it never exists with wider permissions or half-written.
    void save(std::string_view token) const;
    void erase() const;

    const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
};

} // namespace diarydesk
