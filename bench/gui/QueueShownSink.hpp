#pragma once

#include <spdlog/sinks/base_sink.h>

#include <chrono>
#include <mutex>
#include <optional>
#include <string_view>

namespace diarydesk::bench {

// Notes when the program logs "queue shown", to set the log line's moment beside the list's
// first draw: the line is the figure the start-up benchmark reads from the real program.
class QueueShownSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    std::optional<std::chrono::steady_clock::time_point> logged() {
        const std::lock_guard lock(mutex_);
        return logged_;
    }

protected:
    void sink_it_(const spdlog::details::log_msg& message) override {
        const std::string_view text(message.payload.data(), message.payload.size());
        if (!logged_ && text.starts_with("queue shown")) logged_ = std::chrono::steady_clock::now();
    }
    void flush_() override {}

private:
    std::optional<std::chrono::steady_clock::time_point> logged_;
};

} // namespace diarydesk::bench
