#pragma once

#include <cstddef>
#include <fstream>
#include <string>

namespace diarydesk::sim {

// What the simulator did with one request.
struct JournalEntry {
    long connection = 0; // numbered from 1 in the order connections were accepted
    std::string method;
    std::string target;
    int status = 0;             // 0 when the connection was cut instead of answering
    std::string fault;          // "", "expired_token", "rate_limited", "unavailable", "cut_after_apply"
    std::string applicationId;  // decision requests
    std::string idempotencyKey; // decision requests
    bool applied = false;       // this request changed the application's state
    bool replay = false;        // answered from the idempotency record
};

// A JSON line per request, flushed as it is written, so tests and the demo can follow the
// server while it runs (--journal FILE); also the totals printed when the simulator stops.
class RequestJournal {
public:
    explicit RequestJournal(const std::string& file); // empty: totals only

    void write(const JournalEntry& entry);
    void connectionOpened() { ++connections_; }

    // "requests 1003, connections 1, applied 1000, replays 2, faults 3"
    std::string totals() const;
    std::size_t applied() const { return applied_; }
    std::size_t connections() const { return connections_; }

private:
    std::ofstream out_;
    std::size_t requests_ = 0;
    std::size_t connections_ = 0;
    std::size_t applied_ = 0;
    std::size_t replays_ = 0;
    std::size_t faults_ = 0;
};

} // namespace diarydesk::sim
