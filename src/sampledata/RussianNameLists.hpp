#pragma once

#include "RussianNames.hpp"

#include <string_view>
#include <vector>

namespace diarydesk::sampledata {

// The name lists behind RussianNames, most frequent first.
const std::vector<std::string_view>& surnameList();
const std::vector<std::string_view>& boyNameList();
const std::vector<std::string_view>& girlNameList();
const std::vector<std::string_view>& motherNameList();
const std::vector<FatherName>& fatherNameList();

} // namespace diarydesk::sampledata
