#include "common/Icons.hpp"

#include "common/IconData.hpp"

#include <cstring>

namespace diarydesk::ui {

wxBitmapBundle icon(const char* name, int size) {
    for (const EmbeddedIcon& embedded : embeddedIcons()) {
        if (std::strcmp(embedded.name, name) == 0)
            return wxBitmapBundle::FromSVG(embedded.svg, wxSize(size, size));
    }
    return {};
}

} // namespace diarydesk::ui
