// Pushes 1,000 decisions to the simulator on loopback over one TLS connection with
// `diarydesk-cli sync`, and in the same run the same 1,000 requests (same bodies, same headers)
// with `curl --config` over one keep-alive connection. Prints decisions per second for both,
// the ratio, CPU time and peak memory of each client. Each side gets a fresh simulator, so every
// request applies a decision rather than replaying one. The two take turns for a few rounds and
// the medians are compared: on a shared machine single runs vary by a factor of two.
#include "CertificateAuthority.hpp"
#include "ChildProcess.hpp"
#include "InProcessSim.hpp"
#include "platform/Clock.hpp"
#include "services/DecisionService.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace diarydesk;
using namespace diarydesk::bench;

namespace {

const std::string token = "bench-token";

std::string applicationId(std::size_t number) {
    char id[32];
    std::snprintf(id, sizeof id, "A-2026-%06zu", number);
    return id;
}

std::filesystem::path makeFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "diarydesk-bench-sync-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    return pattern;
}

// A quoted value of a curl config file.
std::string quoted(const std::string& text) {
    std::string result = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') result += '\\';
        result += c;
    }
    return result + "\"";
}

void rejectAll(const std::string& database, std::size_t count) {
    const auto store = openStore(database);
    SystemClock clock;
    DecisionService decisions(*store, clock);
    auto transaction = store->beginTransaction();
    for (std::size_t number = 1; number <= count; ++number) {
        DecisionRequest request;
        request.applicationId = applicationId(number);
        request.kind = DecisionKind::rejected;
        request.reason = ReasonCode::dataMismatch;
        request.user = "Секретарь Петрова Н. В.";
        decisions.decide(request);
    }
    transaction->commit();
}

// The requests our client sent, as a curl config: one block per decision, `next` between them.
void writeCurlConfig(const std::filesystem::path& file, const std::string& database, const std::string& url,
                     const std::filesystem::path& ca, std::size_t count) {
    const auto store = openStore(database);
    std::ofstream out(file);
    out << "silent\nshow-error\n";
    for (std::size_t number = 1; number <= count; ++number) {
        const std::string id = applicationId(number);
        const auto decision = store->decisions().forApplication(id);
        const auto item = store->outbox().find(decision->id);
        out << "url = " << quoted(url + "/api/v1/applications/" + id + "/decision") << '\n'
            << "cacert = " << quoted(ca.string()) << '\n'
            << "header = " << quoted("Authorization: Bearer " + token) << '\n'
            << "header = \"Content-Type: application/json; charset=utf-8\"\n"
            << "header = \"Accept: application/json\"\n"
            << "header = " << quoted("Idempotency-Key: " + item->idempotencyKey) << '\n'
            << "data-binary = " << quoted(item->payload) << '\n'
            << "output = \"/dev/null\"\n";
        if (number < count) out << "next\n";
    }
}

void check(bool condition, const std::string& what) {
    if (!condition) throw std::runtime_error(what);
}

struct Setup {
    std::filesystem::path folder;
    std::filesystem::path ca;
    std::filesystem::path serverCertificate;
    std::filesystem::path serverKey;
    std::filesystem::path tokenFile;
    std::size_t count = 0;
};

struct Side {
    ProcessCost cost;
    std::size_t connections = 0;
};

// diarydesk-cli: pulls the applications and decides them all (not timed), then one timed sync
// delivers the decisions. Leaves the database behind for curl's requests.
Side runOurs(const Setup& setup, const std::string& database) {
    InProcessSim sim(setup.serverCertificate, setup.serverKey, token, setup.count);
    const std::vector<std::string> sync{DIARYDESK_CLI_PATH,
                                        "--db",
                                        database,
                                        "sync",
                                        "--server",
                                        sim.url(),
                                        "--school",
                                        "school-1",
                                        "--ca",
                                        setup.ca.string(),
                                        "--token-file",
                                        setup.tokenFile.string()};
    check(runProcess(sync).exitStatus == 0, "the pull before the benchmark failed");
    rejectAll(database, setup.count);
    const std::size_t connectionsBefore = sim.journal().connections();
    Side side{runProcess(sync), 0};
    sim.stop();
    check(side.cost.exitStatus == 0, "diarydesk-cli sync did not deliver everything");
    check(sim.journal().applied() == setup.count, "the server did not apply every decision");
    side.connections = sim.journal().connections() - connectionsBefore;
    return side;
}

Side runCurl(const Setup& setup, const std::string& database) {
    InProcessSim sim(setup.serverCertificate, setup.serverKey, token, setup.count);
    const auto config = setup.folder / "curl.config";
    writeCurlConfig(config, database, sim.url(), setup.ca, setup.count);
    Side side{runProcess({"curl", "--config", config.string()}), 0};
    sim.stop();
    check(side.cost.exitStatus == 0, "curl failed");
    check(sim.journal().applied() == setup.count, "curl's requests were not all applied");
    side.connections = sim.journal().connections();
    return side;
}

const Side& median(std::vector<Side>& sides) {
    std::sort(sides.begin(), sides.end(),
              [](const Side& a, const Side& b) { return a.cost.seconds < b.cost.seconds; });
    return sides[sides.size() / 2];
}

void printSide(const char* name, const Side& side, std::size_t count) {
    std::printf("  %-28s %7.3f s %7.0f decisions/s  CPU %6.3f s  peak %6.1f MiB  TLS connections %zu\n", name,
                side.cost.seconds, static_cast<double>(count) / side.cost.seconds, side.cost.cpuSeconds,
                side.cost.peakMegabytes, side.connections);
}

Setup prepare(std::size_t count) {
    Setup setup;
    setup.count = count;
    setup.folder = makeFolder();
    const sim::CertificateAuthority authority("DiaryDesk bench CA");
    authority.certificate().writeTo(setup.folder, "ca");
    authority.issueServerCertificate({"127.0.0.1"}).writeTo(setup.folder, "server");
    setup.ca = setup.folder / "ca.pem";
    setup.serverCertificate = setup.folder / "server.pem";
    setup.serverKey = setup.folder / "server.key";
    setup.tokenFile = setup.folder / "token.txt";
    std::ofstream(setup.tokenFile) << token << '\n';
    std::filesystem::permissions(setup.tokenFile,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    return setup;
}

} // namespace

int main(int argc, char** argv) {
    try {
        const std::size_t count = argc > 1 ? std::stoul(argv[1]) : 1000;
        const int rounds = argc > 2 ? std::stoi(argv[2]) : 3;
        spdlog::set_level(spdlog::level::warn); // the decisions made to set the benchmark up are not news
        const Setup setup = prepare(count);
        ::setenv("XDG_DATA_HOME", setup.folder.c_str(), 1); // the CLI's logs stay in here

        std::printf(
            "Push %zu decisions to diarydesk-sim over TLS on loopback, each client on a fresh server, "
            "%d rounds taking turns\n",
            count, rounds);
        std::vector<Side> ours;
        std::vector<Side> curl;
        for (int round = 1; round <= rounds; ++round) {
            const std::string database =
                (setup.folder / ("round-" + std::to_string(round) + ".sqlite")).string();
            ours.push_back(runOurs(setup, database));
            curl.push_back(runCurl(setup, database));
            std::printf("round %d: diarydesk-cli sync %.3f s, curl %.3f s\n", round, ours.back().cost.seconds,
                        curl.back().cost.seconds);
        }
        std::printf("median of %d rounds:\n", rounds);
        const Side& ourMedian = median(ours); // sorts: front() is then the best round
        const Side& curlMedian = median(curl);
        printSide("diarydesk-cli sync", ourMedian, count);
        printSide("curl --config (keep-alive)", curlMedian, count);
        std::printf(
            "ratio ours/curl in decisions/s: %.2f median, %.2f best round against best round (target: at "
            "least 1.00).\nBoth walls include the process start; ours also one pull request and the durable "
            "database writes of every decision.\n",
            curlMedian.cost.seconds / ourMedian.cost.seconds,
            curl.front().cost.seconds / ours.front().cost.seconds);
        std::filesystem::remove_all(setup.folder);
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "bench-sync-push: " << error.what() << '\n';
        return 1;
    }
}
