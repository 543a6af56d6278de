#include "ServerUrl.hpp"

#include "ValidationError.hpp"

#include <boost/asio/ip/address.hpp>

#include <algorithm>
#include <cctype>

namespace diarydesk {
namespace {

std::string lowerCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool isHostNameCharacter(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

std::uint16_t parsePort(const std::string& text, const std::string& url) {
    if (text.empty() || text.size() > 5 ||
        !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); })) {
        throw ValidationError("адрес сервера «" + url + "»: порт должен быть числом от 1 до 65535");
    }
    const int port = std::stoi(text);
    if (port < 1 || port > 65535) {
        throw ValidationError("адрес сервера «" + url + "»: порт должен быть числом от 1 до 65535");
    }
    return static_cast<std::uint16_t>(port);
}

} // namespace

ServerUrl ServerUrl::parse(const std::string& text) {
    const std::string scheme = "https://";
    if (text.size() < scheme.size() || lowerCase(text.substr(0, scheme.size())) != scheme) {
        throw ValidationError("адрес сервера «" + text + "» должен начинаться с https://");
    }
    std::string rest = text.substr(scheme.size());
    if (rest.find_first_of("?#") != std::string::npos) {
        throw ValidationError("адрес сервера «" + text + "»: без параметров запроса и «#»");
    }
    const std::size_t slash = rest.find('/');
    std::string authority = rest.substr(0, slash);
    std::string path = slash == std::string::npos ? std::string{} : rest.substr(slash);
    if (authority.find('@') != std::string::npos) {
        throw ValidationError("адрес сервера «" + text + "»: имя пользователя в адресе не поддерживается");
    }

    ServerUrl url;
    std::string portText;
    if (!authority.empty() && authority.front() == '[') {
        const std::size_t close = authority.find(']');
        if (close == std::string::npos)
            throw ValidationError("адрес сервера «" + text + "»: нет «]» после IPv6");
        url.host = authority.substr(1, close - 1);
        const std::string after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':') throw ValidationError("адрес сервера «" + text + "»: лишнее после «]»");
            portText = after.substr(1);
        }
        boost::system::error_code error;
        const auto address = boost::asio::ip::make_address(url.host, error);
        if (error || !address.is_v6())
            throw ValidationError("адрес сервера «" + text + "»: неверный адрес IPv6");
    } else {
        const std::size_t colon = authority.find(':');
        url.host = authority.substr(0, colon);
        if (colon != std::string::npos) portText = authority.substr(colon + 1);
        if (!std::all_of(url.host.begin(), url.host.end(), isHostNameCharacter)) {
            throw ValidationError("адрес сервера «" + text + "»: недопустимые символы в имени сервера");
        }
        url.host = lowerCase(url.host);
    }
    if (url.host.empty()) throw ValidationError("адрес сервера «" + text + "»: не указано имя сервера");
    if (!portText.empty() || authority.back() == ':') url.port = parsePort(portText, text);

    while (!path.empty() && path.back() == '/')
        path.pop_back();
    for (const char c : path) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == '\\') {
            throw ValidationError("адрес сервера «" + text + "»: недопустимые символы в пути");
        }
    }
    url.basePath = path;
    return url;
}

bool ServerUrl::hostIsIpAddress() const {
    boost::system::error_code error;
    boost::asio::ip::make_address(host, error);
    return !error;
}

std::string ServerUrl::authority() const {
    const bool ipv6 = host.find(':') != std::string::npos;
    std::string text = ipv6 ? "[" + host + "]" : host;
    if (port != 443) text += ":" + std::to_string(port);
    return text;
}

std::string ServerUrl::toString() const {
    return "https://" + authority() + basePath;
}

std::string percentEncode(const std::string& text) {
    static const char hex[] = "0123456789ABCDEF";
    std::string encoded;
    encoded.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
            encoded += c;
        } else {
            encoded += '%';
            encoded += hex[byte >> 4];
            encoded += hex[byte & 0x0F];
        }
    }
    return encoded;
}

} // namespace diarydesk
