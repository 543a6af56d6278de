#include "SqliteJoinBaseline.hpp"

#include "ChildProcess.hpp"
#include "SnilsNumber.hpp"
#include "csv/CsvWriter.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace diarydesk::bench {
namespace {

// The join runs this many times in one shell; the best counts (the first may still be warming
// the page cache).
constexpr int joinRepeats = 5;

std::string digitsOf(const std::string& snils) {
    const auto parsed = SnilsNumber::tryParse(snils);
    return parsed ? parsed->digits() : snils;
}

void writeFile(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary).write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::string pupilsCsv(const std::vector<Pupil>& pupils) {
    CsvWriter writer(',');
    writer.writeRecord(
        {"roster_id", "last_name", "first_name", "middle_name", "birth_date", "snils", "class_name"});
    for (const Pupil& pupil : pupils) {
        writer.writeRecord({pupil.rosterId, pupil.name.last, pupil.name.first, pupil.name.middle,
                            pupil.birthDate.iso(), digitsOf(pupil.snils), pupil.className});
    }
    return writer.release();
}

std::string applicationsCsv(const std::vector<Application>& applications) {
    CsvWriter writer(',');
    writer.writeRecord(
        {"id", "last_name", "first_name", "middle_name", "birth_date", "snils", "stated_class"});
    for (const Application& application : applications) {
        const ChildData& child = application.child;
        writer.writeRecord({application.id, child.name.last, child.name.first, child.name.middle,
                            child.birthDate.iso(), digitsOf(child.snils.value_or("")),
                            child.statedClass.value_or("")});
    }
    return writer.release();
}

struct ShellTimer {
    double real = 0.0;
    double cpu = 0.0;
};

// Reads the shell's "Run Time: real 0.012 user 0.010000 sys 0.001000" lines and the printed
// row count, in the order they come.
void readShellOutput(const std::filesystem::path& path, SqliteJoinRun& run) {
    std::ifstream output(path);
    std::vector<ShellTimer> timers;
    std::string line;
    while (std::getline(output, line)) {
        if (line.rfind("Run Time:", 0) == 0) {
            std::istringstream fields(line.substr(9));
            std::string label;
            ShellTimer timer;
            double user = 0.0, sys = 0.0;
            fields >> label >> timer.real >> label >> user >> label >> sys;
            timer.cpu = user + sys;
            timers.push_back(timer);
        } else if (!line.empty() &&
                   std::all_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            run.joinedRows = std::stol(line);
        }
    }
    if (timers.size() != 1 + joinRepeats) throw std::runtime_error("the sqlite3 shell printed no timings");
    run.indexSeconds = timers.front().real;
    run.indexCpuSeconds = timers.front().cpu;
    const auto best =
        std::min_element(timers.begin() + 1, timers.end(),
                         [](const ShellTimer& a, const ShellTimer& b) { return a.real < b.real; });
    run.joinSeconds = best->real;
    run.joinCpuSeconds = best->cpu;
}

} // namespace

SqliteJoinBaseline::SqliteJoinBaseline(const std::filesystem::path& folder, const std::vector<Pupil>& pupils,
                                       const std::vector<Application>& applications)
    : folder_(folder) {
    writeFile(folder_ / "pupils.csv", pupilsCsv(pupils));
    writeFile(folder_ / "applications.csv", applicationsCsv(applications));
    std::ostringstream script;
    script << ".mode csv\n"
           << ".import '" << (folder_ / "pupils.csv").string() << "' pupils\n"
           << ".import '" << (folder_ / "applications.csv").string() << "' applications\n"
           << ".mode list\n.timer on\n"
           << "CREATE INDEX pupils_snils ON pupils(snils);\n";
    // Every application with a SNILS looks its pupil up through the index; count(*) keeps the
    // shell from formatting rows, so the figure is the join alone.
    for (int repeat = 0; repeat < joinRepeats; ++repeat) {
        script << "SELECT count(*) FROM applications a JOIN pupils p ON p.snils = a.snils WHERE a.snils <> "
                  "'';\n";
    }
    writeFile(folder_ / "join.sql", script.str());
}

SqliteJoinRun SqliteJoinBaseline::run(int attempt) const {
    const auto database = folder_ / ("join-" + std::to_string(attempt) + ".db");
    const auto output = folder_ / "join-output.txt";
    std::filesystem::remove(database);
    // sh execs the shell in its own place, so that wait4 reports the shell's own figures.
    const ProcessCost cost =
        runProcess({"sh", "-c", "exec sqlite3 \"$0\" < \"$1\" > \"$2\"", database.string(),
                    (folder_ / "join.sql").string(), output.string()});
    if (cost.exitStatus != 0) {
        throw std::runtime_error("sqlite3 failed (exit " + std::to_string(cost.exitStatus) +
                                 "): is the sqlite3 package installed?");
    }
    SqliteJoinRun run;
    run.processSeconds = cost.seconds;
    run.processCpuSeconds = cost.cpuSeconds;
    run.peakMegabytes = cost.peakMegabytes;
    readShellOutput(output, run);
    std::filesystem::remove(database);
    return run;
}

} // namespace diarydesk::bench
