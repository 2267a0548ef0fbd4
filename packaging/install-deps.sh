#!/bin/sh
# Installs the Debian 12 packages Backorder Desk needs to build, test and run.
# Idempotent: only packages that are not installed yet are fetched.
# Run as root, or as a user with sudo. Extra package names given as arguments are
# installed too (packaging/test-deb-in-root.sh asks for debootstrap this way).
set -eu

PACKAGES="
build-essential
cmake
ninja-build
ccache
pkg-config
qt6-base-dev
qt6-base-dev-tools
qt6-qpa-plugins
libqt6sql6-sqlite
libqt6sql6-psql
postgresql
libqt6opengl6-dev
libgl-dev
qt6-charts-dev
qt6-svg-dev
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools
libcsv-dev
libcurl4-openssl-dev
libsqlite3-dev
clang
libclang-rt-14-dev
qtkeychain-qt6-dev
sqlite3
openssl
python3-aiosmtpd
poppler-utils
xvfb
xauth
imagemagick
fonts-dejavu-core
desktop-file-utils
appstream
librsvg2-bin
libsqlite3-dev
dpkg-dev
file
qt6-translations-l10n
"
PACKAGES="$PACKAGES $*"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
