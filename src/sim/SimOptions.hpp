#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace diarydesk::sim {

// Faults the simulator injects so the client's retries can be seen working (and tested).
struct FaultOptions {
    double failRate = 0.0;                // share of API requests answered 503 (random, from `seed`)
    int failFirst = 0;                    // the first N decision requests are answered 503
    double dropAfterApplyRate = 0.0;      // share of newly applied decisions whose connection is then cut
    int dropAfterApplyFirst = 0;          // the first N newly applied decisions: connection cut, no answer
    std::chrono::milliseconds latency{0}; // added before every answer
    int rateLimitBurst = 0;               // this many requests in a row are answered 429…
    int rateLimitPeriod = 0;              // …every that many requests (0: one burst at the start)
    int retryAfterSeconds = 1;            // the Retry-After of those 429s
    bool expiredToken = false;            // every request is answered 401: the token has expired
    std::size_t padPages = 0;             // bytes of an unknown field added to every page (oversized answers)
    std::uint64_t seed = 1;
};

struct SimOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8443; // 0: any free port (printed, and written to portFile)
    std::string certFile;
    std::string keyFile;
    std::string token;
    std::string tokenFile;
    std::string schoolId = "school-1";

    std::string applicationsFile; // a JSON array of applications, or {"items": [...]}
    std::size_t generate = 0;     // or this many generated applications
    std::uint64_t dataSeed = 1;
    std::size_t rosterSize = 0; // the generated roster (0: as many pupils as applications, at least 100)
    std::string rosterOut;      // writes the roster the generated applications refer to (CSV)

    std::string journalFile; // one JSON line per request
    std::string portFile;    // the port actually listened on
    std::string makeCerts;   // a folder: write ca.pem, server.pem, server.key and exit

    FaultOptions faults;
};

} // namespace diarydesk::sim
