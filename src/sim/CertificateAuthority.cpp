#include "CertificateAuthority.hpp"

#include <boost/asio/ip/address.hpp>

#include <fstream>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>

namespace diarydesk::sim {
namespace {

struct KeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertificateFree {
    void operator()(X509* certificate) const { X509_free(certificate); }
};
struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using KeyPointer = std::unique_ptr<EVP_PKEY, KeyFree>;
using CertificatePointer = std::unique_ptr<X509, CertificateFree>;

void check(bool ok, const char* what) {
    if (!ok) throw std::runtime_error(std::string("OpenSSL: ") + what);
}

KeyPointer makeKey() {
    KeyPointer key(EVP_EC_gen("P-256"));
    check(key != nullptr, "EC key generation failed");
    return key;
}

std::string drain(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(size));
}

std::string certificatePem(X509* certificate) {
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_X509(bio.get(), certificate) == 1, "PEM_write_bio_X509");
    return drain(bio.get());
}

std::string keyPem(EVP_PKEY* key) {
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1,
          "PEM_write_bio_PrivateKey");
    return drain(bio.get());
}

void addExtension(X509* certificate, X509* issuer, int nid, const std::string& value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
    check(extension != nullptr, "X509V3_EXT_conf_nid");
    X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
}

// A certificate for `key` named `commonName`, with a random serial and the given validity;
// extensions and the signature are added by the caller.
CertificatePointer makeCertificate(EVP_PKEY* key, const std::string& commonName,
                                   std::chrono::seconds validFrom, std::chrono::seconds validUntil) {
    CertificatePointer certificate(X509_new());
    check(certificate != nullptr, "X509_new");
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    check(RAND_bytes(serial, sizeof serial) == 1, "RAND_bytes");
    serial[0] &= 0x7F; // a positive serial number
    BIGNUM* number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), static_cast<long>(validFrom.count()));
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), static_cast<long>(validUntil.count()));
    X509_set_pubkey(certificate.get(), key);
    X509_NAME* name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("DiaryDesk test"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(commonName.c_str()), -1, -1, 0);
    return certificate;
}

std::string alternativeNames(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names) {
        boost::system::error_code notAnAddress;
        boost::asio::ip::make_address(name, notAnAddress);
        if (!text.empty()) text += ",";
        text += (notAnAddress ? "DNS:" : "IP:") + name;
    }
    return text;
}

void writeFile(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

} // namespace

struct CertificateAuthority::Keys {
    KeyPointer key;
    CertificatePointer certificate;
};

void IssuedCertificate::writeTo(const std::filesystem::path& folder, const std::string& stem) const {
    std::filesystem::create_directories(folder);
    writeFile(folder / (stem + ".pem"), certificatePem);
    const std::filesystem::path keyFile = folder / (stem + ".key");
    writeFile(keyFile, privateKeyPem);
    std::filesystem::permissions(keyFile,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

CertificateAuthority::CertificateAuthority(const std::string& commonName)
    : keys_(std::make_unique<Keys>()) {
    keys_->key = makeKey();
    keys_->certificate =
        makeCertificate(keys_->key.get(), commonName, -std::chrono::hours(1), std::chrono::hours(24 * 3650));
    X509* certificate = keys_->certificate.get();
    X509_set_issuer_name(certificate, X509_get_subject_name(certificate));
    addExtension(certificate, certificate, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(certificate, certificate, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(certificate, certificate, NID_subject_key_identifier, "hash");
    check(X509_sign(certificate, keys_->key.get(), EVP_sha256()) > 0, "X509_sign (CA)");
    self_ = IssuedCertificate{certificatePem(certificate), keyPem(keys_->key.get())};
}

CertificateAuthority::~CertificateAuthority() = default;

IssuedCertificate CertificateAuthority::issueServerCertificate(const std::vector<std::string>& names,
                                                               std::chrono::seconds validFrom,
                                                               std::chrono::seconds validUntil) const {
    if (names.empty()) throw std::invalid_argument("a server certificate needs at least one name");
    KeyPointer key = makeKey();
    CertificatePointer certificate = makeCertificate(key.get(), names.front(), validFrom, validUntil);
    X509* issuer = keys_->certificate.get();
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer));
    addExtension(certificate.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate.get(), issuer, NID_key_usage, "critical,digitalSignature");
    addExtension(certificate.get(), issuer, NID_ext_key_usage, "serverAuth");
    addExtension(certificate.get(), issuer, NID_authority_key_identifier, "keyid:always");
    addExtension(certificate.get(), issuer, NID_subject_alt_name, alternativeNames(names));
    check(X509_sign(certificate.get(), keys_->key.get(), EVP_sha256()) > 0, "X509_sign (server)");
    return IssuedCertificate{certificatePem(certificate.get()), keyPem(key.get())};
}

} // namespace diarydesk::sim
