#pragma once

#include <string>
#include <string_view>

namespace diarydesk::sampledata {

// Russian letters in Latin lower case the way passports write them (ICAO 9303: ж zh, х kh,
// ц ts, щ shch, ю iu, я ia), for e-mail addresses: "Ёлкина" → "elkina". Other characters
// except ASCII letters, digits and '-' are dropped.
std::string transliterate(std::string_view russian);

} // namespace diarydesk::sampledata
