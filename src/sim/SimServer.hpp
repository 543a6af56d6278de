#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace diarydesk::sim {

class RequestJournal;
class SimApi;

struct SimServerSettings {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0; // 0: any free port
    std::string certFile;   // PEM chain of the server
    std::string keyFile;    // PEM private key
    std::chrono::milliseconds latency{0};
};

// The simulator's HTTPS listener on one thread: TLS 1.2 or newer with the given certificate,
// HTTP/1.1 keep-alive, one request at a time per connection, answers from SimApi.
class SimServer {
public:
    // Binds and listens at once (throws std::runtime_error when it cannot).
    SimServer(const SimServerSettings& settings, SimApi& api, RequestJournal& journal);
    ~SimServer();
    SimServer(const SimServer&) = delete;
    SimServer& operator=(const SimServer&) = delete;

    std::uint16_t port() const;
    // Serves until SIGINT, SIGTERM or stop().
    void run();
    // Ends run() from another thread (the benchmark serves from a thread of its own).
    void stop();

private:
    struct Listener;
    std::unique_ptr<Listener> listener_;
};

} // namespace diarydesk::sim
