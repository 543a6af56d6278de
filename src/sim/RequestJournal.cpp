#include "RequestJournal.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace diarydesk::sim {

RequestJournal::RequestJournal(const std::string& file) {
    if (file.empty()) return;
    out_.open(file, std::ios::app);
    if (!out_) throw std::runtime_error("cannot open the journal " + file);
}

void RequestJournal::write(const JournalEntry& entry) {
    ++requests_;
    if (entry.applied) ++applied_;
    if (entry.replay) ++replays_;
    if (!entry.fault.empty()) ++faults_;
    if (!out_.is_open()) return;
    nlohmann::json line{{"connection", entry.connection}, {"method", entry.method},
                        {"target", entry.target},         {"status", entry.status},
                        {"fault", entry.fault},           {"applied", entry.applied},
                        {"replay", entry.replay}};
    if (!entry.applicationId.empty()) line["application"] = entry.applicationId;
    if (!entry.idempotencyKey.empty()) line["key"] = entry.idempotencyKey;
    out_ << line.dump() << '\n';
    out_.flush();
}

std::string RequestJournal::totals() const {
    return "requests " + std::to_string(requests_) + ", connections " + std::to_string(connections_) +
           ", applied " + std::to_string(applied_) + ", replays " + std::to_string(replays_) + ", faults " +
           std::to_string(faults_);
}

} // namespace diarydesk::sim
