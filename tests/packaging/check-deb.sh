#!/bin/sh
# Builds the .deb from a built tree and checks that it installs every file a desktop
# installation needs and declares the packages loaded at run time.
#   check-deb.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "check-deb: cpack failed" >&2
    exit 1
fi
deb=$(ls "$work"/*.deb)
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
dpkg-deb -f "$deb" Depends >"$work/depends"

failed=0
for file in \
    /usr/bin/backorderdesk \
    /usr/bin/backorderdesk-cli \
    /usr/share/applications/backorderdesk.desktop \
    /usr/share/metainfo/dk.backorderdesk.BackorderDesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/backorderdesk.svg \
    /usr/share/icons/hicolor/16x16/apps/backorderdesk.png \
    /usr/share/icons/hicolor/22x22/apps/backorderdesk.png \
    /usr/share/icons/hicolor/24x24/apps/backorderdesk.png \
    /usr/share/icons/hicolor/32x32/apps/backorderdesk.png \
    /usr/share/icons/hicolor/48x48/apps/backorderdesk.png \
    /usr/share/icons/hicolor/64x64/apps/backorderdesk.png \
    /usr/share/icons/hicolor/128x128/apps/backorderdesk.png \
    /usr/share/icons/hicolor/256x256/apps/backorderdesk.png \
    /usr/share/backorderdesk/translations/backorderdesk_da.qm \
    /usr/share/backorderdesk/translations/backorderdesk_en.qm \
    /usr/share/man/man1/backorderdesk-cli.1.gz \
    /usr/share/doc/backorderdesk/user-guide.md \
    /usr/share/doc/backorderdesk/user-guide.da.md; do
    if ! grep -qx "$file" "$work/contents"; then
        echo "check-deb: missing from the package: $file" >&2
        failed=1
    fi
done

# Shared libraries (from dpkg-shlibdeps) and the plugins Qt loads by name.
for dep in libc6 libqt6core6 libqt6sql6 libqt6widgets6 libsqlite3-0 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6; do
    if ! tr ',' '\n' <"$work/depends" | sed 's/^ *//; s/ .*//' | grep -qx "$dep"; then
        echo "check-deb: Depends lacks $dep (it has: $(cat "$work/depends"))" >&2
        failed=1
    fi
done

if dpkg-deb -c "$deb" | awk '{print $NF}' | grep -q '^\./usr/\(lib\|include\)/.*\.\(a\|h\)$'; then
    echo "check-deb: the package carries static libraries or headers" >&2
    failed=1
fi

dpkg-deb -I "$deb" | sed -n '/Package:/,/Description:/p'
[ "$failed" -eq 0 ] && echo "check-deb: $(basename "$deb") is complete"
exit "$failed"
