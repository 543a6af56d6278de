#include "FileReading.hpp"

#include "ValidationError.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace diarydesk {

std::string readWholeFile(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream) throw ValidationError("не удалось открыть файл " + file.string() + ": " + std::strerror(errno));
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    if (stream.bad()) throw ValidationError("не удалось прочитать файл " + file.string());
    return std::move(bytes).str();
}

void writeWholeFile(const std::filesystem::path& file, const std::string& bytes) {
    const std::filesystem::path temporary = file.string() + ".part";
    {
        std::ofstream stream(temporary, std::ios::binary | std::ios::trunc);
        if (!stream) throw ValidationError("не удалось создать файл " + file.string() + ": " + std::strerror(errno));
        stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        stream.flush();
        if (!stream) throw ValidationError("не удалось записать файл " + file.string());
    }
    std::error_code error;
    std::filesystem::rename(temporary, file, error);
    if (error) throw ValidationError("не удалось записать файл " + file.string() + ": " + error.message());
}

} // namespace diarydesk
