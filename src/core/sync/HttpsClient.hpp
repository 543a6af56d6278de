#pragma once

#include "HttpMessage.hpp"
#include "ServerUrl.hpp"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>

namespace diarydesk {

struct HttpsClientOptions {
    ServerUrl server;
    // A PEM bundle of the CAs to trust; empty: the operating system's trust store. The chain and
    // the host name are verified either way; there is no way to turn that off.
    std::filesystem::path caFile;
    std::chrono::milliseconds connectTimeout{10'000};   // name lookup and TCP connect
    std::chrono::milliseconds handshakeTimeout{10'000}; // TLS handshake
    std::chrono::milliseconds ioTimeout{30'000};        // writing a request, reading its response
    std::size_t maxResponseBody = 8 * 1024 * 1024;      // the API's limit
};

// HTTPS to one server over one kept-alive connection, reopened when the server closed it.
// Calls come from one thread at a time.
class HttpsClient {
public:
    virtual ~HttpsClient() = default;

    // Opens the connection now unless one is open: TCP, then the TLS handshake with chain and
    // host-name verification. Throws TransportError (failure `tls` for certificate problems).
    virtual void connect() = 0;
    // Sends one request and reads its whole response, connecting first when needed. Any HTTP
    // status is a response; throws TransportError when no complete response arrived.
    virtual HttpResponse send(const HttpRequest& request) = 0;
    // Closes the connection politely (TLS close_notify, bounded by a short timeout).
    virtual void disconnect() = 0;

    // How many connections this client has opened: one for a whole sync run when the server
    // keeps the connection alive.
    virtual int connectionsOpened() const = 0;
};

// The Boost.Beast + OpenSSL client (BeastHttpsClient). Throws ValidationError when the CA file
// cannot be read.
std::unique_ptr<HttpsClient> makeHttpsClient(const HttpsClientOptions& options);

} // namespace diarydesk
