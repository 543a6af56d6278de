#include "ApplicationSummary.hpp"

#include <array>
#include <utility>

namespace diarydesk {
namespace {

constexpr std::array<std::pair<QueueStatus, std::string_view>, 6> statusNames{{
    {QueueStatus::fresh, "new"},
    {QueueStatus::decided, "decided"},
    {QueueStatus::sent, "sent"},
    {QueueStatus::conflict, "conflict"},
    {QueueStatus::failed, "failed"},
    {QueueStatus::withdrawn, "withdrawn"},
}};

} // namespace

std::string_view toString(QueueStatus status) {
    for (const auto& [candidate, name] : statusNames) {
        if (candidate == status) return name;
    }
    return {};
}

std::optional<QueueStatus> queueStatusFromString(std::string_view name) {
    for (const auto& [status, candidate] : statusNames) {
        if (candidate == name) return status;
    }
    return std::nullopt;
}

} // namespace diarydesk
