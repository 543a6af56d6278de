#pragma once

#include "sync/HttpMessage.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <chrono>
#include <memory>
#include <optional>

namespace diarydesk::sim {

class RequestJournal;
class SimApi;

// One client connection of the simulator: the TLS handshake, then requests read and answered
// one after another while the client keeps the connection alive.
class TlsSession : public std::enable_shared_from_this<TlsSession> {
public:
    TlsSession(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context& tls, SimApi& api,
               RequestJournal& journal, long id, std::chrono::milliseconds latency);

    void start();

private:
    void readRequest();
    void onRead(boost::beast::error_code error);
    void answer(HttpResponse response, bool keepAlive);
    void cut();

    boost::beast::ssl_stream<boost::beast::tcp_stream> stream_;
    boost::beast::flat_buffer buffer_;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
    boost::beast::http::response<boost::beast::http::string_body> response_;
    boost::asio::steady_timer delay_;
    SimApi& api_;
    RequestJournal& journal_;
    long id_;
    std::chrono::milliseconds latency_;
};

} // namespace diarydesk::sim
