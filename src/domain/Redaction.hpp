#pragma once

#include <string>
#include <string_view>

namespace diarydesk {

// Personal data that must never reach a log: full SNILS, document numbers and tokens.

// "***-***-789 64" for any text holding 11 SNILS digits; "***" for anything else.
std::string maskSnils(std::string_view snils);

// A last line of defence for log output: replaces every SNILS-shaped run of digits
// (123-456-789 64, 12345678964, 123 456 789 64, 123-456-789-64) with its masked form and the
// value of every "Bearer …" credential with "***". Messages are still written to mask data
// themselves; this catches what slips through.
std::string redactSensitive(std::string_view text);

} // namespace diarydesk
