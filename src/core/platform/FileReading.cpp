#include "FileReading.hpp"

#include "ValidationError.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace diarydesk {

std::string readWholeFile(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream)
        throw ValidationError("не удалось открыть файл " + file.string() + ": " + std::strerror(errno));
    // Sized once and read in one go: a string stream would grow and copy a 100,000-row roster
    // several times over.
    std::string bytes;
    std::error_code sizeError;
    const auto size = std::filesystem::file_size(file, sizeError);
    if (!sizeError) {
        bytes.resize(static_cast<std::size_t>(size));
        stream.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<std::size_t>(stream.gcount()));
    }
    // The size was unknown or the file grew meanwhile: whatever is left.
    char buffer[65536];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(stream.gcount()));
    }
    if (stream.bad()) throw ValidationError("не удалось прочитать файл " + file.string());
    return bytes;
}

void writeWholeFile(const std::filesystem::path& file, const std::string& bytes) {
    const std::filesystem::path temporary = file.string() + ".part";
    {
        std::ofstream stream(temporary, std::ios::binary | std::ios::trunc);
        if (!stream)
            throw ValidationError("не удалось создать файл " + file.string() + ": " + std::strerror(errno));
        stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        stream.flush();
        if (!stream) throw ValidationError("не удалось записать файл " + file.string());
    }
    std::error_code error;
    std::filesystem::rename(temporary, file, error);
    if (error) throw ValidationError("не удалось записать файл " + file.string() + ": " + error.message());
}

} // namespace diarydesk
