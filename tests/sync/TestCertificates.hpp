#pragma once

#include <filesystem>

namespace diarydesk::test {

// The certificates of the sync tests, made fresh for every test in `folder`: the CA the client
// trusts and a good server certificate for 127.0.0.1 and localhost, plus the bad ones the
// client must refuse before sending anything.
struct TestCertificates {
    explicit TestCertificates(const std::filesystem::path& folder);

    struct ServerFiles {
        std::filesystem::path certificate;
        std::filesystem::path key;
    };

    std::filesystem::path trustedCa; // what the client gets as --ca
    ServerFiles good;                // issued by the trusted CA for 127.0.0.1 and localhost
    ServerFiles otherCa;             // for 127.0.0.1, but issued by a CA the client does not trust
    ServerFiles expired;             // by the trusted CA, expired yesterday
    ServerFiles wrongHost;           // by the trusted CA, for diary.example.org only
};

} // namespace diarydesk::test
