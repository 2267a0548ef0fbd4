#!/bin/sh
# Backorder Desk from a source checkout, in one step:
#   packaging/dev.sh run    install what is missing, build (Release), open the window on a sample shop
#   packaging/dev.sh test   install what is missing, build, run the whole test suite through CTest
# Both can be run again at any time; they redo only what is needed.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build"
mode=${1:-}

case "$mode" in
run | test) ;;
*)
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac

"$here/packaging/install-deps.sh"

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)"

if [ "$mode" = test ]; then
    # Services the tests talk to are started by the tests themselves on 127.0.0.1.
    exec ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
fi

shop="$build/sample-shop.sqlite"
if [ ! -f "$shop" ]; then
    "$build/bin/backorderdesk-cli" --db "$shop" demo --size small
fi
exec "$build/bin/backorderdesk" --db "$shop"
