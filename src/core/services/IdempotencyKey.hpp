#pragma once

#include <string>

namespace diarydesk {

// A new random (version 4) UUID for a decision's Idempotency-Key.
std::string newIdempotencyKey();

} // namespace diarydesk
