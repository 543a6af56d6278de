// Every command answers --help, and a wrong command line is a usage error (exit 2), never a
// half-done job.
#include "CatchCompat.hpp"
#include "CliProcess.hpp"
#include "TempDir.hpp"

#include <string>
#include <vector>

using diarydesk::test::CliProcess;
using diarydesk::test::TempDir;

TEST_CASE("every command prints its help and exits 0") {
    TempDir home;
    const CliProcess cli(home.path());
    const std::vector<std::vector<std::string>> commands = {
        {"--help"},
        {"roster", "--help"},
        {"roster", "import", "--help"},
        {"roster", "list", "--help"},
        {"applications", "--help"},
        {"applications", "import", "--help"},
        {"applications", "list", "--help"},
        {"decide", "X", "approve", "--help"},
        {"decide", "X", "reject", "--help"},
        {"match", "--help"},
        {"sync", "--help"},
        {"config", "--help"},
    };
    for (const auto& command : commands) {
        const auto run = cli.run(command);
        INFO(command.front() << " " << (command.size() > 1 ? command[1] : "") << ": " << run.err);
        CHECK(run.exitCode == 0);
        CHECK(run.out.find("Usage") != std::string::npos);
    }
    const auto rosterImport = cli.run({"roster", "import", "--help"});
    CHECK(rosterImport.out.find("--dry-run") != std::string::npos);
    CHECK(rosterImport.out.find("--errors-out") != std::string::npos);
    CHECK(rosterImport.out.find("--encoding") != std::string::npos);
}

TEST_CASE("a wrong command line is a usage error with exit status 2") {
    TempDir home;
    const CliProcess cli(home.path());
    CHECK(cli.run({}).exitCode == 2);
    CHECK(cli.run({"roster"}).exitCode == 2);
    CHECK(cli.run({"roster", "import"}).exitCode == 2);
    CHECK(cli.run({"roster", "import", (home / "missing.csv").string()}).exitCode == 2);
    CHECK(cli.run({"roster", "list", "--no-such-option"}).exitCode == 2);
    CHECK(cli.run({"decide", "A-1", "reject", "--reason", "no_such_reason", "--user", "u"}).exitCode == 2);
    CHECK(cli.run({"decide", "A-1", "approve"}).exitCode == 2); // --user is required
    const auto encoding = cli.run({"roster", "import", "x.csv", "--encoding", "koi8-r"});
    CHECK(encoding.exitCode == 2);
    CHECK_FALSE(encoding.err.empty());
}
