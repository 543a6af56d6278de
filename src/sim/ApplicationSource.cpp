#include "ApplicationSource.hpp"

#include "ApplicationJson.hpp"
#include "sampledata/ApplicationGenerator.hpp"
#include "sampledata/RosterCsvWriter.hpp"
#include "sampledata/RosterGenerator.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace diarydesk::sim {
namespace {

std::vector<nlohmann::json> readFile(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + file);
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json document = nlohmann::json::parse(text.str(), nullptr, false);
    if (document.is_discarded()) throw std::runtime_error(file + ": not JSON");
    if (document.is_array()) return document.get<std::vector<nlohmann::json>>();
    if (document.is_object() && document.contains("items") && document["items"].is_array()) {
        return document["items"].get<std::vector<nlohmann::json>>();
    }
    throw std::runtime_error(file + ": expected an array of applications or an object with items");
}

std::vector<nlohmann::json> generate(const SimOptions& options) {
    const std::size_t rosterSize =
        options.rosterSize > 0 ? options.rosterSize : std::max<std::size_t>(options.generate, 100);
    const std::vector<Pupil> roster = sampledata::generateRoster(rosterSize, options.dataSeed);
    if (!options.rosterOut.empty()) {
        std::ofstream out(options.rosterOut, std::ios::binary | std::ios::trunc);
        out << sampledata::writeRosterCsv(roster, TextEncoding::utf8, ';',
                                          sampledata::RosterCsvLayout::separateNames, true, false);
        out.close();
        if (!out) throw std::runtime_error("cannot write " + options.rosterOut);
    }
    std::vector<nlohmann::json> items;
    for (const Application& application :
         sampledata::generateApplications(roster, options.generate, options.dataSeed)) {
        items.push_back(encodeApplication(application));
    }
    return items;
}

} // namespace

std::vector<nlohmann::json> loadApplications(const SimOptions& options) {
    if (!options.applicationsFile.empty()) return readFile(options.applicationsFile);
    return generate(options);
}

} // namespace diarydesk::sim
