#include "BeastHttpsClient.hpp"

#include "TransportError.hpp"
#include "ValidationError.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#ifdef _WIN32
#include <wincrypt.h>
#include <windows.h>
#endif

namespace diarydesk {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using ErrorCode = boost::system::error_code;
using Stream = beast::ssl_stream<beast::tcp_stream>;

constexpr std::size_t headerLimit = 64 * 1024;
constexpr std::chrono::seconds recentlyUsed{1};

// The message for a certificate the handshake refused, from OpenSSL's verification result.
std::string certificateProblem(long verifyResult) {
    switch (verifyResult) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return "срок действия сертификата сервера истёк";
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return "сертификат сервера ещё не вступил в силу";
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return "сертификат выдан для другого имени сервера";
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return "сертификат сервера выдан удостоверяющим центром, которому нет доверия";
    case X509_V_ERR_CERT_REVOKED:
        return "сертификат сервера отозван";
    default:
        return std::string("сертификат сервера не прошёл проверку: ") +
               X509_verify_cert_error_string(verifyResult);
    }
}

bool isBrokenConnection(const ErrorCode& error) {
    return error == http::error::end_of_stream || error == net::error::eof ||
           error == net::error::connection_reset || error == net::error::connection_aborted ||
           error == net::error::broken_pipe || error == net::error::operation_aborted ||
           error == net::error::not_connected || error == ssl::error::stream_truncated ||
           error.category() == net::error::get_ssl_category();
}

#ifdef _WIN32
// OpenSSL does not read the Windows certificate store by itself.
void addWindowsRootCertificates(SSL_CTX* context) {
    HCERTSTORE store = CertOpenSystemStoreW(0, L"ROOT");
    if (!store) return;
    X509_STORE* trusted = SSL_CTX_get_cert_store(context);
    for (PCCERT_CONTEXT certificate = CertEnumCertificatesInStore(store, nullptr); certificate;
         certificate = CertEnumCertificatesInStore(store, certificate)) {
        const unsigned char* bytes = certificate->pbCertEncoded;
        if (X509* x509 = d2i_X509(nullptr, &bytes, static_cast<long>(certificate->cbCertEncoded))) {
            X509_STORE_add_cert(trusted, x509);
            X509_free(x509);
        }
    }
    CertCloseStore(store, 0);
}
#endif

} // namespace

struct BeastHttpsClient::Connection {
    explicit Connection(const HttpsClientOptions& settings)
        : options(settings) {
        tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                        ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::no_compression);
        SSL_CTX_set_min_proto_version(tls.native_handle(), TLS1_2_VERSION);
        tls.set_verify_mode(ssl::verify_peer);
        if (options.caFile.empty()) {
            tls.set_default_verify_paths();
#ifdef _WIN32
            addWindowsRootCertificates(tls.native_handle());
#endif
        } else {
            ErrorCode error;
            tls.load_verify_file(options.caFile.string(), error);
            if (error) {
                throw ValidationError("файл сертификатов удостоверяющего центра «" + options.caFile.string() +
                                      "» не прочитан: " + error.message());
            }
        }
    }

    // Runs one asynchronous operation to completion on this thread; the tcp_stream's expiry
    // closes the socket when it takes too long, which completes the operation with `timeout`.
    template <class Start>
    ErrorCode run(Start&& start) {
        ErrorCode result;
        start([&result](ErrorCode error, auto&&...) { result = error; });
        io.restart();
        io.run();
        return result;
    }

    std::string where() const {
        return "сервер " + options.server.authority();
    }

    tcp::resolver::results_type resolve() {
        tcp::resolver resolver(io);
        net::steady_timer timer(io, options.connectTimeout);
        bool timedOut = false;
        ErrorCode result;
        tcp::resolver::results_type endpoints;
        timer.async_wait([&](ErrorCode error) {
            if (error) return;
            timedOut = true;
            resolver.cancel();
        });
        resolver.async_resolve(options.server.host, std::to_string(options.server.port),
                               [&](ErrorCode error, tcp::resolver::results_type found) {
                                   result = error;
                                   endpoints = std::move(found);
                                   timer.cancel();
                               });
        io.restart();
        io.run();
        if (timedOut)
            throw TransportError(TransportFailure::unreachable, where() + ": имя не найдено вовремя");
        if (result)
            throw TransportError(TransportFailure::unreachable,
                                 where() + ": имя не найдено (" + result.message() + ")");
        return endpoints;
    }

    void configureVerification(SSL* handle) {
        const std::string& host = options.server.host;
        X509_VERIFY_PARAM* parameters = SSL_get0_param(handle);
        X509_VERIFY_PARAM_set_hostflags(parameters, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        int accepted = 0;
        if (options.server.hostIsIpAddress()) {
            // An address is checked against the certificate's IP SANs; SNI carries names only.
            accepted = X509_VERIFY_PARAM_set1_ip_asc(parameters, host.c_str());
        } else {
            accepted = X509_VERIFY_PARAM_set1_host(parameters, host.c_str(), host.size()) &&
                       SSL_set_tlsext_host_name(handle, host.c_str());
        }
        if (accepted != 1)
            throw TransportError(TransportFailure::tls,
                                 where() + ": имя сервера не подходит для проверки TLS");
        SSL_set_verify(handle, SSL_VERIFY_PEER, nullptr);
    }

    void open() {
        const auto endpoints = resolve();
        auto fresh = std::make_unique<Stream>(io, tls);
        configureVerification(fresh->native_handle());

        auto& tcpStream = beast::get_lowest_layer(*fresh);
        tcpStream.expires_after(options.connectTimeout);
        ErrorCode error = run([&](auto handler) { tcpStream.async_connect(endpoints, std::move(handler)); });
        if (error) {
            throw TransportError(
                TransportFailure::unreachable,
                where() + " недоступен: " +
                    (error == beast::error::timeout ? std::string("нет ответа") : error.message()));
        }

        ErrorCode ignored;
        tcpStream.socket().set_option(tcp::no_delay(true), ignored); // requests go out whole, at once
        tcpStream.expires_after(options.handshakeTimeout);
        error =
            run([&](auto handler) { fresh->async_handshake(ssl::stream_base::client, std::move(handler)); });
        tcpStream.expires_never();
        if (error) {
            const long verifyResult = SSL_get_verify_result(fresh->native_handle());
            if (verifyResult != X509_V_OK)
                throw TransportError(TransportFailure::tls,
                                     where() + ": " + certificateProblem(verifyResult));
            if (error == beast::error::timeout) {
                throw TransportError(TransportFailure::timeout,
                                     where() + ": TLS-рукопожатие не завершилось вовремя");
            }
            if (error.category() == net::error::get_ssl_category()) {
                throw TransportError(TransportFailure::tls,
                                     where() + ": ошибка TLS (" + error.message() + ")");
            }
            throw TransportError(TransportFailure::broken,
                                 where() + " закрыл соединение при TLS-рукопожатии");
        }
        stream = std::move(fresh);
        buffer.clear();
        used = false;
        ++opened;
    }

    // A connection that served a request before may have been closed by the server since (an
    // idle timeout): anything readable on an idle connection means it is closing or confused.
    // Servers close idle connections after seconds, so one used within the last second is taken
    // as open without asking the kernel; requests in a row then cost no extra system calls.
    bool idleConnectionAlive() {
        if (!used) return true;
        auto& socket = beast::get_lowest_layer(*stream).socket();
        if (!socket.is_open() || buffer.size() != 0) return false;
        if (std::chrono::steady_clock::now() - lastExchange < recentlyUsed) return true;
        ErrorCode error;
        char byte = 0;
        socket.non_blocking(true, error);
        socket.receive(net::buffer(&byte, 1), tcp::socket::message_peek, error);
        ErrorCode ignored;
        socket.non_blocking(false, ignored);
        return error == net::error::would_block;
    }

    void close() {
        if (!stream) return;
        ErrorCode ignored;
        beast::get_lowest_layer(*stream).socket().close(ignored);
        stream.reset();
        buffer.clear();
        used = false;
    }

    [[noreturn]] void fail(const ErrorCode& error, const std::string& what) {
        close();
        if (error == beast::error::timeout)
            throw TransportError(TransportFailure::timeout, where() + ": нет ответа вовремя (" + what + ")");
        if (error == http::error::body_limit) {
            throw TransportError(TransportFailure::tooLarge,
                                 where() + ": ответ больше " +
                                     std::to_string(options.maxResponseBody / (1024 * 1024)) +
                                     " МиБ, чтение прервано (" + what + ")");
        }
        if (isBrokenConnection(error))
            throw TransportError(TransportFailure::broken, where() + " разорвал соединение (" + what + ")");
        throw TransportError(TransportFailure::malformed, where() + ": ответ не по протоколу HTTP (" + what +
                                                              ": " + error.message() + ")");
    }

    HttpResponse exchange(const HttpRequest& request) {
        if (stream && !idleConnectionAlive()) close();
        if (!stream) open();
        const std::string what = request.method + " " + request.target;

        http::request<http::string_body> message{http::string_to_verb(request.method), request.target, 11};
        message.set(http::field::host, options.server.authority());
        message.set(http::field::user_agent, "DiaryDesk/0.1");
        for (const auto& [name, value] : request.headers)
            message.insert(name, value);
        message.body() = request.body;
        message.keep_alive(true);
        message.prepare_payload();

        auto& tcpStream = beast::get_lowest_layer(*stream);
        tcpStream.expires_after(options.ioTimeout);
        ErrorCode error = run([&](auto handler) { http::async_write(*stream, message, std::move(handler)); });
        if (error) fail(error, what);

        http::response_parser<http::string_body> parser;
        parser.body_limit(options.maxResponseBody);
        parser.header_limit(headerLimit);
        tcpStream.expires_after(options.ioTimeout);
        error = run([&](auto handler) { http::async_read(*stream, buffer, parser, std::move(handler)); });
        if (error) fail(error, what);
        tcpStream.expires_never();

        auto& answer = parser.get();
        HttpResponse response;
        response.status = static_cast<int>(answer.result_int());
        for (const auto& field : answer) {
            response.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
        }
        response.body = std::move(answer.body());
        if (answer.keep_alive()) {
            used = true;
            lastExchange = std::chrono::steady_clock::now();
        } else {
            close();
        }
        return response;
    }

    void shutDown() {
        if (!stream) return;
        beast::get_lowest_layer(*stream).expires_after(std::chrono::seconds(1));
        run([&](auto handler) { stream->async_shutdown(std::move(handler)); });
        close();
    }

    HttpsClientOptions options;
    net::io_context io;
    ssl::context tls{ssl::context::tls_client};
    std::unique_ptr<Stream> stream; // after `tls`: the stream refers to the context
    beast::flat_buffer buffer;
    bool used = false; // a whole exchange happened on this connection
    std::chrono::steady_clock::time_point lastExchange;
    int opened = 0;
};

BeastHttpsClient::BeastHttpsClient(const HttpsClientOptions& options)
    : connection_(std::make_unique<Connection>(options)) {}

BeastHttpsClient::~BeastHttpsClient() = default;

void BeastHttpsClient::connect() {
    if (connection_->stream && !connection_->idleConnectionAlive()) connection_->close();
    if (!connection_->stream) connection_->open();
}

HttpResponse BeastHttpsClient::send(const HttpRequest& request) {
    return connection_->exchange(request);
}

void BeastHttpsClient::disconnect() {
    connection_->shutDown();
}

int BeastHttpsClient::connectionsOpened() const {
    return connection_->opened;
}

std::unique_ptr<HttpsClient> makeHttpsClient(const HttpsClientOptions& options) {
    return std::make_unique<BeastHttpsClient>(options);
}

} // namespace diarydesk
