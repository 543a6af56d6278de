#include "SimCommandLine.hpp"

#include <CLI/CLI.hpp>

namespace diarydesk::sim {

void addSimOptions(CLI::App& app, SimOptions& options) {
    app.add_option("--host", options.host, "Address to listen on")->capture_default_str();
    app.add_option("--port", options.port, "Port to listen on; 0: any free port (printed)")
        ->capture_default_str();
    app.add_option("--cert", options.certFile, "Server certificate chain, PEM");
    app.add_option("--key", options.keyFile, "Server private key, PEM");
    app.add_option("--make-certs", options.makeCerts,
                   "Write a throwaway CA (ca.pem) and a server certificate for 127.0.0.1 and localhost "
                   "(server.pem, server.key) into this folder, then exit");
    auto* token = app.add_option("--token", options.token, "The API token clients must send (Bearer)");
    app.add_option("--token-file", options.tokenFile, "File holding the API token")->excludes(token);
    app.add_option("--school", options.schoolId, "School id served")->capture_default_str();

    auto* file =
        app.add_option("--applications", options.applicationsFile,
                       "Applications to serve: a JSON array, or an object with items; an id may repeat "
                       "with a higher version (a later withdrawal)");
    app.add_option("--generate", options.generate, "Serve this many generated applications")->excludes(file);
    app.add_option("--data-seed", options.dataSeed, "Seed of the generated roster and applications")
        ->capture_default_str();
    app.add_option("--roster-size", options.rosterSize,
                   "Pupils in the generated roster (default: as many as applications, at least 100)");
    app.add_option(
        "--roster-out", options.rosterOut,
        "Write the generated roster as a CSV file staff would import (diarydesk-cli roster import)");

    app.add_option("--journal", options.journalFile, "Append one JSON line per request to this file");
    app.add_option("--port-file", options.portFile, "Write the port listened on to this file");

    FaultOptions& faults = options.faults;
    const char* group = "Fault injection";
    app.add_option("--fail-rate", faults.failRate, "Share of requests answered 503 (0..1)")
        ->check(CLI::Range(0.0, 1.0))
        ->group(group);
    app.add_option("--fail-first", faults.failFirst, "Answer the first N decision requests 503")
        ->group(group);
    app.add_option("--drop-after-apply-rate", faults.dropAfterApplyRate,
                   "Share of applied decisions whose connection is cut instead of answered (0..1)")
        ->check(CLI::Range(0.0, 1.0))
        ->group(group);
    app.add_option("--drop-after-apply-first", faults.dropAfterApplyFirst,
                   "Cut the connection after applying the first N decisions")
        ->group(group);
    app.add_option_function<int>(
           "--latency",
           [&faults](int milliseconds) { faults.latency = std::chrono::milliseconds(milliseconds); },
           "Milliseconds added before every answer")
        ->check(CLI::Range(0, 60'000))
        ->group(group);
    app.add_option("--rate-limit-burst", faults.rateLimitBurst, "Answer this many requests in a row 429")
        ->group(group);
    app.add_option("--rate-limit-period", faults.rateLimitPeriod,
                   "Start a 429 burst every this many requests (0: one burst at the start)")
        ->group(group);
    app.add_option("--retry-after", faults.retryAfterSeconds, "Retry-After seconds of the 429 answers")
        ->capture_default_str()
        ->group(group);
    app.add_flag("--expired-token", faults.expiredToken, "Answer every request 401: the token has expired")
        ->group(group);
    app.add_option("--pad-pages", faults.padPages,
                   "Add an unknown field of this many bytes to every page (9000000: over the 8 MiB limit)")
        ->group(group);
    app.add_option("--seed", faults.seed, "Seed of the random faults")->capture_default_str()->group(group);
}

} // namespace diarydesk::sim
