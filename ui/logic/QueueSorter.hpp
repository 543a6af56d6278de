#pragma once

#include "logic/QueueRow.hpp"

#include <cstdint>
#include <vector>

namespace diarydesk::ui {

// The queue's columns, in the order the list shows them.
enum class QueueColumn { submitted, child, birthDate, className, applicant, verdict, status, id };
inline constexpr int queueColumnCount = 8;

// Sorts row indices by one column; ties keep the queue order (submitted, then id).
void sortQueue(std::vector<std::uint32_t>& indices, const std::vector<QueueRow>& rows, QueueColumn column,
               bool ascending);

} // namespace diarydesk::ui
