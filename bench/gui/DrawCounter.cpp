#include "DrawCounter.hpp"

#include <wx/dataview.h>

#include <dlfcn.h>
#include <stdexcept>

namespace diarydesk::bench {
namespace {

// GObject's g_signal_connect_data, looked up in the GTK libraries wx has loaded: the GTK
// headers are not installed here and this is the one call the benchmark needs.
using ConnectFunction = unsigned long (*)(void* instance, const char* signal, void (*handler)(), void* data,
                                          void (*destroy)(void*, void*), int flags);
constexpr int connectAfter = 1; // G_CONNECT_AFTER

} // namespace

DrawCounter::DrawCounter(wxDataViewCtrl& list) {
    const auto connect = reinterpret_cast<ConnectFunction>(dlsym(RTLD_DEFAULT, "g_signal_connect_data"));
    if (!connect) throw std::runtime_error("g_signal_connect_data not found: not wxGTK?");
    connect(list.GtkGetTreeView(), "draw", reinterpret_cast<void (*)()>(&DrawCounter::onDraw), this, nullptr,
            connectAfter);
}

int DrawCounter::onDraw(void*, void*, void* self) {
    auto* counter = static_cast<DrawCounter*>(self);
    ++counter->draws_;
    counter->lastDraw_ = std::chrono::steady_clock::now();
    return 0; // let others draw too
}

} // namespace diarydesk::bench
