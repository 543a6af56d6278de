// diarydesk-sampledata: writes sample rosters (CSV) and applications (JSON) for benchmarks, the
// demo and tests. The roster of `roster --count N --seed S` is the one `applications
// --roster-count N --seed S` applies to.
#include "ApplicationJson.hpp"
#include "sampledata/ApplicationGenerator.hpp"
#include "sampledata/RosterCsvWriter.hpp"
#include "sampledata/RosterGenerator.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

namespace {

using namespace diarydesk;
using namespace diarydesk::sampledata;

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw std::runtime_error("не удалось записать файл " + path);
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Образцы данных DiaryDesk: список учеников (CSV) и заявления (JSON)"};
    app.require_subcommand(1);

    std::size_t rosterCount = 0;
    std::uint64_t seed = 1;
    std::string output;
    std::string encodingName = "cp1251";
    std::string delimiterName = ";";
    std::string layoutName = "separate";
    bool noIdColumn = false;
    bool byteOrderMark = false;
    CLI::App* roster = app.add_subcommand("roster", "список учеников в CSV");
    roster->add_option("--count", rosterCount, "число учеников")->required();
    roster->add_option("--seed", seed, "зерно генератора");
    roster->add_option("--out", output, "файл CSV")->required();
    roster->add_option("--encoding", encodingName, "cp1251 или utf-8")
        ->check(CLI::IsMember({"cp1251", "utf-8"}));
    roster->add_option("--delimiter", delimiterName, "';', ',' или tab")
        ->check(CLI::IsMember({";", ",", "tab"}));
    roster->add_option("--layout", layoutName, "separate (Фамилия, Имя, Отчество) или full (ФИО)")
        ->check(CLI::IsMember({"separate", "full"}));
    roster->add_flag("--no-id", noIdColumn, "без столбца ID ученика");
    roster->add_flag("--bom", byteOrderMark, "с меткой порядка байтов (только utf-8)");

    std::size_t applicationCount = 0;
    CLI::App* applications = app.add_subcommand("applications", "заявления в JSON (массив)");
    applications->add_option("--roster-count", rosterCount, "число учеников в списке")->required();
    applications->add_option("--count", applicationCount, "число заявлений")->required();
    applications->add_option("--seed", seed, "зерно генератора (то же, что у roster)");
    applications->add_option("--out", output, "файл JSON")->required();

    CLI11_PARSE(app, argc, argv);

    try {
        const std::vector<Pupil> pupils = generateRoster(rosterCount, seed);
        if (roster->parsed()) {
            const TextEncoding encoding = *textEncodingFromString(encodingName);
            const char delimiter = delimiterName == "tab" ? '\t' : delimiterName.front();
            const RosterCsvLayout layout =
                layoutName == "full" ? RosterCsvLayout::fullName : RosterCsvLayout::separateNames;
            writeFile(output,
                      writeRosterCsv(pupils, encoding, delimiter, layout, !noIdColumn, byteOrderMark));
            std::cout << "Учеников: " << pupils.size() << " → " << output << '\n';
        } else {
            nlohmann::json list = nlohmann::json::array();
            for (const Application& application : generateApplications(pupils, applicationCount, seed)) {
                list.push_back(encodeApplication(application));
            }
            writeFile(output, list.dump(2) + "\n");
            std::cout << "Заявлений: " << list.size() << " → " << output << '\n';
        }
    } catch (const std::exception& error) {
        std::cerr << "Ошибка: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
