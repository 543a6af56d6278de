#pragma once

#include <cstdint>
#include <string>

namespace diarydesk {

// The central server's address as the user gives it: "https://diary.example.ru" or
// "https://127.0.0.1:8443/base". Only https is accepted: the API is never spoken in clear text.
struct ServerUrl {
    std::string host; // a DNS name, an IPv4 address, or an IPv6 address without brackets
    std::uint16_t port = 443;
    std::string basePath; // "" or "/base" (no trailing slash); the API paths follow it

    // Throws ValidationError with a plain message when the text is not an https URL.
    static ServerUrl parse(const std::string& text);

    bool hostIsIpAddress() const;
    // The Host header value: the host (bracketed when IPv6) and the port when not 443.
    std::string authority() const;
    // "https://authority/base": what parse() reads back to the same value.
    std::string toString() const;
};

// Percent-encodes everything but RFC 3986 unreserved characters, for a path segment or a query
// value (application ids, school ids, cursors).
std::string percentEncode(const std::string& text);

} // namespace diarydesk
