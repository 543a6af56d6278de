#include "CatchCompat.hpp"

#include "Redaction.hpp"

using diarydesk::maskSnils;
using diarydesk::redactSensitive;

TEST_CASE("SNILS is masked to its last five digits", "[redaction]") {
    CHECK(maskSnils("123-456-789 64") == "***-***-789 64");
    CHECK(maskSnils("12345678964") == "***-***-789 64");
    CHECK(maskSnils("garbage") == "***");
}

TEST_CASE("log text loses every SNILS-shaped number and bearer token", "[redaction]") {
    CHECK(redactSensitive("pupil 123-456-789 64 imported") == "pupil ***-***-789 64 imported");
    CHECK(redactSensitive("snils=12345678964;") == "snils=***-***-789 64;");
    CHECK(redactSensitive("a 123 456 789 64 b 123-456-789-64") == "a ***-***-789 64 b ***-***-789 64");
    CHECK(redactSensitive("Authorization: Bearer abc.def-123\r\n") == "Authorization: Bearer ***\r\n");
}

TEST_CASE("numbers that are not SNILS stay readable", "[redaction]") {
    CHECK(redactSensitive("A-2026-000123 version 2") == "A-2026-000123 version 2");
    CHECK(redactSensitive("imported 100000 rows in 0.35 s") == "imported 100000 rows in 0.35 s");
    CHECK(redactSensitive("id 123456789640") == "id 123456789640");
}
