// The test runner's main, compiled once into an object library. Debian's Catch2 v2 ships a
// Catch2WithMain that does not link with benchmarking enabled, so the project provides its own.
#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

int main(int argc, char* argv[]) { return Catch::Session().run(argc, argv); }
