#include "CatchCompat.hpp"

#include "ValidationError.hpp"
#include "platform/Clock.hpp"

#include <cstdlib>

using namespace diarydesk;
using namespace std::chrono;

TEST_CASE("instants are written as RFC 3339 and read back", "[clock]") {
    const Clock::TimePoint instant{seconds(1795000000)};
    CHECK(formatRfc3339Utc(instant) == "2026-11-18T11:06:40+00:00");
    CHECK(parseRfc3339("2026-11-18T11:06:40+00:00") == instant);
    CHECK(parseRfc3339("2026-11-18T18:06:40+07:00") == instant);
    CHECK(parseRfc3339("2026-11-18T11:06:40Z") == instant);
    CHECK(parseRfc3339("2026-11-18T11:06:40.250Z") == instant);
    CHECK(parseRfc3339(formatRfc3339Local(instant)) == instant);
}

TEST_CASE("local time carries the zone's offset", "[clock]") {
    setenv("TZ", "Asia/Novosibirsk", 1);
    tzset();
    CHECK(formatRfc3339Local(Clock::TimePoint{seconds(1795000000)}) == "2026-11-18T18:06:40+07:00");
    setenv("TZ", "UTC", 1);
    tzset();
    CHECK(formatRfc3339Local(Clock::TimePoint{seconds(1795000000)}) == "2026-11-18T11:06:40+00:00");
    unsetenv("TZ");
    tzset();
}

TEST_CASE("text that is not an RFC 3339 instant is refused", "[clock]") {
    for (const char* text : {"2026-11-18", "2026-11-18T11:06:40", "2026-13-18T19:06:40Z", "yesterday",
                             "2026-11-18T11:06:40+07"}) {
        CHECK_THROWS_AS(parseRfc3339(text), ValidationError);
    }
}
