#include "CatchCompat.hpp"
#include "CliProcess.hpp"
#include "SimProcess.hpp"
#include "TempDir.hpp"
#include "TestCertificates.hpp"
#include "storage/SettingsRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <sys/stat.h>

using namespace diarydesk;
using namespace diarydesk::test;
using Catch::Matchers::Contains;

namespace {

struct CliSyncFixture {
    std::vector<std::string> syncArguments(const SimProcess& sim, bool json = true) const {
        std::vector<std::string> arguments = syncCommand(sim.url(), certificates.trustedCa, tokenFile);
        if (!json) arguments.pop_back();
        arguments.insert(arguments.end(), {"--retry-budget", "0.3"});
        return arguments;
    }

    nlohmann::json syncJson(const SimProcess& sim, int expectedExit) const {
        const CliResult result = cli.run(syncArguments(sim));
        INFO(result.out << result.err);
        REQUIRE(result.exitCode == expectedExit);
        return nlohmann::json::parse(result.out);
    }

    void reject(const std::string& id) const {
        const CliResult result =
            cli.run({"decide", id, "reject", "--reason", "data_mismatch", "--user", "Секретарь"});
        INFO(result.out << result.err);
        REQUIRE(result.exitCode == 0);
    }

    TempDir folder;
    TestCertificates certificates{folder.path()};
    CliProcess cli{folder / "home"};
    std::filesystem::path tokenFile = writeTokenFile(folder.path());
};

} // namespace

TEST_CASE("sync --json prints pulled, updated, pushed, pending, conflicts and errors; exit 0 when all is "
          "delivered",
          "[sync][cli]") {
    CliSyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "3"});

    nlohmann::json report = fixture.syncJson(sim, 0);
    for (const char* key : {"pulled", "updated", "pushed", "pending"})
        CHECK(report[key].is_number_integer());
    CHECK(report["conflicts"].is_array());
    CHECK(report["errors"].is_array());
    CHECK(report["pulled"] == 3);
    CHECK(report["pushed"] == 0);

    fixture.reject("A-2026-000001");
    report = fixture.syncJson(sim, 0);
    CHECK(report["pulled"] == 0);
    CHECK(report["pushed"] == 1);
    CHECK(report["pending"] == 0);
    CHECK(report["errors"].empty());
}

TEST_CASE("sync exits 4 and lists what is still pending when the server keeps failing or is away",
          "[sync][cli]") {
    CliSyncFixture fixture;
    {
        SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "2"});
        fixture.syncJson(sim, 0);
        fixture.reject("A-2026-000002");
    }
    SimProcess failing(fixture.folder.path(), fixture.certificates.good,
                       {"--generate", "2", "--fail-rate", "1"});
    const CliResult text = fixture.cli.run(fixture.syncArguments(failing, false));
    CHECK(text.exitCode == 4);
    CHECK_THAT(text.out, Contains("Ожидают отправки (1)"));
    CHECK_THAT(text.out, Contains("A-2026-000002"));

    const nlohmann::json report = fixture.syncJson(failing, 4);
    CHECK(report["pending"] == 1);
    CHECK(report["pending_decisions"][0]["application_id"] == "A-2026-000002");
    CHECK_FALSE(report["errors"].empty());

    failing.stop(); // nobody listens on its port any more
    CHECK(fixture.cli.run(fixture.syncArguments(failing)).exitCode == 4);
}

TEST_CASE("sync exits 1 when the token or the certificate is refused", "[sync][cli]") {
    CliSyncFixture fixture;
    SECTION("expired token") {
        SimProcess sim(fixture.folder.path(), fixture.certificates.good,
                       {"--generate", "1", "--expired-token"});
        const CliResult result = fixture.cli.run(fixture.syncArguments(sim, false));
        CHECK(result.exitCode == 1);
        CHECK_THAT(result.out, Contains("Сервер не принял токен"));
        CHECK_THAT(result.out, Contains("config set-token"));
    }
    SECTION("certificate of another CA") {
        SimProcess sim(fixture.folder.path(), fixture.certificates.otherCa, {"--generate", "1"});
        const CliResult result = fixture.cli.run(fixture.syncArguments(sim, false));
        CHECK(result.exitCode == 1);
        CHECK_THAT(result.out, Contains("проверкой TLS"));
        CHECK(sim.journal().empty());
    }
    SECTION("no token at all") {
        SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "1"});
        const CliResult result =
            fixture.cli.run({"sync", "--server", sim.url(), "--school", SimProcess::school, "--ca",
                             fixture.certificates.trustedCa.string()});
        CHECK(result.exitCode == 1);
        CHECK_THAT(result.err, Contains("Нет токена доступа"));
    }
}

TEST_CASE("settings saved with config serve the next sync; the token comes from the environment or the "
          "protected store and is never written anywhere else",
          "[sync][cli]") {
    CliSyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "2"});
    REQUIRE(fixture.cli.run({"config", "set", "server", sim.url()}).exitCode == 0);
    REQUIRE(fixture.cli.run({"config", "set", "school", SimProcess::school}).exitCode == 0);
    REQUIRE(fixture.cli.run({"config", "set", "ca", fixture.certificates.trustedCa.string()}).exitCode == 0);

    CliResult result =
        fixture.cli.run({"--verbose", "sync", "--json"}, {{"DIARYDESK_TOKEN", SimProcess::token}});
    INFO(result.out << result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(nlohmann::json::parse(result.out)["pulled"] == 2);

    REQUIRE(fixture.cli.run({"config", "set-token", "--token-file", fixture.tokenFile.string()}).exitCode ==
            0);
    const auto stored = fixture.cli.home() / "diarydesk" / "token";
    struct stat status {};
    REQUIRE(::stat(stored.c_str(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);

    result = fixture.cli.run({"--verbose", "sync", "--json"});
    INFO(result.out << result.err);
    CHECK(result.exitCode == 0);

    const CliResult shown = fixture.cli.run({"config", "get", "--json"});
    const nlohmann::json settings = nlohmann::json::parse(shown.out);
    CHECK(settings["server"] == sim.url());
    CHECK(settings["token_stored"] == true);
    CHECK(shown.out.find(SimProcess::token) == std::string::npos);

    const auto store = openStore(fixture.cli.database().string());
    for (const auto& [key, value] : store->settings().all())
        CHECK(value.find(SimProcess::token) == std::string::npos);
    const auto logs = fixture.cli.home() / "diarydesk" / "logs";
    REQUIRE(std::filesystem::exists(logs));
    for (const auto& entry : std::filesystem::recursive_directory_iterator(logs)) {
        if (entry.is_regular_file())
            CHECK(readFile(entry.path()).find(SimProcess::token) == std::string::npos);
    }

    // A token file others may read is refused by the store.
    std::filesystem::permissions(stored, std::filesystem::perms::group_read,
                                 std::filesystem::perm_options::add);
    result = fixture.cli.run({"sync", "--json"});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.err, Contains("chmod 600"));
}

TEST_CASE("sync exits 3 and lists the conflict when the server already has another decision", "[sync][cli]") {
    CliSyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "1"});
    const CliProcess otherDesk(fixture.folder / "other-desk");
    const auto arguments = fixture.syncArguments(sim);
    REQUIRE(otherDesk.run(arguments).exitCode == 0);
    REQUIRE(
        otherDesk
            .run({"decide", "A-2026-000001", "reject", "--reason", "pupil_not_found", "--user", "Учитель"})
            .exitCode == 0);
    REQUIRE(otherDesk.run(arguments).exitCode == 0);

    fixture.syncJson(sim, 0);
    fixture.reject("A-2026-000001");
    const nlohmann::json report = fixture.syncJson(sim, 3);
    CHECK(report["pushed"] == 0);
    CHECK(report["pending"] == 0);
    REQUIRE(report["conflicts"].size() == 1);
    CHECK(report["conflicts"][0]["application_id"] == "A-2026-000001");
    CHECK(report["conflicts"][0]["server_status"] == "rejected");
}
