#include "SimServer.hpp"

#include "RequestJournal.hpp"
#include "TlsSession.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <openssl/ssl.h>
#include <stdexcept>

namespace diarydesk::sim {
namespace {

namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

} // namespace

struct SimServer::Listener {
    Listener(const SimServerSettings& settings, SimApi& api, RequestJournal& journal)
        : api(api)
        , journal(journal)
        , latency(settings.latency) {
        tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                        ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
        SSL_CTX_set_min_proto_version(tls.native_handle(), TLS1_2_VERSION);
        boost::system::error_code error;
        tls.use_certificate_chain_file(settings.certFile, error);
        if (error)
            throw std::runtime_error("cannot read the certificate " + settings.certFile + ": " +
                                     error.message());
        tls.use_private_key_file(settings.keyFile, ssl::context::pem, error);
        if (error)
            throw std::runtime_error("cannot read the key " + settings.keyFile + ": " + error.message());

        const tcp::endpoint endpoint(net::ip::make_address(settings.host), settings.port);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(net::socket_base::reuse_address(true));
        acceptor.bind(endpoint, error);
        if (error) {
            throw std::runtime_error("cannot listen on " + settings.host + ":" +
                                     std::to_string(settings.port) + ": " + error.message());
        }
        acceptor.listen();
    }

    void accept() {
        acceptor.async_accept([this](boost::system::error_code error, tcp::socket socket) {
            if (!error) {
                journal.connectionOpened();
                std::make_shared<TlsSession>(std::move(socket), tls, api, journal, ++connections, latency)
                    ->start();
            }
            if (acceptor.is_open()) accept();
        });
    }

    net::io_context io;
    ssl::context tls{ssl::context::tls_server};
    tcp::acceptor acceptor{io};
    SimApi& api;
    RequestJournal& journal;
    std::chrono::milliseconds latency;
    long connections = 0;
};

SimServer::SimServer(const SimServerSettings& settings, SimApi& api, RequestJournal& journal)
    : listener_(std::make_unique<Listener>(settings, api, journal)) {}

SimServer::~SimServer() = default;

std::uint16_t SimServer::port() const {
    return listener_->acceptor.local_endpoint().port();
}

void SimServer::run() {
    net::signal_set signals(listener_->io, SIGINT, SIGTERM);
    signals.async_wait([this](boost::system::error_code, int) { listener_->io.stop(); });
    listener_->accept();
    listener_->io.run();
}

void SimServer::stop() {
    listener_->io.stop();
}

} // namespace diarydesk::sim
