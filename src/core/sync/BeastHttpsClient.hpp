#pragma once

#include "HttpsClient.hpp"

#include <memory>

namespace diarydesk {

// HttpsClient over Boost.Beast and OpenSSL: TLS 1.2 or newer, peer verification against the
// system trust store or the configured CA file, host-name (or IP address) verification and SNI,
// timeouts on every step, response bodies limited to options.maxResponseBody. Beast stays inside
// the .cpp file: it is slow to compile and nobody else needs its types.
class BeastHttpsClient final : public HttpsClient {
public:
    explicit BeastHttpsClient(const HttpsClientOptions& options);
    ~BeastHttpsClient() override;
    BeastHttpsClient(const BeastHttpsClient&) = delete;
    BeastHttpsClient& operator=(const BeastHttpsClient&) = delete;

    void connect() override;
    HttpResponse send(const HttpRequest& request) override;
    void disconnect() override;
    int connectionsOpened() const override;

private:
    struct Connection;
    std::unique_ptr<Connection> connection_;
};

} // namespace diarydesk
