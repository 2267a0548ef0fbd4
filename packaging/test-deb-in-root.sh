#!/bin/sh
# Installs the Backorder Desk .deb on a clean Debian 12 system and checks that it runs:
# a fresh root made by debootstrap (kept and reused; removed with --fresh), the
# package installed with apt inside it (so its declared dependencies are all it gets),
# then backorderdesk-cli --help, a sample shop, the window binary, Danish messages and
# the installed desktop entry. Exits non-zero on any failure.
#
#   sudo packaging/test-deb-in-root.sh [--fresh] [PACKAGE.deb] [ROOT]
#
# PACKAGE.deb: default the newest build/backorderdesk_*.deb (make it with:
#   cmake --build build && (cd build && cpack)).
# ROOT: default /var/tmp/backorderdesk-bookworm-root. DEBIAN_MIRROR picks the mirror.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
fresh=0
if [ "${1:-}" = "--fresh" ]; then
    fresh=1
    shift
fi
deb=${1:-$(ls -t "$here"/../build/backorderdesk_*.deb 2>/dev/null | head -n 1)}
root=${2:-/var/tmp/backorderdesk-bookworm-root}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

fail() {
    echo "test-deb-in-root: FAILED: $*" >&2
    exit 1
}

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"
[ -n "$deb" ] && [ -f "$deb" ] || fail "no .deb given or found; build one with cpack first"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")

# debootstrap is needed only here, not to build or test: installed on demand.
command -v debootstrap >/dev/null 2>&1 || "$here/install-deps.sh" debootstrap

if [ "$fresh" -eq 1 ] && [ -d "$root" ]; then
    echo "test-deb-in-root: removing $root"
    rm -rf --one-file-system "$root"
fi
if [ ! -x "$root/usr/bin/apt-get" ]; then
    echo "test-deb-in-root: making a Debian 12 root in $root (takes a few minutes)"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
        || { tail -n 20 "$root.debootstrap.log"; fail "debootstrap did not finish (see $root.debootstrap.log)"; }
fi

mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}

# A root reused from an earlier run: take the previous package away first, so the
# install below starts from the clean system again.
in_root apt-get -qq purge -y backorderdesk >/dev/null 2>&1 || true
in_root apt-get -qq autoremove -y --purge >/dev/null 2>&1 || true

cp "$deb" "$root/tmp/backorderdesk.deb"
echo "test-deb-in-root: installing $(basename "$deb") with apt"
in_root apt-get -qq update || fail "apt-get update"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/backorderdesk.deb \
    >"$root.install.log" 2>&1 || { tail -n 30 "$root.install.log"; fail "the package did not install"; }

echo "test-deb-in-root: backorderdesk-cli --help"
in_root backorderdesk-cli --help >"$root.help.txt" 2>&1 || { cat "$root.help.txt"; fail "backorderdesk-cli --help"; }
grep -q "restore" "$root.help.txt" || fail "--help does not list the commands"

echo "test-deb-in-root: backorderdesk-cli --db /tmp/t.db demo"
rm -f "$root/tmp/t.db"
in_root backorderdesk-cli --db /tmp/t.db demo || fail "backorderdesk-cli demo"
in_root backorderdesk-cli --db /tmp/t.db check || fail "backorderdesk-cli check"

echo "test-deb-in-root: Danish messages with LANG=da_DK.UTF-8"
in_root env LANG=da_DK.UTF-8 backorderdesk-cli --help 2>&1 | grep -q "^Brug: backorderdesk-cli" \
    || fail "the command line does not speak Danish with LANG=da_DK.UTF-8"

echo "test-deb-in-root: the window binary loads its libraries and plugins"
in_root env QT_QPA_PLATFORM=offscreen backorderdesk --version || fail "backorderdesk --version"

echo "test-deb-in-root: desktop-file-validate on the installed entry"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends desktop-file-utils \
    >/dev/null 2>&1 || fail "installing desktop-file-utils in the root"
in_root desktop-file-validate /usr/share/applications/backorderdesk.desktop || fail "desktop-file-validate"
for f in /usr/share/metainfo/dk.backorderdesk.BackorderDesk.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/backorderdesk.svg \
         /usr/share/icons/hicolor/48x48/apps/backorderdesk.png \
         /usr/share/man/man1/backorderdesk-cli.1.gz; do
    [ -f "$root$f" ] || fail "$f is not installed"
done

echo "test-deb-in-root: OK: $(basename "$deb") installs and runs on Debian 12"
