#pragma once

#include "csv/TextEncoding.hpp"
#include "roster/RosterParser.hpp"

#include <initializer_list>
#include <string>
#include <string_view>

namespace rostertest {

// A roster file's bytes: the lines (written with ';' between fields) joined with `lineEnd`,
// the ';' replaced by `delimiter`, encoded in `encoding`, with a UTF-8 byte order mark if asked.
inline std::string rosterFile(std::initializer_list<std::string_view> lines,
                              diarydesk::TextEncoding encoding = diarydesk::TextEncoding::utf8,
                              char delimiter = ';', bool byteOrderMark = false,
                              std::string_view lineEnd = "\r\n") {
    std::string text;
    for (const std::string_view line : lines) {
        for (const char c : line)
            text.push_back(c == ';' ? delimiter : c);
        text.append(lineEnd);
    }
    std::string bytes = byteOrderMark ? "\xEF\xBB\xBF" : "";
    return bytes + diarydesk::encodeText(text, encoding);
}

inline constexpr std::string_view standardHeader = "ID;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс";

// Finds the issue reported for `line`, or nullptr.
inline const diarydesk::RosterIssue* issueAt(const std::vector<diarydesk::RosterIssue>& issues,
                                             std::size_t line) {
    for (const auto& issue : issues) {
        if (issue.line == line) return &issue;
    }
    return nullptr;
}

} // namespace rostertest
