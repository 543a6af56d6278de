#!/usr/bin/env bash
# check-package.sh BUILD_DIR: makes the Debian package with CPack and checks what it installs.
set -euo pipefail
build=$1
out=$build/package
rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out.log" 2>&1 || { cat "$out.log"; exit 1; }
deb=$(ls "$out"/diarydesk_*.deb)
contents=$(dpkg-deb -c "$deb")
status=0
for path in ./usr/bin/diarydesk ./usr/bin/diarydesk-cli \
  ./usr/share/locale/ru/LC_MESSAGES/diarydesk.mo \
  ./usr/share/applications/diarydesk.desktop \
  ./usr/share/icons/hicolor/scalable/apps/diarydesk.svg; do
  if ! grep -q " $path\$" <<<"$contents"; then
    echo "missing from $deb: $path"
    status=1
  fi
done
depends=$(dpkg-deb -f "$deb" Depends)
for library in libwx libsoci-sqlite libsoci-postgresql libspdlog; do
  grep -q "$library" <<<"$depends" || { echo "Depends lacks $library: $depends"; status=1; }
done
[ $status -eq 0 ] && echo "$deb: programs, translation, menu entry and icon present; Depends: $depends"
exit $status
