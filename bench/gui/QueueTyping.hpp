#pragma once

#include <functional>
#include <string>
#include <vector>

namespace diarydesk::ui {
class QueuePanel;
}

namespace diarydesk::bench {

class DrawCounter;

// One query typed into the queue's search box: for every keystroke the time from the key's text
// reaching the box to the list drawn again, and how many applications were left.
struct TypedQuery {
    std::string label;
    std::string text;
    std::vector<double> milliseconds;
    unsigned shownAfter = 0;
};

// Types `text` into the search box of `queue` one character at a time, at a fast typist's pace,
// and clears the box afterwards. The text goes in as GTK's key handling would put it there
// (AppendText, which sends wxEVT_TEXT like a key press); the X server's part of a key press is
// not the program's and is left out.
TypedQuery typeQuery(ui::QueuePanel& queue, DrawCounter& draws, std::string label, const std::string& text);

// Dispatches the display's and wx's events until `condition` holds or `timeoutMs` passed.
bool pumpUntil(const std::function<bool()>& condition, int timeoutMs);

} // namespace diarydesk::bench
