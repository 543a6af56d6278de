#pragma once

#include <string>
#include <string_view>

namespace diarydesk {

// The comparable form of a personal name. The original spelling is kept for display; matching
// and roster identity use this form:
//  - case folded, Cyrillic included; ё → е;
//  - surrounding spaces trimmed, inner runs of spaces (any Unicode space) collapsed to one;
//  - every dash or hyphen variant (‐ ‑ ‒ – — ― −) written as '-', without spaces around it;
//  - Latin letters that look like Cyrillic ones (A, B, C, E, H, K, M, O, P, T, X, Y and
//    a, c, e, k, o, p, x, y) turned into Cyrillic inside a word that has Cyrillic letters;
//  - invisible characters (zero-width spaces, soft hyphens, byte order marks) dropped.
// Written by hand because the domain library takes no dependencies beyond the standard
// library (ICU is not available to the Windows cross build); the folding covers the Latin and
// Cyrillic blocks that appear in Russian names.
std::string normaliseName(std::string_view name);

// Folds one code point the way normaliseName does (lower case, ё → е); other code points pass.
char32_t foldCase(char32_t codePoint);

bool isCyrillicLetter(char32_t codePoint);

} // namespace diarydesk
