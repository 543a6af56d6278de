#pragma once

// One test code base for Catch2 v2 (Debian: a single header) and v3 (vcpkg: split headers).
#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>

// v2 names that v3 renamed: Approx left the global namespace, and the substring matcher is
// ContainsSubstring (v3's Contains matches an element of a range).
using Catch::Approx;
namespace Catch::Matchers {
inline StringContainsMatcher Contains(const std::string& text, CaseSensitive caseSensitivity = CaseSensitive::Yes) {
    return ContainsSubstring(text, caseSensitivity);
}
} // namespace Catch::Matchers
#else
#include <catch2/catch.hpp>
#endif
