#pragma once

#include <stdexcept>
#include <string>

namespace diarydesk {

// Why a request got no usable HTTP answer.
enum class TransportFailure {
    unreachable, // name not resolved, connection refused or not answered in time
    tls,         // the TLS handshake failed: certificate chain, host name, expiry or protocol
    timeout,     // the server stopped answering in the middle of an exchange
    broken,      // the connection closed or reset before a whole response arrived
    malformed,   // what arrived is not an HTTP response
    tooLarge,    // the response body is over the limit (8 MiB); reading stopped there
};

// A request failed below HTTP. The message is plain Russian naming the server and what
// happened; it never contains the token.
class TransportError : public std::runtime_error {
public:
    TransportError(TransportFailure failure, const std::string& message)
        : std::runtime_error(message)
        , failure_(failure) {}

    TransportFailure failure() const { return failure_; }

private:
    TransportFailure failure_;
};

} // namespace diarydesk
