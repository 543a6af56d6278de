#include "CatchCompat.hpp"
#include "SyncFixture.hpp"
#include "ValidationError.hpp"

using namespace diarydesk;
using namespace diarydesk::test;
using Catch::Matchers::Contains;

namespace {

struct RefusedCertificate {
    const char* what;
    TestCertificates::ServerFiles TestCertificates::*files;
    const char* reason; // part of the message the user sees
};

} // namespace

TEST_CASE(
    "a server certificate from another CA, an expired one or one for another host is refused before any "
    "request is sent",
    "[sync][tls]") {
    const RefusedCertificate refused = GENERATE(
        RefusedCertificate{"another CA", &TestCertificates::otherCa,
                           "удостоверяющим центром, которому нет доверия"},
        RefusedCertificate{"expired", &TestCertificates::expired, "срок действия сертификата сервера истёк"},
        RefusedCertificate{"another host", &TestCertificates::wrongHost, "выдан для другого имени сервера"});
    INFO(refused.what);

    SyncFixture fixture;
    {
        SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "1"});
        fixture.pull(sim, *fixture.store);
    }
    fixture.reject(*fixture.store, {generatedId(1)});

    SimProcess sim(fixture.folder.path(), fixture.certificates.*refused.files, {"--generate", "1"});
    const SyncReport report = fixture.sync(sim);
    CHECK(report.tlsFailed);
    CHECK_FALSE(report.serverReachable);
    CHECK(report.pending == 1);
    CHECK(fixture.waits.empty());
    REQUIRE(report.errors.size() == 1);
    CHECK_THAT(report.errors[0], Contains(refused.reason));
    CHECK(sim.journal().empty());

    // Nothing was sent: the decision was not even marked as being sent and can still be changed.
    const OutboxItem item = fixture.outboxItem(*fixture.store, generatedId(1));
    CHECK(item.attempts == 0);
    CHECK(item.firstAttemptAt.empty());
}

TEST_CASE("the host name is checked for DNS names too", "[sync][tls]") {
    SyncFixture fixture;
    SimProcess good(fixture.folder.path(), fixture.certificates.good, {"--generate", "3"});
    SyncConnection byName = fixture.connectionTo(good);
    byName.serverUrl = "https://localhost:" + std::to_string(good.port());
    SyncService service(*fixture.store, fixture.clock);
    CHECK(service.run(byName, fixture.options).pulled == 3);

    SimProcess wrong(fixture.folder.path(), fixture.certificates.wrongHost, {"--generate", "3"});
    byName.serverUrl = "https://localhost:" + std::to_string(wrong.port());
    const SyncReport report = service.run(byName, fixture.options);
    CHECK(report.tlsFailed);
    CHECK_THAT(report.errors.at(0), Contains("выдан для другого имени сервера"));
}

TEST_CASE("a CA file that cannot be read is an error before connecting", "[sync][tls]") {
    SyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "1"});
    SyncConnection connection = fixture.connectionTo(sim);
    connection.caFile = fixture.folder / "missing-ca.pem";
    SyncService service(*fixture.store, fixture.clock);
    CHECK_THROWS_AS(service.run(connection, fixture.options), ValidationError);
    CHECK(sim.journal().empty());
}

TEST_CASE("only https addresses are accepted", "[sync][tls]") {
    SyncFixture fixture;
    SyncService service(*fixture.store, fixture.clock);
    SyncConnection connection{"http://127.0.0.1:8080", SimProcess::school, SimProcess::token, {}};
    CHECK_THROWS_AS(service.run(connection, fixture.options), ValidationError);
}
