#include "CatchCompat.hpp"

#include "TempDir.hpp"
#include "logging/Logging.hpp"

#include <spdlog/spdlog.h>

using namespace diarydesk;
using namespace diarydesk::test;

TEST_CASE("the log file never holds a full SNILS or a bearer token", "[logging]") {
    TempDir folder;
    setUpLogging(LoggingOptions{folder.path(), false, true});
    spdlog::info("pupil 123-456-789 64 and {} imported", "112 233 445 95");
    spdlog::warn("request failed: Authorization: Bearer s3cr3t-t0ken");
    spdlog::default_logger()->flush();
    spdlog::drop_all();

    const std::string log = readFile(folder / "diarydesk.log");
    CHECK(log.find("***-***-789 64") != std::string::npos);
    CHECK(log.find("***-***-445 95") != std::string::npos);
    CHECK(log.find("123-456-789") == std::string::npos);
    CHECK(log.find("112 233 445") == std::string::npos);
    CHECK(log.find("s3cr3t") == std::string::npos);
    CHECK(log.find("Bearer ***") != std::string::npos);
}

TEST_CASE("debug messages stay out of the log unless asked for", "[logging]") {
    TempDir folder;
    setUpLogging(LoggingOptions{folder.path(), false, true});
    spdlog::debug("detail nobody asked for");
    spdlog::info("ordinary line");
    spdlog::default_logger()->flush();
    spdlog::drop_all();
    const std::string log = readFile(folder / "diarydesk.log");
    CHECK(log.find("ordinary line") != std::string::npos);
    CHECK(log.find("detail nobody asked for") == std::string::npos);
}
