# Debian 12 packages the project needs, installed by scripts/demo and scripts/test.
# (Windows builds take the same libraries from vcpkg: see vcpkg.json.)

DIARYDESK_BUILD_PACKAGES=(
  cmake ninja-build g++ make pkg-config gettext dpkg-dev file
  libwxgtk3.2-dev libsoci-dev libsqlite3-dev libpq-dev libboost-dev libssl-dev
  libspdlog-dev nlohmann-json3-dev catch2 libcli11-dev
  ca-certificates tzdata openssl
)

# The demo runs the GUI: a virtual display when there is no real one, fonts to draw with, a
# screenshot tool; jq picks ids out of the CLI's JSON.
DIARYDESK_DEMO_PACKAGES=(
  sqlite3 xvfb xauth fonts-dejavu-core imagemagick jq
)

# Tests: a throwaway PostgreSQL server, GUI tests under Xvfb with screenshots, the sqlite3
# shell and curl as benchmark baselines, the Windows cross build run under wine, NSIS.
DIARYDESK_TEST_PACKAGES=(
  postgresql sqlite3 curl
  xvfb xauth xdotool imagemagick fonts-dejavu-core
  g++-mingw-w64-x86-64-posix wine64
  nsis clang-format
)
