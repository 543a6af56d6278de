#pragma once

#include <chrono>

class wxDataViewCtrl;

namespace diarydesk::bench {

// Counts the times GTK has drawn a wxDataViewCtrl (its tree view's "draw" signal, after the
// view's own handler) and when it last did: "the list on screen" for the GUI benchmark. A
// native GTK list sends wx no paint events, so this listens to GTK itself.
class DrawCounter {
public:
    explicit DrawCounter(wxDataViewCtrl& list);

    unsigned draws() const { return draws_; }
    std::chrono::steady_clock::time_point lastDraw() const { return lastDraw_; }

private:
    static int onDraw(void* widget, void* cairo, void* self);

    unsigned draws_ = 0;
    std::chrono::steady_clock::time_point lastDraw_;
};

} // namespace diarydesk::bench
