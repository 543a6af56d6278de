#include "Logging.hpp"

#include "RedactingFormatter.hpp"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace diarydesk {
namespace {

void useRedactingPattern(spdlog::sink_ptr& sink, const char* pattern) {
    sink->set_formatter(std::make_unique<RedactingFormatter>(std::make_unique<spdlog::pattern_formatter>(pattern)));
}

} // namespace

void setUpLogging(const LoggingOptions& options) {
    std::vector<spdlog::sink_ptr> sinks;
    if (!options.folder.empty()) {
        std::error_code error;
        std::filesystem::create_directories(options.folder, error);
        if (!error) {
            constexpr std::size_t maxFileSize = 5 * 1024 * 1024;
            constexpr std::size_t maxFiles = 5;
            spdlog::sink_ptr file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                (options.folder / "diarydesk.log").string(), maxFileSize, maxFiles);
            file->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
            useRedactingPattern(file, "%Y-%m-%d %H:%M:%S.%e %z [%l] [%t] %v");
            sinks.push_back(file);
        }
    }
    if (!options.quietStderr) {
        spdlog::sink_ptr console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
        useRedactingPattern(console, "%^%l%$: %v");
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>("diarydesk", sinks.begin(), sinks.end());
    logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

} // namespace diarydesk
