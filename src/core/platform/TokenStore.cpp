#include "TokenStore.hpp"

#include "FileReading.hpp"
#include "ValidationError.hpp"

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#ifdef _WIN32
#include <wincrypt.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace diarydesk {
namespace {

#ifdef _WIN32
constexpr const char* tokenFileName = "token.dpapi";
#else
constexpr const char* tokenFileName = "token";
#endif

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

#ifndef _WIN32
std::string describeErrno() {
    return std::generic_category().message(errno);
}

// Closes a file descriptor on every path out.
class Descriptor {
public:
    explicit Descriptor(int fd)
        : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

void writeAll(int fd, const std::string& bytes, const std::filesystem::path& file) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t chunk = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (chunk < 0 && errno == EINTR) continue;
        if (chunk <= 0)
            throw ValidationError("файл токена «" + file.string() + "» не записан: " + describeErrno());
        written += static_cast<std::size_t>(chunk);
    }
}
#else
std::string protect(const std::string& token) {
    DATA_BLOB input{static_cast<DWORD>(token.size()),
                    reinterpret_cast<BYTE*>(const_cast<char*>(token.data()))};
    DATA_BLOB output{};
    if (!CryptProtectData(&input, L"DiaryDesk API token", nullptr, nullptr, nullptr,
                          CRYPTPROTECT_UI_FORBIDDEN, &output)) {
        throw ValidationError("токен не удалось зашифровать (DPAPI, ошибка " +
                              std::to_string(GetLastError()) + ")");
    }
    std::string sealed(reinterpret_cast<const char*>(output.pbData), output.cbData);
    LocalFree(output.pbData);
    return sealed;
}

std::string unprotect(const std::string& sealed, const std::filesystem::path& file) {
    DATA_BLOB input{static_cast<DWORD>(sealed.size()),
                    reinterpret_cast<BYTE*>(const_cast<char*>(sealed.data()))};
    DATA_BLOB output{};
    if (!CryptUnprotectData(&input, nullptr, nullptr, nullptr, nullptr, CRYPTPROTECT_UI_FORBIDDEN, &output)) {
        throw ValidationError("токен в «" + file.string() +
                              "» не расшифровывается этим пользователем Windows; сохраните токен заново");
    }
    std::string token(reinterpret_cast<const char*>(output.pbData), output.cbData);
    SecureZeroMemory(output.pbData, output.cbData);
    LocalFree(output.pbData);
    return token;
}
#endif

} // namespace

std::string normalizeToken(std::string_view text) {
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    if (text.empty()) throw ValidationError("токен пуст");
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x21 || byte > 0x7E) {
            throw ValidationError(
                "токен может состоять только из латинских букв, цифр и знаков, без пробелов и "
                "переводов строки");
        }
    }
    return std::string(text);
}

std::string readTokenFile(const std::filesystem::path& file) {
#ifndef _WIN32
    struct stat status {};
    if (::stat(file.c_str(), &status) == 0 && (status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        spdlog::warn("token file {} can be read by other users; chmod 600 it", file.string());
    }
#endif
    try {
        return normalizeToken(readWholeFile(file));
    } catch (const ValidationError& error) {
        throw ValidationError("файл токена «" + file.string() + "»: " + error.what());
    }
}

TokenStore::TokenStore(std::filesystem::path folder)
    : file_(std::move(folder) / tokenFileName) {}

#ifdef _WIN32

std::optional<std::string> TokenStore::load() const {
    std::error_code error;
    if (!std::filesystem::exists(file_, error)) return std::nullopt;
    return normalizeToken(unprotect(readWholeFile(file_), file_));
}

void TokenStore::save(std::string_view token) const {
    const std::string normalized = normalizeToken(token);
    std::filesystem::create_directories(file_.parent_path());
    writeWholeFile(file_, protect(normalized));
}

#else

std::optional<std::string> TokenStore::load() const {
    Descriptor fd(::open(file_.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) return std::nullopt;
        throw ValidationError("файл токена «" + file_.string() + "» не открывается: " + describeErrno());
    }
    struct stat status {};
    if (::fstat(fd.get(), &status) != 0 || !S_ISREG(status.st_mode)) {
        throw ValidationError("«" + file_.string() + "» не обычный файл; сохраните токен заново");
    }
    if (status.st_uid != ::geteuid()) {
        throw ValidationError("файл токена «" + file_.string() +
                              "» принадлежит другому пользователю; сохраните токен заново");
    }
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        throw ValidationError(
            "файл токена «" + file_.string() +
            "» доступен другим пользователям; выполните chmod 600 для него или сохраните токен заново");
    }
    std::string bytes;
    char buffer[4096];
    for (;;) {
        const ssize_t chunk = ::read(fd.get(), buffer, sizeof buffer);
        if (chunk < 0 && errno == EINTR) continue;
        if (chunk < 0)
            throw ValidationError("файл токена «" + file_.string() + "» не читается: " + describeErrno());
        if (chunk == 0) break;
        bytes.append(buffer, static_cast<std::size_t>(chunk));
    }
    return normalizeToken(bytes);
}

void TokenStore::save(std::string_view token) const {
    const std::string normalized = normalizeToken(token);
    const std::filesystem::path folder = file_.parent_path();
    std::error_code error;
    if (!std::filesystem::exists(folder, error)) {
        std::filesystem::create_directories(folder);
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all, error);
    }
    std::string temporary = (folder / ".token.XXXXXX").string();
    const int created = ::mkstemp(temporary.data()); // mode 0600 from the start
    if (created < 0)
        throw ValidationError("файл токена в «" + folder.string() + "» не создан: " + describeErrno());
    {
        Descriptor fd(created);
        try {
            ::fchmod(fd.get(), S_IRUSR | S_IWUSR);
            writeAll(fd.get(), normalized + "\n", file_);
            if (::fsync(fd.get()) != 0)
                throw ValidationError("файл токена не записан на диск: " + describeErrno());
        } catch (...) {
            ::unlink(temporary.c_str());
            throw;
        }
    }
    if (::rename(temporary.c_str(), file_.c_str()) != 0) {
        const std::string reason = describeErrno();
        ::unlink(temporary.c_str());
        throw ValidationError("файл токена «" + file_.string() + "» не записан: " + reason);
    }
}

#endif

void TokenStore::erase() const {
    std::error_code error;
    std::filesystem::remove(file_, error);
    if (error) throw ValidationError("файл токена «" + file_.string() + "» не удалён: " + error.message());
}

} // namespace diarydesk
