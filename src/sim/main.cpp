// diarydesk-sim: the central diary server's API (../shared/spec/diary-api.md) over HTTPS on
// loopback, for the demo, the tests and the benchmark, with faults to inject on request.
#include "ApplicationFeed.hpp"
#include "ApplicationSource.hpp"
#include "CertificateAuthority.hpp"
#include "FaultPlan.hpp"
#include "RequestJournal.hpp"
#include "SimApi.hpp"
#include "SimCommandLine.hpp"
#include "SimServer.hpp"
#include "platform/TokenStore.hpp"

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>

using namespace diarydesk;
using namespace diarydesk::sim;

namespace {

void makeCertificates(const std::string& folder) {
    const CertificateAuthority authority("DiaryDesk simulator CA");
    authority.certificate().writeTo(folder, "ca");
    authority.issueServerCertificate({"127.0.0.1", "localhost"}).writeTo(folder, "server");
    std::cout << "Wrote " << folder << "/ca.pem (give it to the client: --ca), " << folder
              << "/server.pem and " << folder << "/server.key (--cert, --key)\n";
}

std::string expectedToken(const SimOptions& options) {
    if (!options.tokenFile.empty()) return readTokenFile(options.tokenFile);
    if (!options.token.empty()) return normalizeToken(options.token);
    throw std::runtime_error("give the token clients must send: --token TEXT or --token-file FILE");
}

int serve(const SimOptions& options) {
    if (options.certFile.empty() || options.keyFile.empty()) {
        throw std::runtime_error(
            "give the server certificate and key: --cert FILE --key FILE (make them with "
            "--make-certs FOLDER)");
    }
    ApplicationFeed feed(loadApplications(options));
    FaultPlan faults(options.faults);
    SimApi api(expectedToken(options), options.schoolId, feed, faults);
    RequestJournal journal(options.journalFile);
    SimServer server(SimServerSettings{options.host, options.port, options.certFile, options.keyFile,
                                       options.faults.latency},
                     api, journal);
    if (!options.portFile.empty()) {
        std::ofstream(options.portFile) << server.port() << '\n';
    }
    std::cout << "diarydesk-sim listening on https://" << options.host << ":" << server.port() << " (school "
              << options.schoolId << ", " << feed.size() << " applications)" << std::endl;
    server.run();
    std::cout << "diarydesk-sim stopped: " << journal.totals() << std::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app(
        "diarydesk-sim: a central diary server simulator (HTTPS, API v1) for the DiaryDesk demo and tests.\n"
        "Example:\n"
        "  diarydesk-sim --make-certs certs\n"
        "  diarydesk-sim --cert certs/server.pem --key certs/server.key --token demo-token \\\n"
        "                --school school-1 --generate 300 --roster-out roster.csv --port 8443\n"
        "  diarydesk-cli roster import roster.csv\n"
        "  DIARYDESK_TOKEN=demo-token diarydesk-cli sync --server https://127.0.0.1:8443 --school school-1 "
        "\\\n"
        "                --ca certs/ca.pem\n"
        "The roster of --generate N --data-seed S is the one of diarydesk-sampledata roster --count "
        "max(N,100)\n"
        "--seed S. Stops on Ctrl+C or SIGTERM and prints what it served.",
        "diarydesk-sim");
    SimOptions options;
    addSimOptions(app, options);
    CLI11_PARSE(app, argc, argv);
    try {
        if (!options.makeCerts.empty()) {
            makeCertificates(options.makeCerts);
            return 0;
        }
        return serve(options);
    } catch (const std::exception& error) {
        std::cerr << "diarydesk-sim: " << error.what() << '\n';
        return 1;
    }
}
