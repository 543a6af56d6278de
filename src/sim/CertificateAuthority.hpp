#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace diarydesk::sim {

// A certificate and its private key, both PEM.
struct IssuedCertificate {
    std::string certificatePem;
    std::string privateKeyPem;

    // Writes `<stem>.pem` (certificate) and `<stem>.key` (key, owner-only) into `folder`.
    void writeTo(const std::filesystem::path& folder, const std::string& stem) const;
};

// A throwaway certificate authority for the simulator, the demo and the tests: an EC P-256 key
// and a self-signed CA certificate, made in memory with OpenSSL. It issues server certificates
// for any names and any validity, expired ones included, so the tests can show the client
// refusing them. Never for production use.
class CertificateAuthority {
public:
    explicit CertificateAuthority(const std::string& commonName);
    ~CertificateAuthority();
    CertificateAuthority(const CertificateAuthority&) = delete;
    CertificateAuthority& operator=(const CertificateAuthority&) = delete;

    const IssuedCertificate& certificate() const { return self_; }

    // A TLS server certificate with `names` as subject alternative names (DNS names, or IP
    // addresses such as 127.0.0.1), valid from now + validFrom to now + validUntil.
    IssuedCertificate issueServerCertificate(const std::vector<std::string>& names,
                                             std::chrono::seconds validFrom = -std::chrono::hours(1),
                                             std::chrono::seconds validUntil = std::chrono::hours(24 *
                                                                                                  365)) const;

private:
    struct Keys;
    std::unique_ptr<Keys> keys_;
    IssuedCertificate self_;
};

} // namespace diarydesk::sim
