#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace diarydesk::cli {

// A plain-text table for terminal output, aligned by characters (not bytes), so Cyrillic
// columns line up.
class TextTable {
public:
    explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
    void addRow(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
    void print(std::ostream& out) const;

private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

} // namespace diarydesk::cli
