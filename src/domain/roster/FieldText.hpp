#pragma once

#include <string>
#include <string_view>

namespace diarydesk {

// A field value as kept in the roster: surrounding white space (spaces, tabs, line breaks,
// non-breaking spaces) removed and inner runs of it collapsed to one ordinary space; the
// letters themselves stay as written.
std::string collapseSpaces(std::string_view value);

// True when the value holds nothing but white space.
bool isBlank(std::string_view value);

} // namespace diarydesk
