#include "TestCertificates.hpp"

#include "CertificateAuthority.hpp"

namespace diarydesk::test {
namespace {

using namespace std::chrono;

TestCertificates::ServerFiles write(const sim::IssuedCertificate& issued, const std::filesystem::path& folder,
                                    const std::string& stem) {
    issued.writeTo(folder, stem);
    return {folder / (stem + ".pem"), folder / (stem + ".key")};
}

} // namespace

TestCertificates::TestCertificates(const std::filesystem::path& folder) {
    const sim::CertificateAuthority trusted("DiaryDesk test CA");
    const sim::CertificateAuthority other("Someone else's CA");
    trusted.certificate().writeTo(folder, "ca");
    trustedCa = folder / "ca.pem";
    good = write(trusted.issueServerCertificate({"127.0.0.1", "localhost"}), folder, "good");
    otherCa = write(other.issueServerCertificate({"127.0.0.1", "localhost"}), folder, "other-ca");
    expired = write(trusted.issueServerCertificate({"127.0.0.1", "localhost"}, -hours(48), -hours(24)),
                    folder, "expired");
    wrongHost = write(trusted.issueServerCertificate({"diary.example.org"}), folder, "wrong-host");
}

} // namespace diarydesk::test
