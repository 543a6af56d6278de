#include "CatchCompat.hpp"
#include "TempDir.hpp"
#include "ValidationError.hpp"
#include "platform/TokenStore.hpp"
#include "sync/RetryPolicy.hpp"
#include "sync/ServerUrl.hpp"

#include <sys/stat.h>

using namespace diarydesk;
using namespace diarydesk::test;
using namespace std::chrono_literals;

TEST_CASE("back-off doubles from the initial wait up to the cap, half of it random", "[sync][parts]") {
    RetryPolicy policy;
    policy.initialBackoff = 500ms;
    policy.maxBackoff = 15s;
    CHECK(backoffDelay(policy, 1, 0.0) == 250ms);
    CHECK(backoffDelay(policy, 1, 0.999) <= 500ms);
    CHECK(backoffDelay(policy, 3, 0.0) == 1000ms);
    CHECK(backoffDelay(policy, 3, 0.5) == 1500ms);
    CHECK(backoffDelay(policy, 10, 0.0) == 7500ms);
    CHECK(backoffDelay(policy, 1000, 1.0) == 15s);
}

TEST_CASE("server addresses must be https and keep their port and base path", "[sync][parts]") {
    const ServerUrl url = ServerUrl::parse("HTTPS://Diary.Example.RU:8443/base/");
    CHECK(url.host == "diary.example.ru");
    CHECK(url.port == 8443);
    CHECK(url.basePath == "/base");
    CHECK(url.toString() == "https://diary.example.ru:8443/base");
    CHECK(ServerUrl::parse("https://127.0.0.1").hostIsIpAddress());
    CHECK(ServerUrl::parse("https://[::1]:9000").authority() == "[::1]:9000");
    CHECK_THROWS_AS(ServerUrl::parse("http://diary.example.ru"), ValidationError);
    CHECK_THROWS_AS(ServerUrl::parse("https://user@diary.example.ru"), ValidationError);
    CHECK_THROWS_AS(ServerUrl::parse("https://diary.example.ru:70000"), ValidationError);
    CHECK(percentEncode("A-1 б/?") == "A-1%20%D0%B1%2F%3F");
}

TEST_CASE("the token store keeps the token in an owner-only file and refuses one others can read",
          "[sync][parts]") {
    TempDir folder;
    const TokenStore tokens(folder / "data");
    CHECK_FALSE(tokens.load());
    tokens.save("  secret-token-1\n");
    CHECK(tokens.load() == std::optional<std::string>("secret-token-1"));
    struct stat status {};
    REQUIRE(::stat(tokens.file().c_str(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);

    ::chmod(tokens.file().c_str(), 0644);
    CHECK_THROWS_AS(tokens.load(), ValidationError);
    tokens.save("secret-token-2");
    CHECK(tokens.load() == std::optional<std::string>("secret-token-2"));
    tokens.erase();
    CHECK_FALSE(tokens.load());
}

TEST_CASE("a token that could inject a header is refused", "[sync][parts]") {
    CHECK(normalizeToken(" abc.DEF-123_~ \r\n") == "abc.DEF-123_~");
    CHECK_THROWS_AS(normalizeToken("abc\r\nX-Evil: 1"), ValidationError);
    CHECK_THROWS_AS(normalizeToken("токен"), ValidationError);
    CHECK_THROWS_AS(normalizeToken("   "), ValidationError);
}
