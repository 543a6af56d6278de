#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace diarydesk {

// A blocking key for a normalised name: its consonant skeleton. Vowels, й, ь and ъ after the
// first letter are dropped, voiced consonants are written as their voiceless pairs
// (б→п, в→ф, г→к, д→т, ж→ш, з→с), щ→ш, ц→с, х→к, doubled letters collapse and any first vowel
// stands for all first vowels. So "Иванов", "Иванова", "Иваннов" and "Ивонов" share a key, as do
// "Толстой" and "Толстая" — the feminine ending is a vowel. A typo in a consonant changes the
// key; the birth-date block covers that case.
std::uint64_t phoneticKey(std::u32string_view normalisedName);

// A 64-bit set of the letters of a name (code point mod 64). One edit changes at most two
// bits, so two names whose sets differ in more than 2k bits are more than k edits apart: a
// check of one instruction before an edit distance over a large block.
std::uint64_t letterMask(std::u32string_view normalisedName);

// The phonetic keys of the parts of a double name ("Петрова-Водкина", "Мамин Сибиряк");
// empty for a name of one part.
std::vector<std::uint64_t> partKeys(std::u32string_view normalisedName);

// The key of a (surname, first name) pair, the name block of the roster index.
std::uint64_t nameBlockKey(std::uint64_t surnameKey, std::uint64_t firstNameKey);

} // namespace diarydesk
