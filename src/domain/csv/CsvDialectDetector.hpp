#pragma once

#include <string_view>

namespace diarydesk {

// Picks the delimiter of a CSV text among ';', ',' and TAB. For each candidate the
// delimiters outside quotes are counted on the first records (quoted line breaks do not end a
// record). A candidate must occur in the header line; among those, the one whose count on the
// following records equals the header's most often wins, then the one with more columns, then
// ';' before ',' before TAB (Excel on a Russian Windows writes ';'). Returns ';' when none
// occurs in the header (a file of one column).
char detectCsvDelimiter(std::string_view text);

} // namespace diarydesk
