#include "TlsSession.hpp"

#include "RequestJournal.hpp"
#include "SimApi.hpp"

namespace diarydesk::sim {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

constexpr std::chrono::seconds handshakeTimeout{10};
constexpr std::chrono::seconds idleTimeout{60};

} // namespace

TlsSession::TlsSession(net::ip::tcp::socket socket, net::ssl::context& tls, SimApi& api,
                       RequestJournal& journal, long id, std::chrono::milliseconds latency)
    : stream_(std::move(socket), tls)
    , delay_(stream_.get_executor())
    , api_(api)
    , journal_(journal)
    , id_(id)
    , latency_(latency) {}

void TlsSession::start() {
    beast::get_lowest_layer(stream_).socket().set_option(net::ip::tcp::no_delay(true));
    beast::get_lowest_layer(stream_).expires_after(handshakeTimeout);
    stream_.async_handshake(net::ssl::stream_base::server,
                            [self = shared_from_this()](beast::error_code error) {
                                if (error) return; // a client that refused our certificate, or went away
                                self->readRequest();
                            });
}

void TlsSession::readRequest() {
    parser_.emplace();
    parser_->body_limit(SimApi::largestRequestBody);
    beast::get_lowest_layer(stream_).expires_after(idleTimeout);
    http::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code error, std::size_t) { self->onRead(error); });
}

void TlsSession::onRead(beast::error_code error) {
    if (error == http::error::body_limit) {
        answer(SimApi::tooLarge(SimApi::largestRequestBody), false);
        return;
    }
    if (error) return; // closed by the client, or idle too long
    http::request<http::string_body> message = parser_->release();
    HttpRequest request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    for (const auto& field : message) {
        request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    request.body = std::move(message.body());

    SimAnswer handled = api_.handle(request);
    handled.entry.connection = id_;
    journal_.write(handled.entry);
    const bool keepAlive = message.keep_alive();
    auto reply = [self = shared_from_this(), handled = std::move(handled), keepAlive]() mutable {
        if (handled.cutConnection) {
            self->cut();
        } else {
            self->answer(std::move(handled.response), keepAlive);
        }
    };
    if (latency_.count() <= 0) {
        reply();
        return;
    }
    delay_.expires_after(latency_);
    delay_.async_wait([reply = std::move(reply)](beast::error_code) mutable { reply(); });
}

void TlsSession::answer(HttpResponse response, bool keepAlive) {
    response_ = {};
    response_.result(static_cast<unsigned>(response.status));
    response_.version(11);
    response_.set(http::field::server, "diarydesk-sim");
    for (const auto& [name, value] : response.headers)
        response_.set(name, value);
    response_.body() = std::move(response.body);
    response_.keep_alive(keepAlive);
    response_.prepare_payload();
    http::async_write(stream_, response_,
                      [self = shared_from_this(), keepAlive](beast::error_code error, std::size_t) {
                          if (error) return;
                          if (keepAlive) {
                              self->readRequest();
                              return;
                          }
                          beast::get_lowest_layer(self->stream_).expires_after(std::chrono::seconds(2));
                          self->stream_.async_shutdown([self](beast::error_code) {});
                      });
}

void TlsSession::cut() {
    // No TLS close_notify and no answer: to the client this is a connection that broke after
    // the request went out, the case idempotency keys are for.
    beast::error_code ignored;
    auto& socket = beast::get_lowest_layer(stream_).socket();
    socket.shutdown(net::ip::tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
}

} // namespace diarydesk::sim
