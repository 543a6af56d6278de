#pragma once

#include <spdlog/formatter.h>
#include <spdlog/pattern_formatter.h>

#include <memory>

namespace diarydesk {

// Formats log records with spdlog's pattern formatter, then masks anything SNILS-shaped and
// every bearer token (see redactSensitive). Messages are written without personal data in the
// first place; this is the net under them.
class RedactingFormatter final : public spdlog::formatter {
public:
    explicit RedactingFormatter(std::unique_ptr<spdlog::formatter> inner);
    void format(const spdlog::details::log_msg& message, spdlog::memory_buf_t& destination) override;
    std::unique_ptr<spdlog::formatter> clone() const override;

private:
    std::unique_ptr<spdlog::formatter> inner_;
};

} // namespace diarydesk
