#include "csv/CsvDialectDetector.hpp"

#include <array>
#include <cstddef>
#include <vector>

namespace diarydesk {
namespace {

constexpr std::array<char, 3> candidates{';', ',', '\t'};
constexpr std::size_t sampleRecords = 50;
constexpr std::size_t sampleBytes = 256 * 1024;

using DelimiterCounts = std::array<std::size_t, candidates.size()>;

// Counts the candidates outside quotes, record by record, on the beginning of the text.
std::vector<DelimiterCounts> countDelimiters(std::string_view text) {
    std::vector<DelimiterCounts> records;
    DelimiterCounts current{};
    bool inQuotes = false;
    bool recordHasText = false;
    const std::size_t end = text.size();
    for (std::size_t pos = 0; pos < end; ++pos) {
        const char c = text[pos];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (recordHasText) records.push_back(current);
            current = {};
            recordHasText = false;
            if (records.size() >= sampleRecords || pos >= sampleBytes) return records;
            continue;
        } else if (!inQuotes) {
            for (std::size_t i = 0; i < candidates.size(); ++i) {
                if (c == candidates[i]) ++current[i];
            }
        }
        recordHasText = true;
    }
    if (recordHasText) records.push_back(current);
    return records;
}

} // namespace

char detectCsvDelimiter(std::string_view text) {
    const std::vector<DelimiterCounts> records = countDelimiters(text);
    if (records.empty()) return ';';
    char best = ';';
    std::size_t bestConsistent = 0;
    std::size_t bestColumns = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::size_t inHeader = records.front()[i];
        if (inHeader == 0) continue;
        std::size_t consistent = 0;
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (records[r][i] == inHeader) ++consistent;
        }
        if (bestColumns == 0 || consistent > bestConsistent ||
            (consistent == bestConsistent && inHeader > bestColumns)) {
            best = candidates[i];
            bestConsistent = consistent;
            bestColumns = inHeader;
        }
    }
    return best;
}

} // namespace diarydesk
