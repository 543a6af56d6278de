#include "TextTable.hpp"

#include "text/Utf8.hpp"

#include <algorithm>

namespace diarydesk::cli {
namespace {

std::size_t width(const std::string& text) { return utf8::decode(text).size(); }

void printRow(std::ostream& out, const std::vector<std::string>& row, const std::vector<std::size_t>& widths) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        out << row[i];
        if (i + 1 < row.size()) out << std::string(widths[i] - width(row[i]) + 2, ' ');
    }
    out << '\n';
}

} // namespace

void TextTable::print(std::ostream& out) const {
    std::vector<std::size_t> widths(header_.size(), 0);
    for (std::size_t i = 0; i < header_.size(); ++i) widths[i] = width(header_[i]);
    for (const auto& row : rows_) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], width(row[i]));
    }
    printRow(out, header_, widths);
    for (const auto& row : rows_) printRow(out, row, widths);
}

} // namespace diarydesk::cli
