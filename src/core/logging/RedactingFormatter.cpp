#include "RedactingFormatter.hpp"

#include "Redaction.hpp"

namespace diarydesk {

RedactingFormatter::RedactingFormatter(std::unique_ptr<spdlog::formatter> inner) : inner_(std::move(inner)) {}

void RedactingFormatter::format(const spdlog::details::log_msg& message, spdlog::memory_buf_t& destination) {
    spdlog::memory_buf_t formatted;
    inner_->format(message, formatted);
    const std::string redacted = redactSensitive(std::string_view(formatted.data(), formatted.size()));
    destination.append(redacted.data(), redacted.data() + redacted.size());
}

std::unique_ptr<spdlog::formatter> RedactingFormatter::clone() const {
    return std::make_unique<RedactingFormatter>(inner_->clone());
}

} // namespace diarydesk
